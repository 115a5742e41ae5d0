package org.plandesk.plan;

/** An actual figure of a year, or the baseline (基期) a plan starts from. */
public enum ActualKind {
    ACTUAL("actual"),
    BASELINE("baseline");

    private final String code;

    ActualKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
