package org.plandesk.plan;

import org.plandesk.shared.Problem;

/** A target cell that cannot be understood; the problem says what was expected. */
public class TargetParseException extends Exception {
    private final transient Problem problem;

    public TargetParseException(Problem problem) {
        super(problem.key() + " " + problem.args());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
