package org.plandesk.plan;

import java.util.Locale;

/** Levels of a plan's structure. */
public enum TaskLevel {
    SECTION,
    ACTION,
    PROJECT,
    ITEM;

    public static TaskLevel parse(String text) {
        return valueOf(text.strip().toUpperCase(Locale.ROOT));
    }

    public String messageKey() {
        return "task.level." + name().toLowerCase(Locale.ROOT);
    }
}
