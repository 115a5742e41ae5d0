package org.plandesk.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.util.List;
import org.plandesk.app.AppContext;
import org.plandesk.chart.ChartTheme;
import org.plandesk.chart.PlanChart;
import org.plandesk.chart.PlanCharts;
import org.plandesk.chart.export.ChartExporter;
import org.plandesk.chart.export.ChartFormat;
import org.plandesk.chart.export.ExportSize;
import org.plandesk.plan.Plan;
import org.plandesk.plan.PlanData;
import org.plandesk.shared.ChartFonts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code chart}: exports a plan's charts. With {@code --indicator} one chart to a file; without, every trajectory of
 * the plan into a folder (png, svg, pdf) or into one deck (pptx).
 */
@Command(name = "chart", description = "导出图表 / Export charts (png, svg, pdf, pptx)")
final class ChartCommand extends WorkspaceCommand {
    @Option(names = "--plan", required = true, paramLabel = "NAME", description = "Title, short name or unique part")
    String plan;

    @Option(names = "--indicator", paramLabel = "CODE", description = "序号 or name of one indicator")
    String indicator;

    @Option(names = "--kind", paramLabel = "KIND", defaultValue = "trajectory",
            description = "trajectory (default), dashboard or summary")
    String kind;

    @Option(names = "--group", paramLabel = "NAME", description = "With --kind dashboard: one 一级指标 only")
    String group;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "png, svg, pdf or pptx")
    String format;

    @Option(names = "--width", defaultValue = "1920", paramLabel = "PX") int width;
    @Option(names = "--height", defaultValue = "1080", paramLabel = "PX") int height;
    @Option(names = "--scale", defaultValue = "1", paramLabel = "N", description = "1, 2 or 3") int scale;

    @Option(names = "--theme", defaultValue = "light", paramLabel = "THEME", description = "light or dark")
    String theme;

    @Option(names = "--out", required = true, paramLabel = "FILE_OR_DIR") Path out;

    ChartCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    protected int run(AppContext ctx) throws SQLException {
        ChartFormat fmt;
        ExportSize size;
        ChartTheme.Variant variant;
        try {
            fmt = ChartFormat.parse(format);
            size = new ExportSize(width, height, scale);
            variant = ChartTheme.Variant.valueOf(theme.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            env.err().println(env.messages().get("cli.chart.badOption", e.getMessage()));
            return ExitCodes.USAGE;
        }
        Plan p = ctx.plans().find(plan).orElse(null);
        if (p == null) {
            env.err().println(env.messages().get("cli.plan.notFound", plan));
            return ExitCodes.INPUT_REJECTED;
        }
        PlanData data = ctx.plans().load(p.id());
        PlanCharts charts = new PlanCharts(env.messages(), env.clock());
        List<? extends PlanChart> selected;
        if (indicator != null) {
            var one = charts.trajectory(data, indicator);
            if (one.isEmpty()) {
                env.err().println(env.messages().get("cli.chart.noIndicator", indicator, p.displayName()));
                return ExitCodes.INPUT_REJECTED;
            }
            selected = List.of(one.get());
        } else if ("trajectory".equals(kind)) {
            selected = charts.trajectories(data);
        } else if ("dashboard".equals(kind)) {
            selected = List.of(charts.dashboard(data, group));
        } else if ("summary".equals(kind)) {
            selected = List.of(charts.summary(data));
        } else {
            env.err().println(env.messages().get("cli.chart.badOption", kind));
            return ExitCodes.USAGE;
        }
        ChartExporter exporter = new ChartExporter(new ChartTheme(ChartFonts.register(), variant));
        try {
            int written = write(exporter, selected, fmt, size, data);
            env.out().println(env.messages().get("cli.chart.done", written, out.toAbsolutePath()));
        } catch (IOException e) {
            env.err().println(env.messages().get("cli.writeFailed", out.toAbsolutePath(), e.getMessage()));
            return ExitCodes.FAILED;
        }
        return ExitCodes.OK;
    }

    private int write(ChartExporter exporter, List<? extends PlanChart> selected, ChartFormat fmt, ExportSize size,
                      PlanData data) throws IOException {
        List<PlanChart> list = List.copyOf(selected);
        if (fmt == ChartFormat.PPTX) {
            Path file = Files.isDirectory(out) ? out.resolve(data.plan().displayName() + ".pptx") : out;
            atomically(file, os -> exporter.pptx(list, indicator == null ? data.plan().title() : null,
                    env.messages().get("chart.deckSubtitle", data.plan().period(), java.time.LocalDate.now(env.clock())),
                    os));
            return list.size();
        }
        boolean single = list.size() == 1 && !Files.isDirectory(out);
        if (!single) {
            Files.createDirectories(out);
        }
        for (PlanChart chart : list) {
            Path file = single ? out : out.resolve(chart.fileStem() + "." + fmt.extension());
            switch (fmt) {
                case PNG -> atomically(file, os -> exporter.png(chart, size, os));
                case PDF -> atomically(file, os -> exporter.pdf(List.of(chart), size, os));
                case SVG -> atomically(file, os -> {
                    Writer w = new java.io.OutputStreamWriter(os, StandardCharsets.UTF_8);
                    exporter.svg(chart, size, w);
                });
                default -> throw new IllegalStateException(fmt.name());
            }
        }
        return list.size();
    }

    private interface Output {
        void write(OutputStream os) throws IOException;
    }

    private static void atomically(Path file, Output output) throws IOException {
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        // Not createTempFile: its 0600 permissions would stay on the exported file.
        Path tmp = target.resolveSibling("." + target.getFileName() + "." + System.nanoTime() + ".tmp");
        try {
            try (OutputStream os = new java.io.BufferedOutputStream(Files.newOutputStream(tmp))) {
                output.write(os);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
