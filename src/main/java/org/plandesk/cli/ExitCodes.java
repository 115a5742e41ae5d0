package org.plandesk.cli;

/** Exit statuses of the command line (DESIGN §4). */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final int INPUT_REJECTED = 3;
    public static final int WORKSPACE_UNAVAILABLE = 4;

    private ExitCodes() {}
}
