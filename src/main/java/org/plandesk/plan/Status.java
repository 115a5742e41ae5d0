package org.plandesk.plan;

import java.util.Locale;

/** Status of a part, or of an indicator, in one year (DESIGN §3). */
public enum Status {
    MET("达成", "✔"),
    MISSED("未达成", "✘"),
    AT_RISK("有风险", "▲"),
    PENDING("待填报", "…"),
    NO_TARGET("无目标", "");

    private final String chinese;
    private final String symbol;

    Status(String chinese, String symbol) {
        this.chinese = chinese;
        this.symbol = symbol;
    }

    public String chinese() {
        return chinese;
    }

    /** A symbol so that status is never shown by colour alone. */
    public String symbol() {
        return symbol;
    }

    /** Message key of the status name. */
    public String messageKey() {
        return "status." + name().toLowerCase(Locale.ROOT);
    }

    /**
     * Combines the statuses of an indicator's parts: met only when every part is met; a missed part makes it
     * missed, then at risk, then pending.
     */
    public static Status combine(Iterable<Status> parts) {
        boolean any = false;
        boolean missed = false;
        boolean risk = false;
        boolean pending = false;
        boolean allMet = true;
        for (Status s : parts) {
            if (s == NO_TARGET) {
                continue;
            }
            any = true;
            missed |= s == MISSED;
            risk |= s == AT_RISK;
            pending |= s == PENDING;
            allMet &= s == MET;
        }
        if (!any) {
            return NO_TARGET;
        }
        if (missed) {
            return MISSED;
        }
        if (risk) {
            return AT_RISK;
        }
        if (pending) {
            return PENDING;
        }
        return allMet ? MET : PENDING;
    }
}
