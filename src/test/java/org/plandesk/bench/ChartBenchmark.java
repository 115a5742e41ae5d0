package org.plandesk.bench;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.plandesk.chart.ChartTheme;
import org.plandesk.chart.PlanChart;
import org.plandesk.chart.PlanCharts;
import org.plandesk.chart.export.ChartExporter;
import org.plandesk.chart.export.ExportSize;
import org.plandesk.context.AppContext;
import org.plandesk.plan.PlanData;
import org.plandesk.shared.ChartFonts;
import org.plandesk.shared.Messages;

/**
 * Chart export benchmark (not a test): the 28 charts of the 钱塘 plan's indicator table as PNG 1920×1080 and as one
 * PPTX, in-process per chart and as whole command-line processes. Run with {@code mvn -Pbench package}.
 */
public final class ChartBenchmark {
    private static final int ROUNDS = 5;

    private ChartBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("plandesk-bench");
        Path jar = Path.of(args.length > 0 ? args[0] : "target/plandesk.jar");
        inProcess(dir);
        wholeProcess(dir, jar);
    }

    private static void inProcess(Path dir) throws Exception {
        try (AppContext ctx = AppContext.open(dir.resolve("inproc"), true, Clock.systemDefaultZone())) {
            PlanData data =
                    ctx.plans().load(ctx.plans().find("钱塘优学").orElseThrow().id());
            PlanCharts charts = new PlanCharts(new Messages(Messages.CHINESE), Clock.systemDefaultZone());
            ChartExporter exporter = new ChartExporter(new ChartTheme(ChartFonts.register(), ChartTheme.Variant.LIGHT));
            List<PlanChart> table = new ArrayList<>();
            for (int code = 1; code <= 28; code++) {
                table.add(charts.trajectory(data, Integer.toString(code)).orElseThrow());
            }
            for (PlanChart c : table) { // warm-up
                exporter.png(c, ExportSize.FULL_HD, new ByteArrayOutputStream());
            }
            long[] perChart = new long[ROUNDS * table.size()];
            long renderOnly = 0;
            int k = 0;
            for (int r = 0; r < ROUNDS; r++) {
                for (PlanChart c : table) {
                    long t0 = System.nanoTime();
                    exporter.png(c, ExportSize.FULL_HD, new ByteArrayOutputStream());
                    perChart[k++] = System.nanoTime() - t0;
                    long t1 = System.nanoTime();
                    exporter.image(c, ExportSize.FULL_HD);
                    renderOnly += System.nanoTime() - t1;
                }
            }
            Arrays.sort(perChart);
            double mean = Arrays.stream(perChart).average().orElse(0) / 1e6;
            System.out.printf(
                    "in-process PNG 1920x1080, %d charts x %d rounds: mean %.1f ms/chart, median %.1f ms, "
                            + "p95 %.1f ms (drawing alone %.1f ms/chart)%n",
                    table.size(),
                    ROUNDS,
                    mean,
                    perChart[perChart.length / 2] / 1e6,
                    perChart[(int) (perChart.length * 0.95)] / 1e6,
                    renderOnly / 1e6 / perChart.length);
            long w0 = System.nanoTime();
            exporter.pptx(table.subList(0, 2), data.plan().title(), "warm-up", new ByteArrayOutputStream());
            System.out.printf(
                    "in-process PPTX first deck (2 charts, loads Apache POI): %.0f ms%n",
                    (System.nanoTime() - w0) / 1e6);
            long t0 = System.nanoTime();
            ByteArrayOutputStream deck = new ByteArrayOutputStream();
            exporter.pptx(table, data.plan().title(), "bench", deck);
            System.out.printf(
                    "in-process PPTX of %d charts: %.0f ms (%.1f ms/chart), %d KB%n",
                    table.size(),
                    (System.nanoTime() - t0) / 1e6,
                    (System.nanoTime() - t0) / 1e6 / table.size(),
                    deck.size() / 1024);
        }
    }

    private static void wholeProcess(Path dir, Path jar) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path ws = dir.resolve("cli");
        run(List.of(java, "-jar", jar.toString(), "plans", "--workspace", ws.toString()));
        for (String format : List.of("png", "pptx")) {
            long best = Long.MAX_VALUE;
            long total = 0;
            for (int r = 0; r < 3; r++) {
                Path out = dir.resolve("out-" + format + r + (format.equals("pptx") ? ".pptx" : ""));
                long t0 = System.nanoTime();
                run(List.of(
                        java,
                        "-jar",
                        jar.toString(),
                        "chart",
                        "--workspace",
                        ws.toString(),
                        "--plan",
                        "钱塘优学",
                        "--indicator",
                        "1-28",
                        "--format",
                        format,
                        "--out",
                        out.toString()));
                long t = System.nanoTime() - t0;
                best = Math.min(best, t);
                total += t;
            }
            System.out.printf(
                    "command line, 28 charts as %s: best %.2f s, mean %.2f s (whole process, 3 runs)%n",
                    format, best / 1e9, total / 3 / 1e9);
        }
    }

    private static void run(List<String> cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IllegalStateException("failed: " + cmd + "\n" + out);
        }
    }
}
