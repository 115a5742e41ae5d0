package org.plandesk.plan;

/** Levels of a plan's structure. */
public enum TaskLevel {
    SECTION, ACTION, PROJECT, ITEM;

    public static TaskLevel parse(String text) {
        return valueOf(text.strip().toUpperCase(java.util.Locale.ROOT));
    }

    public String messageKey() {
        return "task.level." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
