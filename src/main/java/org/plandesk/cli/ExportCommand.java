package org.plandesk.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.plandesk.context.AppContext;
import org.plandesk.io.AtomicFiles;
import org.plandesk.plan.Plan;
import org.plandesk.plan.PlanData;
import org.plandesk.plan.io.LongCsvWriter;
import org.plandesk.plan.io.wide.WideWriters;
import org.plandesk.plan.service.PlanSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code export}: writes a plan (or every plan) as a table. The file appears whole or not at all. */
@Command(name = "export", description = "导出规划 / Export a plan (all plans without --plan)")
final class ExportCommand extends WorkspaceCommand {
    private static final List<String> FORMATS = List.of("long-csv", "wide-csv", "xlsx");

    @Option(names = "--plan", paramLabel = "NAME", description = "Title, short name or a unique part of the title")
    String plan;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "long-csv, wide-csv or xlsx")
    String format;

    @Option(
            names = "--encoding",
            defaultValue = "utf-8",
            paramLabel = "CHARSET",
            description = "wide-csv only: utf-8 (with BOM, default), gbk or gb18030")
    String encoding;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "File to write")
    Path out;

    ExportCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    protected int run(AppContext ctx) {
        if (!FORMATS.contains(format)) {
            env.err().println(env.messages().get("cli.formatUnsupported", format, String.join(", ", FORMATS)));
            return ExitCodes.USAGE;
        }
        List<PlanData> plans = new ArrayList<>();
        if (plan != null) {
            Plan p = ctx.plans().find(plan).orElse(null);
            if (p == null) {
                env.err().println(env.messages().get("cli.plan.notFound", plan));
                return ExitCodes.INPUT_REJECTED;
            }
            plans.add(ctx.plans().load(p.id()));
        } else {
            for (PlanSummary s : ctx.plans().plans()) {
                plans.add(ctx.plans().load(s.plan().id()));
            }
        }
        LongCsvWriter writer = new LongCsvWriter();
        int rows = plans.stream().mapToInt(writer::count).sum();
        Path target = out.toAbsolutePath();
        if (!"long-csv".equals(format) && plans.size() != 1) {
            env.err().println(env.messages().get("cli.export.onePlan", format));
            return ExitCodes.USAGE;
        }
        Charset charset = "gbk".equalsIgnoreCase(encoding)
                ? Charset.forName("GBK")
                : "gb18030".equalsIgnoreCase(encoding) ? Charset.forName("GB18030") : StandardCharsets.UTF_8;
        if ("wide-csv".equals(format) && !charset.equals(StandardCharsets.UTF_8)) {
            String missing = WideWriters.unencodable(plans.get(0), charset);
            if (!missing.isEmpty()) {
                // GBK would write ? for them: a round trip must never lose a character
                env.err().println(env.messages().get("export.gbkMissing", missing));
                return ExitCodes.INPUT_REJECTED;
            }
        }
        try {
            AtomicFiles.write(target, os -> {
                switch (format) {
                    case "wide-csv" -> WideWriters.csv(plans.get(0), charset, os);
                    case "xlsx" -> WideWriters.xlsx(plans.get(0), os);
                    default -> {
                        // The CSV printer flushes and closes the writer when done.
                        Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8);
                        writer.write(plans, w);
                    }
                }
            });
        } catch (IOException e) {
            env.err().println(env.writeFailed(target, e));
            return ExitCodes.FAILED;
        }
        env.out().println(env.messages().get("cli.export.done", rows, target));
        return ExitCodes.OK;
    }
}
