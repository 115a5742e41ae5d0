package org.plandesk.workspace;

import org.plandesk.shared.Problem;

/** The workspace cannot be used: in use by another PlanDesk, unreadable, or not a workspace. */
public class WorkspaceUnavailableException extends Exception {
    private final transient Problem problem;

    public WorkspaceUnavailableException(Problem problem, Throwable cause) {
        super(problem.key() + " " + problem.args(), cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
