package org.plandesk.school;

import java.util.Optional;

/** A school section (学部). {@link #WHOLE} (全校) holds figures shared by the sections of a multi-section school. */
public enum Section {
    PRIMARY("小学", 1),
    JUNIOR("初中", 2),
    SENIOR("高中", 3),
    WHOLE("全校", 0);

    private final String label;
    private final int order;

    Section(String label, int order) {
        this.label = label;
        this.order = order;
    }

    /** The Chinese name as written in tables: 小学, 初中, 高中, 全校. */
    public String label() {
        return label;
    }

    /** Display order: 全校 first, then 小学, 初中, 高中. */
    public int order() {
        return order;
    }

    /** True for the stages of compulsory education judged for balance (小学, 初中). */
    public boolean isCompulsory() {
        return this == PRIMARY || this == JUNIOR;
    }

    /** Reads 小学 / 小学部 / 初中 / 初中部 / 高中 / 高中部 / 全校 / 全校合计, or the enum name. */
    public static Optional<Section> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().replace("部", "").replace("合计", "");
        for (Section s : values()) {
            if (s.label.equals(t) || s.name().equalsIgnoreCase(t)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
