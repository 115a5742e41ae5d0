package org.plandesk.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.plandesk.io.BombFiles;

/**
 * File-limits benchmark (not a test): how long the command line takes to answer — import or refuse with a message —
 * files that are small on disk and huge in memory, each in a child JVM with 1 GB of heap ({@code -Xmx1g}), three runs
 * each (min / median / max). The goal is under 20 s for each. Run with {@code mvn -Pbench package -DskipTests}.
 */
public final class FileLimitsBenchmark {
    private FileLimitsBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("plandesk-limits-");
        List<Path> files = new ArrayList<>();
        files.add(write(
                dir.resolve("merged-A1-XFD999999.xlsx"),
                BombFiles.withMergedRegion(BombFiles.xlsx(s -> {}), "A1:XFD999999")));
        files.add(write(dir.resolve("column-XFD.xlsx"), BombFiles.xlsx(s -> {
            for (int r = 2; r < 2000; r++) {
                s.createRow(r).createCell(16_383).setCellValue("x");
            }
        })));
        files.add(BombFiles.largeSheet(dir));
        Path zeros = dir.resolve("zeros-250MB.csv");
        try (OutputStream out = Files.newOutputStream(zeros)) {
            byte[] block = new byte[1 << 20];
            for (int i = 0; i < 250; i++) {
                out.write(block);
            }
        }
        files.add(zeros);
        for (Path f : files) {
            long[] ms = new long[3];
            int code = -1;
            for (int run = 0; run < ms.length; run++) {
                long t0 = System.nanoTime();
                code = importInOneGigabyte(dir, f);
                ms[run] = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
            }
            Arrays.sort(ms);
            System.out.printf(
                    Locale.ROOT,
                    "%-28s %8.1f MB  exit %d  %6.1f / %6.1f / %6.1f s%n",
                    f.getFileName(),
                    Files.size(f) / 1e6,
                    code,
                    ms[0] / 1000.0,
                    ms[1] / 1000.0,
                    ms[2] / 1000.0);
        }
    }

    private static Path write(Path f, byte[] bytes) throws IOException {
        Files.write(f, bytes);
        return f;
    }

    private static int importInOneGigabyte(Path dir, Path file) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx1g",
                        "-Djava.awt.headless=true",
                        "-cp",
                        System.getProperty("java.class.path"),
                        "org.plandesk.Main",
                        "import",
                        "--workspace",
                        dir.resolve("ws").toString(),
                        "--file",
                        file.toString(),
                        "--dry-run"))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("XDG_DATA_HOME", dir.resolve("xdg").toString());
        Process p = pb.start();
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return -1;
        }
        return p.exitValue();
    }
}
