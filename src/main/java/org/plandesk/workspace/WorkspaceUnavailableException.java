package org.plandesk.workspace;

import java.nio.file.Path;
import java.util.Set;
import org.plandesk.shared.Failures;
import org.plandesk.shared.Problem;
import org.plandesk.shared.ProblemCarrier;

/** The workspace cannot be used: in use by another PlanDesk, unreadable, or not a workspace. */
public class WorkspaceUnavailableException extends Exception implements ProblemCarrier {
    private static final Set<String> DAMAGED =
            Set.of("workspace.damaged", "workspace.unreadable", "workspace.notWorkspace", "workspace.upgradeFailed");
    private final transient Problem problem;

    public WorkspaceUnavailableException(Problem problem, Throwable cause) {
        super(problem.key() + " " + problem.args(), cause);
        this.problem = problem;
    }

    /**
     * A failure to open or create a workspace, in the user's words: a full disk and a read-only folder have their own
     * messages and are never reported as a damaged file; anything else is {@code otherwiseKey} with the first line.
     */
    public static WorkspaceUnavailableException because(Path data, Exception e, String otherwiseKey) {
        Problem p = switch (Failures.kind(e)) {
            case DISK_FULL -> Problem.of("failure.diskFull", data + ": " + Failures.reason(e));
            case READ_ONLY -> Problem.of("failure.readOnly", data + ": " + Failures.reason(e));
            case OTHER -> Problem.of(otherwiseKey, data.toString(), Failures.firstLine(e));
        };
        return new WorkspaceUnavailableException(p, e);
    }

    /** True when the file itself is damaged (not in use, not refused as foreign): its latest backup can help. */
    public boolean isDamaged() {
        return DAMAGED.contains(problem.key());
    }

    @Override
    public Problem problem() {
        return problem;
    }
}
