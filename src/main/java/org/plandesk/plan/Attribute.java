package org.plandesk.plan;

/** 约束性 (binding) or 预期性 (expected) indicator. */
public enum Attribute {
    BINDING("约束性"),
    EXPECTED("预期性");

    private final String chinese;

    Attribute(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }

    /** Accepts 约束性/预期性, binding/expected; null or blank gives null. */
    public static Attribute parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        for (Attribute a : values()) {
            if (a.chinese.equals(t) || a.name().equalsIgnoreCase(t) || a.chinese.startsWith(t)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown attribute: " + text);
    }
}
