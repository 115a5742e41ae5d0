package org.plandesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import org.plandesk.context.AppContext;
import org.plandesk.shared.Messages;
import org.plandesk.workspace.WorkspaceLocations;
import org.plandesk.workspace.WorkspaceUnavailableException;

/** What every command needs: messages in the user's language, a clock, the output streams. */
public record CliEnvironment(Messages messages, Clock clock, PrintWriter out, PrintWriter err) {

    /** Opens the given workspace, or the default one; a new workspace gets the sample content. */
    public AppContext open(Path workspace) throws WorkspaceUnavailableException {
        return AppContext.open(workspace != null ? workspace : WorkspaceLocations.defaultWorkspace(), true, clock);
    }
}
