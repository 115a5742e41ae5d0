package org.plandesk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.plandesk.app.AppContext;
import org.plandesk.io.PlanTables;
import org.plandesk.io.TextDecoding;
import org.plandesk.plan.Plan;
import org.plandesk.plan.service.ImportSummary;
import org.plandesk.shared.InputRejectedException;
import org.plandesk.shared.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code import}: reads a table and writes it in one transaction, or refuses it whole (exit 3). */
@Command(name = "import", description = "导入表格（长表 CSV、规划清单、任务清单）/ Import a table: long CSV, plan list or task list")
final class ImportCommand extends WorkspaceCommand {
    @Option(names = "--file", required = true, paramLabel = "TABLE", description = "The table to import")
    Path file;

    @Option(names = "--plan", paramLabel = "NAME", description = "Plan for rows without one (existing or new)")
    String plan;

    @Option(names = "--dry-run", description = "Check and report, write nothing")
    boolean dryRun;

    ImportCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    protected int run(AppContext ctx) throws SQLException, InputRejectedException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw InputRejectedException.of(Problem.of("import.readFailed", file.toString(), String.valueOf(e)));
        }
        String defaultPlan = plan;
        if (plan != null) {
            defaultPlan = ctx.plans().find(plan).map(Plan::title).orElse(plan);
        }
        PlanTables tables = PlanTables.parse(TextDecoding.decode(bytes).text(), defaultPlan);
        ImportSummary s = ctx.imports().importAll(tables.plans(), tables.tasks(), tables.rows(), dryRun);
        env.out().println(env.messages().get(dryRun ? "cli.import.dryRun" : "cli.import.done", s.plansCreated(),
                s.indicatorsCreated(), s.targetsWritten(), s.actualsWritten(), s.tasksWritten()));
        return ExitCodes.OK;
    }
}
