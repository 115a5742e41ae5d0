package org.plandesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import org.plandesk.backup.AutomaticBackups;
import org.plandesk.context.AppContext;
import org.plandesk.shared.Failures;
import org.plandesk.shared.Messages;
import org.plandesk.workspace.WorkspaceLocations;
import org.plandesk.workspace.WorkspaceUnavailableException;

/**
 * What every command needs: messages in the user's language, a clock, the output streams, and the automatic backups
 * the user's settings ask for (null: none).
 */
public record CliEnvironment(
        Messages messages, Clock clock, PrintWriter out, PrintWriter err, AutomaticBackups backups) {

    /** An environment without automatic backups. */
    public CliEnvironment(Messages messages, Clock clock, PrintWriter out, PrintWriter err) {
        this(messages, clock, out, err, null);
    }

    /** Opens the given workspace, or the default one; a new workspace gets the sample content. */
    public AppContext open(Path workspace) throws WorkspaceUnavailableException {
        return AppContext.open(
                workspace != null ? workspace : WorkspaceLocations.defaultWorkspace(), true, clock, backups);
    }

    /** A file that could not be written, in the user's words: a full disk and a read-only folder have their own. */
    public String writeFailed(Object target, Exception e) {
        return switch (Failures.kind(e)) {
            case DISK_FULL -> messages.get("failure.diskFull", target + ": " + Failures.reason(e));
            case READ_ONLY -> messages.get("failure.readOnly", target + ": " + Failures.reason(e));
            case OTHER -> messages.get("cli.writeFailed", target, Failures.firstLine(e));
        };
    }

    /** The workspace a command names, or the default one. */
    public Path workspaceOrDefault(Path workspace) {
        return workspace != null ? workspace : WorkspaceLocations.defaultWorkspace();
    }
}
