package org.plandesk.shared;

/**
 * The workspace could not be read or written (the database said no): the one exception the services let through for
 * storage failures, so the UI and the command line handle PlanDesk's own exceptions and never JDBC's. Carries the
 * problem in the user's language.
 */
public final class StorageException extends RuntimeException implements ProblemCarrier {
    private static final long serialVersionUID = 1L;
    private final transient Problem problem;

    public StorageException(Problem problem, Throwable cause) {
        super(String.valueOf(problem), cause);
        this.problem = problem;
    }

    @Override
    public Problem problem() {
        return problem;
    }
}
