package org.plandesk.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.plandesk.backup.Backups;
import org.plandesk.shared.Failures;
import org.plandesk.shared.InputRejectedException;
import org.plandesk.workspace.WorkspaceUnavailableException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code restore --from BACKUP --workspace NEWFILE}: a backup into a new workspace; never over an existing one. */
@Command(name = "restore", description = "从备份恢复到新的工作区 / Restore a backup into a new workspace")
final class RestoreCommand implements Callable<Integer> {
    private final CliEnvironment env;

    @Option(names = "--from", required = true, paramLabel = "BACKUP", description = "The backup file (.zip)")
    Path from;

    @Option(
            names = "--workspace",
            required = true,
            paramLabel = "NEWFILE",
            description = "A workspace that does " + "not exist yet")
    Path workspace;

    RestoreCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        try {
            var summary = new Backups().restore(from, workspace);
            env.out().println(env.messages().get("cli.restore.done", summary.total(), workspace));
            return ExitCodes.OK;
        } catch (InputRejectedException e) {
            e.lines(env.messages()).forEach(env.err()::println);
            return ExitCodes.INPUT_REJECTED;
        } catch (WorkspaceUnavailableException e) {
            env.err().println(env.messages().format(e.problem()));
            return ExitCodes.WORKSPACE_UNAVAILABLE;
        } catch (IOException e) {
            env.err().println(Failures.describe(e, env.messages()));
            return ExitCodes.FAILED;
        } finally {
            env.out().flush();
            env.err().flush();
        }
    }
}
