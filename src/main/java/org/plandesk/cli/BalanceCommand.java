package org.plandesk.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.plandesk.chart.ChartTheme;
import org.plandesk.chart.PlanChart;
import org.plandesk.chart.balance.BalanceCharts;
import org.plandesk.chart.export.ChartBatch;
import org.plandesk.chart.export.ChartExporter;
import org.plandesk.chart.export.ChartFormat;
import org.plandesk.chart.export.ExportSize;
import org.plandesk.context.AppContext;
import org.plandesk.io.AtomicFiles;
import org.plandesk.school.BalanceReport;
import org.plandesk.school.io.BalanceWriters;
import org.plandesk.shared.ChartFonts;
import org.plandesk.shared.InputRejectedException;
import org.plandesk.shared.Problem;
import org.plandesk.shared.TaskRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code balance}: a year's balance statistics from the registry, per district and stage and per school section, as
 * CSV (3 decimals) or JSON (English keys, unrounded). Warnings (sections left out) go to stderr.
 */
@Command(name = "balance", description = "义务教育优质均衡：差异系数与学校达标 / Balance statistics from the registry")
final class BalanceCommand extends WorkspaceCommand {
    @Option(names = "--year", required = true, paramLabel = "YEAR", description = "Year of the school figures")
    int year;

    @Option(names = "--district", paramLabel = "NAME", description = "One district (default: all)")
    String district;

    @Option(
            names = "--format",
            required = true,
            paramLabel = "FORMAT",
            description =
                    "csv or json (figures), or png, svg, pdf, pptx (every balance chart of the year; needs --out)")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "File to write (default: standard output)")
    Path out;

    BalanceCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    protected int run(AppContext ctx) throws InputRejectedException {
        boolean charts = Set.of("png", "svg", "pdf", "pptx").contains(format);
        if (!"csv".equals(format) && !"json".equals(format) && !charts) {
            env.err().println(env.messages().get("cli.formatUnsupported", format, "csv, json, png, svg, pdf, pptx"));
            return ExitCodes.USAGE;
        }
        if (charts && out == null) {
            env.err().println(env.messages().get("cli.balance.chartsNeedOut"));
            return ExitCodes.USAGE;
        }
        List<Integer> years = ctx.balance().years();
        if (!years.contains(year)) {
            throw InputRejectedException.of(Problem.of(
                    "balance.noYear",
                    year,
                    years.isEmpty()
                            ? "—"
                            : String.join(
                                    "、", years.stream().map(String::valueOf).toList())));
        }
        if (district != null && !ctx.balance().districts().contains(district)) {
            throw InputRejectedException.of(Problem.of(
                    "balance.noDistrict",
                    district,
                    String.join("、", ctx.balance().districts())));
        }
        BalanceReport report = ctx.balance().report(year, district);
        report.warnings().forEach(w -> env.err().println(env.messages().format(w)));
        report.stages()
                .forEach(s -> s.warnings()
                        .forEach(w -> env.err().println(env.messages().format(w))));
        if (charts) {
            return charts(ctx, report);
        }
        try {
            if (out == null) {
                ByteArrayOutputStream buffer = new ByteArrayOutputStream();
                write(report, buffer);
                env.out().print(buffer.toString(StandardCharsets.UTF_8));
            } else {
                AtomicFiles.write(out.toAbsolutePath(), os -> write(report, os));
            }
        } catch (IOException e) {
            env.err().println(env.writeFailed(out, e));
            return ExitCodes.FAILED;
        }
        return ExitCodes.OK;
    }

    private int charts(AppContext ctx, BalanceReport report) {
        List<PlanChart> list =
                new BalanceCharts(env.messages()).all(report, ctx.balance().reports(district));
        ChartBatch batch =
                new ChartBatch(new ChartExporter(new ChartTheme(ChartFonts.register(), ChartTheme.Variant.LIGHT)));
        try {
            ChartFormat fmt = ChartFormat.parse(format);
            if (fmt == ChartFormat.PPTX) {
                Path file = Files.isDirectory(out) ? out.resolve("义务教育优质均衡_" + year + ".pptx") : out;
                batch.toDeck(
                        list,
                        env.messages().get("cli.balance.deckTitle", year),
                        env.messages().get("chart.balance.footer", year),
                        file,
                        TaskRunner.Progress.NONE);
            } else {
                batch.toFolder(list, fmt, ExportSize.FULL_HD, out, TaskRunner.Progress.NONE);
            }
        } catch (IOException e) {
            env.err().println(env.writeFailed(out.toAbsolutePath(), e));
            return ExitCodes.FAILED;
        }
        env.out().println(env.messages().get("cli.chart.done", list.size(), out.toAbsolutePath()));
        return ExitCodes.OK;
    }

    private void write(BalanceReport report, OutputStream os) throws IOException {
        if ("json".equals(format)) {
            BalanceWriters.json(report, os);
        } else {
            BalanceWriters.csv(report, os);
        }
    }
}
