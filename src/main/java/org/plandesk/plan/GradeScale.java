package org.plandesk.plan;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Ordinal scales of grades, lowest first: D &lt; C &lt; B &lt; A; 待提高 &lt; 合格 &lt; 良好 &lt; 优秀; Ⅰ &lt; Ⅱ &lt; Ⅲ &lt; Ⅳ.
 */
public enum GradeScale {
    LETTER("letter", List.of("D", "C", "B", "A")),
    QUALITY("quality", List.of("待提高", "合格", "良好", "优秀")),
    ROMAN("roman", List.of("Ⅰ", "Ⅱ", "Ⅲ", "Ⅳ"));

    private final String code;
    private final List<String> grades;

    GradeScale(String code, List<String> grades) {
        this.code = code;
        this.grades = grades;
    }

    public String code() {
        return code;
    }

    /** The grades of this scale, lowest first. */
    public List<String> grades() {
        return grades;
    }

    /** Rank of a canonical grade label in this scale (0 = lowest), or -1. */
    public int rank(String grade) {
        return grades.indexOf(grade);
    }

    public static GradeScale fromCode(String code) {
        for (GradeScale s : values()) {
            if (s.code.equalsIgnoreCase(code) || s.name().equalsIgnoreCase(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown grade scale: " + code);
    }

    /** The scale a canonical grade label belongs to. */
    public static Optional<GradeScale> of(String grade) {
        for (GradeScale s : values()) {
            if (s.grades.contains(grade)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /**
     * Canonical label of a grade as planners write it: {@code A等}, {@code a}, {@code Ⅲ级}, {@code III}, {@code 良好} …;
     * empty when the text is not a grade.
     */
    public static Optional<String> canonical(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        if (t.endsWith("等") || t.endsWith("级")) {
            t = t.substring(0, t.length() - 1);
        }
        switch (t.toUpperCase(Locale.ROOT)) {
            case "A", "B", "C", "D" -> {
                return Optional.of(t.toUpperCase(Locale.ROOT));
            }
            case "I", "Ⅰ" -> {
                return Optional.of("Ⅰ");
            }
            case "II", "Ⅱ" -> {
                return Optional.of("Ⅱ");
            }
            case "III", "Ⅲ" -> {
                return Optional.of("Ⅲ");
            }
            case "IV", "Ⅳ" -> {
                return Optional.of("Ⅳ");
            }
            default -> {
                return QUALITY.grades.contains(t) ? Optional.of(t) : Optional.empty();
            }
        }
    }
}
