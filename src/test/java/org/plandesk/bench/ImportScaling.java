package org.plandesk.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Issue 14 §4 and §5 (not a test): the command-line import as a whole process — JVM start, workspace open and check,
 * validation, writing, closing — at 50,000, 200,000 and 800,000 values of a long CSV, into a workspace that holds the
 * sample: time, peak resident memory (the process's VmHWM, no -Xmx given) and the workspace file after. Beside it the
 * floor ({@link ImportFloor}: read the file, batch-insert into one flat H2 table) and, at 200,000 values, the ratio of
 * the medians of five alternating runs; last, the export of the 800,000 values. Linux only (reads /proc). Run with
 * {@code mvn -Pbench package}; arguments: the plandesk jar.
 */
public final class ImportScaling {
    private ImportScaling() {}

    /** What one process took: wall time, peak resident memory. */
    record Run(double seconds, long peakKb) {}

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "target/plandesk.jar").toAbsolutePath();
        String java = ProcessHandle.current().info().command().orElse("java");
        Path dir = Files.createTempDirectory("plandesk-scaling");
        System.out.println("whole-process import of a long CSV (" + java + ")");
        System.out.println("| values | import | peak memory | workspace file after | floor | floor peak |");
        System.out.println("|---|---|---|---|---|---|");
        Path ws800 = null;
        for (int n : new int[] {50_000, 200_000, 800_000}) {
            Path csv = dir.resolve("long" + n + ".csv");
            Files.writeString(csv, ImportBenchmark.longCsv(n), StandardCharsets.UTF_8);
            Path ws = dir.resolve("ws" + n).resolve("ws");
            run(List.of(java, "-jar", jar.toString(), "plans", "--workspace", ws.toString()));
            Run imported = importInto(java, jar, csv, ws);
            Run floor = floor(java, csv, dir.resolve("floor" + n));
            System.out.printf(
                    "| %,d | %.1f s | %d MB | %.1f MB | %.1f s | %d MB |%n",
                    n,
                    imported.seconds(),
                    imported.peakKb() / 1024,
                    Files.size(ws.resolveSibling("ws.mv.db")) / 1e6,
                    floor.seconds(),
                    floor.peakKb() / 1024);
            if (n == 800_000) {
                ws800 = ws;
            }
        }
        ratio(java, jar, dir);
        Path out = dir.resolve("export800k.csv");
        Run export = run(List.of(
                java,
                "-jar",
                jar.toString(),
                "export",
                "--workspace",
                ws800.toString(),
                "--plan",
                "基准规划",
                "--format",
                "long-csv",
                "--out",
                out.toString()));
        System.out.printf(
                "export of 800,000 values as long CSV: %.1f s, peak %d MB, %.1f MB written%n",
                export.seconds(), export.peakKb() / 1024, Files.size(out) / 1e6);
    }

    /** §4: five alternating runs of the import and the floor at 200,000 values; the ratio of the medians. */
    private static void ratio(String java, Path jar, Path dir) throws Exception {
        Path csv = dir.resolve("long200000.csv");
        double[] imports = new double[5];
        double[] floors = new double[5];
        for (int i = 0; i < 5; i++) {
            Path ws = dir.resolve("ratio-ws" + i).resolve("ws");
            run(List.of(java, "-jar", jar.toString(), "plans", "--workspace", ws.toString()));
            imports[i] = importInto(java, jar, csv, ws).seconds();
            floors[i] = floor(java, csv, dir.resolve("ratio-floor" + i)).seconds();
        }
        Arrays.sort(imports);
        Arrays.sort(floors);
        System.out.printf(
                "200,000 values, medians of 5 alternating runs: import %.2f s, floor %.2f s, ratio %.2f"
                        + " (import runs %s, floor runs %s)%n",
                imports[2], floors[2], imports[2] / floors[2], Arrays.toString(imports), Arrays.toString(floors));
    }

    private static Run importInto(String java, Path jar, Path csv, Path ws) throws Exception {
        return run(List.of(
                java, "-jar", jar.toString(), "import", "--workspace", ws.toString(), "--file", csv.toString()));
    }

    private static Run floor(String java, Path csv, Path db) throws Exception {
        Files.createDirectories(db);
        return run(List.of(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                ImportFloor.class.getName(),
                csv.toString(),
                db.resolve("db").toString()));
    }

    /** Runs a process to its end, watching its peak resident memory; fails when it fails. */
    static Run run(List<String> command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true);
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        long t0 = System.nanoTime();
        Process p = pb.start();
        Path status = Path.of("/proc", Long.toString(p.pid()), "status");
        long peak = 0;
        while (p.isAlive()) {
            peak = Math.max(peak, highWaterMark(status));
            if (p.waitFor(20, TimeUnit.MILLISECONDS)) {
                break;
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (p.exitValue() != 0) {
            throw new IllegalStateException("exit " + p.exitValue() + ": " + command);
        }
        return new Run(seconds, peak);
    }

    private static long highWaterMark(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process has just ended: the last reading stands
        }
        return 0;
    }
}
