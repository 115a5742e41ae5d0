package org.plandesk.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.plandesk.backup.AutomaticBackups;
import org.plandesk.context.AppContext;
import org.plandesk.shared.InputRejectedException;
import org.plandesk.shared.StorageException;
import org.plandesk.workspace.WorkspaceUnavailableException;
import picocli.CommandLine.Option;

/**
 * A command that works on a workspace: opens it, runs, closes it, and turns the user's mistakes into exit statuses
 * and messages (3 input rejected, 4 workspace unavailable), never a stack trace.
 */
abstract class WorkspaceCommand implements Callable<Integer> {
    protected final CliEnvironment env;

    @Option(
            names = "--workspace",
            paramLabel = "FILE",
            description = "Workspace file, with or without .mv.db (default: the user's default workspace)")
    Path workspace;

    WorkspaceCommand(CliEnvironment env) {
        this.env = env;
    }

    /** Work to start before the workspace opens, overlapping with it (e.g. loading fonts and chart classes). */
    protected void beforeOpen() {
        // nothing by default
    }

    @Override
    public final Integer call() {
        beforeOpen();
        try (AppContext ctx = env.open(workspace)) {
            return run(ctx);
        } catch (WorkspaceUnavailableException e) {
            env.err().println(env.messages().format(e.problem()));
            latestBackup(e).ifPresent(env.err()::println);
            return ExitCodes.WORKSPACE_UNAVAILABLE;
        } catch (InputRejectedException e) {
            e.lines(env.messages()).forEach(env.err()::println);
            return ExitCodes.INPUT_REJECTED;
        } catch (StorageException e) {
            env.err().println(env.messages().format(e.problem()));
            return ExitCodes.FAILED;
        } finally {
            env.out().flush();
            env.err().flush();
        }
    }

    protected abstract int run(AppContext ctx) throws InputRejectedException;

    /** For a workspace that is damaged (not one in use or refused as foreign), where its latest backup is. */
    private Optional<String> latestBackup(WorkspaceUnavailableException e) {
        if (env.backups() == null || !e.isDamaged()) {
            return Optional.empty();
        }
        try {
            return env.backups()
                    .latest(env.workspaceOrDefault(workspace))
                    .map(p -> env.messages().get("workspace.latestBackup", p, AutomaticBackups.when(p)));
        } catch (IOException ex) {
            return Optional.empty();
        }
    }
}
