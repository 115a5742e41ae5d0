package org.plandesk.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.plandesk.chart.ChartTheme;
import org.plandesk.chart.report.DocxReport;
import org.plandesk.chart.report.PdfReport;
import org.plandesk.chart.report.ProgressReport;
import org.plandesk.chart.report.ProgressReports;
import org.plandesk.context.AppContext;
import org.plandesk.io.AtomicFiles;
import org.plandesk.plan.Plan;
import org.plandesk.plan.PlanData;
import org.plandesk.shared.ChartFonts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code report}: a plan's progress report (实施情况报告) for one year as a Word document — counts per 一级指标, the
 * indicator table with statuses, the missed and at-risk indicators as native charts, notes and sources as footnotes.
 */
@Command(name = "report", description = "生成实施情况报告（Word 或 PDF）/ Write a plan's progress report for a year")
final class ReportCommand extends WorkspaceCommand {
    @Option(names = "--plan", required = true, paramLabel = "NAME", description = "Title, short name or unique part")
    String plan;

    @Option(names = "--year", required = true, paramLabel = "YEAR", description = "The year reported on")
    int year;

    @Option(names = "--format", defaultValue = "docx", paramLabel = "FORMAT", description = "docx or pdf")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE")
    Path out;

    private CompletableFuture<ChartFonts> fonts;

    ReportCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    protected void beforeOpen() {
        fonts = CompletableFuture.supplyAsync(ChartFonts::register);
    }

    @Override
    protected int run(AppContext ctx) {
        String kind = format.strip().toLowerCase(Locale.ROOT);
        if (!"docx".equals(kind) && !"pdf".equals(kind)) {
            env.err().println(env.messages().get("cli.report.format", format));
            return ExitCodes.USAGE;
        }
        Plan p = ctx.plans().find(plan).orElse(null);
        if (p == null) {
            env.err().println(env.messages().get("cli.plan.notFound", plan));
            return ExitCodes.INPUT_REJECTED;
        }
        PlanData data = ctx.plans().load(p.id());
        ProgressReport report = new ProgressReports(env.messages(), env.clock()).build(data, year);
        if (report.groups().isEmpty()) {
            env.err().println(env.messages().get("cli.report.noTargets", p.displayName(), String.valueOf(year)));
            return ExitCodes.INPUT_REJECTED;
        }
        ChartTheme theme = new ChartTheme(fonts.join(), ChartTheme.Variant.LIGHT);
        DocxReport docx = new DocxReport(theme, env.messages(), ctx.plans().osUser(), env.clock());
        Path target = out.toAbsolutePath();
        try {
            if ("pdf".equals(kind)) {
                AtomicFiles.write(target, os -> new PdfReport(theme, env.messages()).write(report, os));
            } else {
                AtomicFiles.write(target, os -> docx.write(report, os));
            }
        } catch (IOException e) {
            env.err().println(env.writeFailed(target, e));
            return ExitCodes.FAILED;
        }
        env.out()
                .println(env.messages()
                        .get(
                                "cli.report.done",
                                report.groups().stream()
                                        .mapToInt(g -> g.rows().size())
                                        .sum(),
                                report.charts().size(),
                                target));
        return ExitCodes.OK;
    }
}
