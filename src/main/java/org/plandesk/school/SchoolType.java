package org.plandesk.school;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** The kinds of school in the registry and the sections (学部) each has. */
public enum SchoolType {
    KINDERGARTEN("幼儿园"),
    PRIMARY("小学", Section.PRIMARY),
    JUNIOR("初中", Section.JUNIOR),
    NINE_YEAR("九年一贯制", Section.PRIMARY, Section.JUNIOR),
    COMPLETE_SECONDARY("完全中学", Section.JUNIOR, Section.SENIOR),
    TWELVE_YEAR("十二年一贯制", Section.PRIMARY, Section.JUNIOR, Section.SENIOR),
    SENIOR("高中", Section.SENIOR),
    VOCATIONAL("中职", Section.SENIOR),
    SPECIAL("特殊教育", Section.PRIMARY, Section.JUNIOR, Section.SENIOR);

    private final String label;
    private final Set<Section> sections;

    SchoolType(String label, Section... sections) {
        this.label = label;
        this.sections = sections.length == 0 ? EnumSet.noneOf(Section.class) : EnumSet.of(sections[0], sections);
    }

    public String label() {
        return label;
    }

    /** The sections this kind of school has; a school of more than one may also have a 全校 row. */
    public Set<Section> sections() {
        return EnumSet.copyOf(sections.isEmpty() ? EnumSet.noneOf(Section.class) : sections);
    }

    /**
     * True when a row of this section belongs to a school of this type: its own sections, and 全校 for a school of
     * several sections (shared figures) or of none (a 幼儿园 records its figures as 全校; they take no part in the
     * compulsory-education statistics).
     */
    public boolean allows(Section section) {
        return section == Section.WHOLE ? sections.size() != 1 : sections.contains(section);
    }

    /** Reads the Chinese name (or the enum name); 九年一贯 / 完中 / 十二年一贯 are accepted. */
    public static Optional<SchoolType> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        for (SchoolType s : values()) {
            if (s.label.equals(t) || s.name().equalsIgnoreCase(t)) {
                return Optional.of(s);
            }
        }
        return switch (t) {
            case "九年一贯", "九年一贯制学校" -> Optional.of(NINE_YEAR);
            case "完中" -> Optional.of(COMPLETE_SECONDARY);
            case "十二年一贯" -> Optional.of(TWELVE_YEAR);
            case "小学校" -> Optional.of(PRIMARY);
            case "初级中学" -> Optional.of(JUNIOR);
            case "高级中学", "普通高中" -> Optional.of(SENIOR);
            case "中等职业学校", "职高" -> Optional.of(VOCATIONAL);
            case "特殊教育学校", "特校" -> Optional.of(SPECIAL);
            default -> Optional.empty();
        };
    }
}
