package org.plandesk.plan.io.wide;

import java.util.Locale;

/** What a column of a wide table holds. */
public enum ColumnRole {
    CODE,
    GROUP,
    INDICATOR,
    PART,
    UNIT,
    ATTRIBUTE,
    NOTE,
    TARGET,
    ACTUAL,
    BASELINE,
    IGNORE;

    public boolean hasYear() {
        return this == TARGET || this == ACTUAL || this == BASELINE;
    }

    public String messageKey() {
        return "role." + name().toLowerCase(Locale.ROOT);
    }
}
