package org.plandesk.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Issue 14 §3 (not a test): milliseconds from exec until a window is on the screen, and until the window names the
 * workspace it opened (the plan browser and its grid are filled in the same step), for {@code java -jar
 * target/plandesk.jar}, for the installed launcher ({@code /opt/plandesk/bin/PlanDesk}, with its AOT cache) when it is
 * installed, and for {@link EmptyWindow}; the three alternated, five runs, medians. Needs an X display with a window
 * manager and xdotool (it asks the window manager which windows are visible); without one it says so and stops.
 * Run with {@code mvn -Pbench package}; arguments: the plandesk jar.
 */
public final class StartupBenchmark {
    private static final int RUNS = 5;
    private static final Path INSTALLED = Path.of("/opt/plandesk/bin/PlanDesk");

    private StartupBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (System.getenv("DISPLAY") == null || !onPath("xdotool")) {
            System.out.println("start-up benchmark skipped: it needs an X display (DISPLAY) and xdotool");
            return;
        }
        Path jar = Path.of(args.length > 0 ? args[0] : "target/plandesk.jar").toAbsolutePath();
        String java = ProcessHandle.current().info().command().orElse("java");
        Path home = Files.createTempDirectory("plandesk-startup");
        Path ws = home.resolve("ws");
        String title = "PlanDesk 规划台 — ws";
        List<String> jarRun =
                List.of(java, "-Duser.home=" + home, "-jar", jar.toString(), "--workspace", ws.toString());
        // the workspace exists (with the sample) before any timing
        new ProcessBuilder(java, "-Duser.home=" + home, "-jar", jar.toString(), "plans", "--workspace", ws.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start()
                .waitFor();
        List<String> empty = List.of(
                java,
                "--enable-native-access=ALL-UNNAMED",
                "-cp",
                System.getProperty("java.class.path"),
                EmptyWindow.class.getName());
        boolean installed = Files.isExecutable(INSTALLED);
        List<String> installedRun = List.of(INSTALLED.toString(), "--workspace", ws.toString());
        long[][] t = new long[5][RUNS];
        for (int i = 0; i < RUNS; i++) {
            t[0][i] = time(empty, "EmptyWindow", null)[0];
            long[] j = time(jarRun, "PlanDesk", title);
            t[1][i] = j[0];
            t[2][i] = j[1];
            if (installed) {
                long[] k = time(installedRun, "PlanDesk", title);
                t[3][i] = k[0];
                t[4][i] = k[1];
            }
        }
        long e = median(t[0]);
        System.out.printf("start-up, medians of %d alternating runs (%s)%n", RUNS, java);
        System.out.printf("empty JavaFX window:                    %5d ms%n", e);
        report("java -jar target/plandesk.jar", t[1], t[2], e);
        if (installed) {
            report("installed /opt/plandesk (AOT cache)", t[3], t[4], e);
        } else {
            System.out.println("installed launcher: not installed here (mvn -Pinstaller package; dpkg -i)");
        }
    }

    private static void report(String what, long[] window, long[] ready, long empty) {
        long w = median(window);
        System.out.printf(
                "%-38s  window %5d ms (%.2f× the empty window), workspace and grid %5d ms; runs %s / %s%n",
                what + ":", w, w / (double) empty, median(ready), Arrays.toString(window), Arrays.toString(ready));
    }

    /** [ms until a visible window named {@code first}, ms until one named {@code then} (or 0)]; then ends it. */
    private static long[] time(List<String> command, String first, String then) throws Exception {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(new ArrayList<>(command))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            long a = until(p, first, t0);
            long b = then == null ? 0 : until(p, then, t0);
            return new long[] {a, b};
        } finally {
            p.destroy();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
            // let the X server and the window manager settle before the next start
            Thread.sleep(1000);
        }
    }

    private static long until(Process p, String name, long t0) throws Exception {
        while (!visible(name)) {
            if (!p.isAlive()) {
                throw new IllegalStateException("ended before a window named " + name + " appeared");
            }
            if (System.nanoTime() - t0 > TimeUnit.SECONDS.toNanos(60)) {
                throw new IllegalStateException("no window named " + name + " after 60 s");
            }
            Thread.sleep(10);
        }
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private static boolean visible(String name) throws IOException, InterruptedException {
        Process x = new ProcessBuilder("xdotool", "search", "--onlyvisible", "--name", name)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        return x.waitFor() == 0;
    }

    private static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    private static long median(long[] values) {
        long[] v = values.clone();
        Arrays.sort(v);
        return v[v.length / 2];
    }
}
