package org.plandesk.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.plandesk.backup.Backups;
import org.plandesk.context.AppContext;
import org.plandesk.shared.Failures;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code backup --workspace FILE --out FILE}: the workspace as data PlanDesk reads back itself (DESIGN D5). */
@Command(name = "backup", description = "备份工作区（数据文件与清单）/ Back up a workspace as data files with a manifest")
final class BackupCommand extends WorkspaceCommand {
    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The backup file to write (.zip)")
    Path out;

    BackupCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    protected int run(AppContext ctx) {
        try {
            var summary = new Backups().backup(ctx.workspace(), out.toAbsolutePath());
            env.out().println(env.messages().get("cli.backup.done", summary.total(), out));
            return ExitCodes.OK;
        } catch (IOException e) {
            env.err().println(Failures.describe(e, env.messages()));
            return ExitCodes.FAILED;
        }
    }
}
