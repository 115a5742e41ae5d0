package org.plandesk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import org.plandesk.chart.ChartTheme;
import org.plandesk.chart.PlanChart;
import org.plandesk.chart.PlanCharts;
import org.plandesk.chart.export.ChartBatch;
import org.plandesk.chart.export.ChartExporter;
import org.plandesk.chart.export.ChartFormat;
import org.plandesk.chart.export.ExportSize;
import org.plandesk.context.AppContext;
import org.plandesk.io.FileNames;
import org.plandesk.plan.Plan;
import org.plandesk.plan.PlanData;
import org.plandesk.shared.ChartFonts;
import org.plandesk.shared.TaskRunner;
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

    @Option(
            names = "--indicator",
            paramLabel = "CODE",
            description = "序号 or name of an indicator; several as 1,3,5 or a range 1-28")
    String indicator;

    @Option(
            names = "--kind",
            paramLabel = "KIND",
            defaultValue = "trajectory",
            description = "trajectory (default), dashboard or summary")
    String kind;

    @Option(names = "--group", paramLabel = "NAME", description = "With --kind dashboard: one 一级指标 only")
    String group;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "png, svg, pdf or pptx")
    String format;

    @Option(names = "--width", defaultValue = "1920", paramLabel = "PX")
    int width;

    @Option(names = "--height", defaultValue = "1080", paramLabel = "PX")
    int height;

    @Option(names = "--scale", defaultValue = "1", paramLabel = "N", description = "1, 2 or 3")
    int scale;

    @Option(names = "--theme", defaultValue = "light", paramLabel = "THEME", description = "light or dark")
    String theme;

    @Option(names = "--out", required = true, paramLabel = "FILE_OR_DIR")
    Path out;

    @Option(
            names = "--pictures",
            description = "With pptx: every chart as a picture, instead of native charts the planner can edit")
    boolean pictures;

    /** The OS user, the author of a deck. */
    private String author = "";

    /** The bundled font, loaded (and the chart code warmed up) while the workspace opens. */
    private CompletableFuture<ChartFonts> fonts;

    ChartCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    protected void beforeOpen() {
        fonts = CompletableFuture.supplyAsync(() -> {
            ChartFonts f = ChartFonts.register();
            ChartWarmUp.run(f, env.messages());
            return f;
        });
    }

    @Override
    protected int run(AppContext ctx) {
        ChartFormat fmt;
        ExportSize size;
        ChartTheme.Variant variant;
        try {
            fmt = ChartFormat.parse(format);
            size = new ExportSize(width, height, scale);
            variant = ChartTheme.Variant.valueOf(theme.strip().toUpperCase(Locale.ROOT));
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
        author = ctx.plans().osUser();
        PlanCharts charts = new PlanCharts(env.messages(), env.clock());
        List<? extends PlanChart> selected;
        if (indicator != null) {
            List<PlanChart> chosen = new ArrayList<>();
            for (String code : codes(indicator)) {
                var one = charts.trajectory(data, code);
                if (one.isEmpty()) {
                    env.err().println(env.messages().get("cli.chart.noIndicator", code, p.displayName()));
                    return ExitCodes.INPUT_REJECTED;
                }
                chosen.add(one.get());
            }
            selected = chosen;
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
        ChartExporter exporter = new ChartExporter(new ChartTheme(fonts.join(), variant));
        try {
            int written = write(exporter, selected, fmt, size, data);
            env.out().println(env.messages().get("cli.chart.done", written, out.toAbsolutePath()));
        } catch (IOException e) {
            env.err().println(env.writeFailed(out.toAbsolutePath(), e));
            return ExitCodes.FAILED;
        }
        return ExitCodes.OK;
    }

    /** {@code 17}, {@code 1,3,5}, {@code 1-28}, or a name (which may contain neither comma nor dash ranges). */
    static List<String> codes(String spec) {
        List<String> out = new ArrayList<>();
        for (String piece : spec.split("[,，]")) {
            String t = piece.strip();
            var range = Pattern.compile("(\\d+)\\s*-\\s*(\\d+)").matcher(t);
            if (range.matches()) {
                for (int i = Integer.parseInt(range.group(1)); i <= Integer.parseInt(range.group(2)); i++) {
                    out.add(Integer.toString(i));
                }
            } else if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    private int write(
            ChartExporter exporter, List<? extends PlanChart> selected, ChartFormat fmt, ExportSize size, PlanData data)
            throws IOException {
        List<PlanChart> list = List.copyOf(selected);
        ChartBatch batch = new ChartBatch(exporter);
        if (fmt == ChartFormat.PPTX) {
            Path file = Files.isDirectory(out)
                    ? out.resolve(FileNames.name(data.plan().displayName(), "规划") + ".pptx")
                    : out;
            String deckTitle = list.size() > 1 ? data.plan().title() : null;
            String deckSubtitle =
                    env.messages().get("chart.deckSubtitle", data.plan().period(), LocalDate.now(env.clock()));
            if (pictures) {
                batch.toDeck(list, deckTitle, deckSubtitle, file, TaskRunner.Progress.NONE);
            } else {
                batch.toNativeDeck(
                        list,
                        deckTitle,
                        deckSubtitle,
                        env.messages(),
                        author,
                        env.clock(),
                        file,
                        TaskRunner.Progress.NONE);
            }
        } else if (list.size() == 1 && !Files.isDirectory(out)) {
            batch.one(list.get(0), fmt, size, out);
        } else {
            batch.toFolder(list, fmt, size, out, TaskRunner.Progress.NONE);
        }
        return list.size();
    }
}
