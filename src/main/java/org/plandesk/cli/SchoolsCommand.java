package org.plandesk.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.plandesk.context.AppContext;
import org.plandesk.io.AtomicFiles;
import org.plandesk.io.RawTable;
import org.plandesk.io.TableFiles;
import org.plandesk.school.io.SchoolColumn;
import org.plandesk.school.io.SchoolRow;
import org.plandesk.school.io.SchoolTable;
import org.plandesk.school.io.SchoolTableParser;
import org.plandesk.school.io.SchoolTableWriter;
import org.plandesk.school.service.SchoolImportService;
import org.plandesk.shared.InputRejectedException;
import org.plandesk.shared.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code schools}: imports a school table into the registry (all or nothing, exit 3 with one line per problem),
 * exports the registry as the same table, or lists what the registry holds.
 */
@Command(name = "schools", description = "学校登记：导入、导出学校表 / School registry: import or export the school table")
final class SchoolsCommand extends WorkspaceCommand {
    @Option(names = "--import", paramLabel = "FILE", description = "School table to import (CSV, TSV, text, XLSX, XLS)")
    Path importFile;

    @Option(names = "--sheet", paramLabel = "NAME", description = "Sheet of a workbook (default: the first)")
    String sheet;

    @Option(names = "--dry-run", description = "Check and report, write nothing")
    boolean dryRun;

    @Option(
            names = "--export",
            paramLabel = "FILE",
            description = "Write the registry as a school table (.csv or .xlsx)")
    Path exportFile;

    SchoolsCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    protected int run(AppContext ctx) throws InputRejectedException {
        if (importFile != null && exportFile != null) {
            env.err().println(env.messages().get("cli.schools.oneAction"));
            return ExitCodes.USAGE;
        }
        if (importFile != null) {
            return importTable(ctx);
        }
        if (exportFile != null) {
            return export(ctx);
        }
        List<Integer> years = ctx.schools().years();
        env.out()
                .println(env.messages()
                        .get(
                                "cli.schools.summary",
                                ctx.schools().schoolCount(),
                                String.join("、", ctx.balance().districts()),
                                String.join(
                                        "、", years.stream().map(String::valueOf).toList())));
        return ExitCodes.OK;
    }

    private int importTable(AppContext ctx) throws InputRejectedException {
        byte[] bytes = TableFiles.bytes(importFile);
        RawTable raw = TableFiles.read(bytes, importFile.getFileName().toString(), sheet);
        SchoolTable table = new SchoolTableParser().parse(raw);
        Messages m = env.messages();
        StringBuilder cols = new StringBuilder();
        for (SchoolColumn c : table.columns()) {
            if (c != null) {
                cols.append(cols.isEmpty() ? "" : "、").append(c.header());
            }
        }
        env.out().println(m.get("cli.schools.columns", table.headerRow(), cols));
        if (!table.ignored().isEmpty()) {
            env.out().println(m.get("cli.schools.ignored", String.join("、", table.ignored())));
        }
        if (!table.problems().isEmpty()) {
            env.err().println(m.get("cli.import.problems", table.problems().size()));
            throw new InputRejectedException(table.problems());
        }
        SchoolImportService.Summary s = dryRun
                ? ctx.schoolImports().preview(table)
                : ctx.schoolImports().apply(table).summary();
        env.out()
                .println(m.get(
                        dryRun ? "cli.schools.dryRun" : "cli.schools.done",
                        table.rows().size(),
                        s.newSchools(),
                        s.changedSchools(),
                        s.newRows(),
                        s.changedRows(),
                        s.unchangedRows()));
        return ExitCodes.OK;
    }

    private int export(AppContext ctx) {
        String name = exportFile.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean xlsx = name.endsWith(".xlsx");
        if (!xlsx && !name.endsWith(".csv")) {
            env.err().println(env.messages().get("cli.formatUnsupported", name, ".csv, .xlsx"));
            return ExitCodes.USAGE;
        }
        List<SchoolRow> rows = ctx.schoolImports().rows();
        try {
            AtomicFiles.write(exportFile.toAbsolutePath(), os -> {
                if (xlsx) {
                    SchoolTableWriter.xlsx(rows, os);
                } else {
                    SchoolTableWriter.csv(rows, os);
                }
            });
        } catch (IOException e) {
            env.err().println(env.writeFailed(exportFile, e));
            return ExitCodes.FAILED;
        }
        env.out().println(env.messages().get("cli.schools.exported", rows.size(), exportFile.toAbsolutePath()));
        return ExitCodes.OK;
    }
}
