package org.plandesk.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.plandesk.context.AppContext;
import org.plandesk.io.RawTable;
import org.plandesk.io.TableFiles;
import org.plandesk.io.TextDecoding;
import org.plandesk.plan.Plan;
import org.plandesk.plan.PlanData;
import org.plandesk.plan.io.LongCsvReader;
import org.plandesk.plan.io.PlanTables;
import org.plandesk.plan.io.wide.ColumnRoles;
import org.plandesk.plan.io.wide.WideColumn;
import org.plandesk.plan.io.wide.WideTable;
import org.plandesk.plan.io.wide.WideTableParser;
import org.plandesk.plan.io.wide.WideTables;
import org.plandesk.plan.service.ImportDiff;
import org.plandesk.plan.service.ImportSummary;
import org.plandesk.shared.InputRejectedException;
import org.plandesk.shared.Messages;
import org.plandesk.shared.Numbers;
import org.plandesk.shared.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code import}: reads a table — a long CSV, plan list or task list, or a wide table in CSV, TSV, text, XLSX or XLS
 * — shows what it found, and writes it in one transaction, or refuses it whole (exit 3) with one line per problem.
 */
@Command(name = "import", description = "导入表格（宽表 CSV/XLSX/XLS、长表 CSV、规划清单、任务清单）/ Import a table")
final class ImportCommand extends WorkspaceCommand {
    /** Enough of a file's start to tell a PlanDesk table by its header. */
    private static final int HEAD_BYTES = 64 * 1024;
    /** A long CSV row takes about this many bytes: the estimate of a file's values before it is read. */
    private static final int BYTES_PER_VALUE = 60;

    @Option(names = "--file", required = true, paramLabel = "TABLE", description = "The table to import")
    Path file;

    @Option(names = "--plan", paramLabel = "NAME", description = "Plan to import into (existing or new)")
    String plan;

    @Option(
            names = "--sheet",
            paramLabel = "NAME",
            description = "Sheet of a workbook (default: the first sheet that holds a table)")
    String sheet;

    @Option(names = "--dry-run", description = "Check and report, write nothing")
    boolean dryRun;

    @Option(
            names = "--column-role",
            paramLabel = "HEADER=ROLE",
            description = "How a column is read, e.g. \"2020年=基期\" (roles 目标/target, 实际/actual, 基期/baseline,"
                    + " 忽略/ignore); repeatable")
    List<String> columnRoles = List.of();

    ImportCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    protected int run(AppContext ctx) throws InputRejectedException {
        Plan existing = plan == null ? null : ctx.plans().find(plan).orElse(null);
        String title = existing != null ? existing.title() : plan;
        byte[] head = TableFiles.head(file, HEAD_BYTES);
        PlanTables.Kind kind = TableFiles.isWorkbook(head) ? null : PlanTables.kindOf(head);
        if (kind == PlanTables.Kind.LONG) {
            return importLong(ctx, title);
        }
        byte[] bytes = TableFiles.bytes(file);
        if (kind != null) {
            PlanTables tables = PlanTables.parse(TextDecoding.decode(bytes).text(), title);
            return apply(ctx, tables, null);
        }
        RawTable raw = WideTables.read(bytes, file.getFileName().toString(), sheet);
        if (title == null) {
            title = baseName(file);
            existing = ctx.plans()
                    .find(title)
                    .filter(p -> p.title().equals(baseName(file)))
                    .orElse(null);
        }
        WideTable wide = new WideTableParser().parse(raw, title, Map.of());
        if (!columnRoles.isEmpty()) {
            try {
                wide = new WideTableParser().parse(raw, title, ColumnRoles.overrides(columnRoles, wide.columns()));
            } catch (ColumnRoles.Refused e) {
                env.err().println(env.messages().format(e.problem()));
                return ExitCodes.USAGE;
            }
        }
        PlanData current = existing == null ? null : ctx.plans().load(existing.id());
        report(wide, current);
        if (!wide.problems().isEmpty()) {
            env.err()
                    .println(env.messages()
                            .get("cli.import.problems", wide.problems().size()));
            throw new InputRejectedException(wide.problems());
        }
        return apply(ctx, PlanTables.ofRows(wide.rows()), wide);
    }

