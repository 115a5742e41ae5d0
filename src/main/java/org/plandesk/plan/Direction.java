package org.plandesk.plan;

/** Whether a larger or a smaller figure is better for an indicator. */
public enum Direction {
    HIGHER_IS_BETTER("higher"),
    LOWER_IS_BETTER("lower");

    private final String code;

    Direction(String code) {
        this.code = code;
    }

    /** Stable text form used in files and the database. */
    public String code() {
        return code;
    }

    public static Direction fromCode(String code) {
        for (Direction d : values()) {
            if (d.code.equalsIgnoreCase(code) || d.name().equalsIgnoreCase(code)) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown direction: " + code);
    }
}
