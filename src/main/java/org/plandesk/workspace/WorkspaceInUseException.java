package org.plandesk.workspace;

import java.nio.file.Path;
import org.plandesk.shared.Problem;

/** Another PlanDesk holds the workspace: "工作区正被另一个 PlanDesk 使用：…". */
public class WorkspaceInUseException extends WorkspaceUnavailableException {
    public WorkspaceInUseException(Path file, Throwable cause) {
        super(Problem.of("workspace.inUse", file.toString()), cause);
    }
}