    /**
     * A long CSV is read and written a row at a time (a city's registry over ten years is 800,000 values): memory stays
     * flat, and a problem anywhere in the file still refuses all of it.
     */
    private int importLong(AppContext ctx, String title) throws InputRejectedException {
        long size = file.toFile().length();
        int estimated = (int) Math.min(Integer.MAX_VALUE, size / BYTES_PER_VALUE);
        ImportSummary s = ctx.imports()
                .importStream(
                        sink -> {
                            try (Reader in = TableFiles.reader(file)) {
                                new LongCsvReader().read(in, title, sink);
                            } catch (IOException e) {
                                throw InputRejectedException.of(
                                        Problem.of("import.readFailed", file.toString(), String.valueOf(e)));
                            }
                        },
                        estimated,
                        dryRun,
                        null);
        return done(s);
    }

    private int apply(AppContext ctx, PlanTables tables, WideTable wide) {
        List<String> notes = wide == null ? List.of() : wide.notes();
        return done(ctx.imports().importAll(tables.plans(), tables.tasks(), tables.rows(), notes, dryRun, null));
    }

    private int done(ImportSummary s) {
        env.out()
                .println(env.messages()
                        .get(
                                dryRun ? "cli.import.dryRun" : "cli.import.done",
                                s.plansCreated(),
                                s.indicatorsCreated(),
                                s.targetsWritten(),
                                s.actualsWritten(),
                                s.tasksWritten()));
        return ExitCodes.OK;
    }

    /** The preview: columns with their roles, indicators with their parts, and changes to an existing plan. */
    private void report(WideTable wide, PlanData current) {
        Messages m = env.messages();
        StringBuilder cols = new StringBuilder();
        for (WideColumn c : wide.columns()) {
            if (!cols.isEmpty()) {
                cols.append("；");
            }
            cols.append(c.header()).append(" = ").append(m.get(c.role().messageKey()));
            if (c.role().hasYear()) {
                cols.append(" ").append(c.year());
            }
        }
        env.out().println(m.get("cli.import.header", wide.headerRow(), cols));
        wide.explanations().forEach(e -> env.out().println(m.format(e)));
        env.out().println(m.get("cli.import.found", wide.indicators().size()));
        for (WideTable.FoundIndicator f : wide.indicators()) {
            env.out()
                    .println(m.get(
                            "cli.import.indicator",
                            f.code(),
                            f.name(),
                            f.unit().isEmpty() ? "" : "（" + f.unit() + "）",
                            f.parts().stream().allMatch(String::isEmpty)
                                    ? ""
                                    : m.get("cli.import.parts", String.join("、", f.parts()))));
        }
        wide.notes().forEach(n -> env.out().println(m.get("cli.import.notes", n)));
        if (dryRun) {
            for (var r : wide.rows()) {
                String parsed = r.target() != null
                        ? r.target().display()
                        : r.grade() != null ? r.grade() : Numbers.format(r.value());
                env.out()
                        .println(m.get(
                                "cli.import.value",
                                r.line(),
                                r.indicator(),
                                r.part().isEmpty() ? "" : " " + r.part(),
                                r.year(),
                                m.get("kind." + r.kind().code()),
                                r.text(),
                                parsed));
            }
        }
        ImportDiff diff = ImportDiff.of(current, wide.rows());
        // actuals outside their plausible range: pointed out on stdout, the import goes ahead
        for (var r : diff.implausible()) {
            env.out()
                    .println(m.get(
                            "cli.import.implausible",
                            r.line(),
                            r.indicator(),
                            r.year(),
                            Numbers.format(r.value()),
                            ImportDiff.range(current, r).text()));
        }
        if (current != null) {
            env.out()
                    .println(m.get(
                            "cli.import.diff",
                            diff.added().size(),
                            diff.changed().size(),
                            diff.unchanged()));
            for (ImportDiff.Changed c : diff.changed()) {
                env.out()
                        .println(m.get(
                                "cli.import.change",
                                c.row().code(),
                                c.row().indicator(),
                                c.row().year(),
                                c.row().part().isEmpty() ? "" : " " + c.row().part(),
                                c.oldText(),
                                c.newText()));
            }
        }
    }

    private static String baseName(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
