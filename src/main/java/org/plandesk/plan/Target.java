package org.plandesk.plan;

import java.util.Objects;
import org.plandesk.shared.Numbers;

/**
 * One parsed target of one part in one year.
 *
 * @param comparator how an actual is judged against it
 * @param value      the number, or null for a grade target
 * @param upper      upper bound of a range, else null
 * @param grade      canonical grade label, or null for a numeric target
 * @param stretch    stretch grade of 保B争A, else null
 * @param text       the cell as written
 * @param cumulative true for 〔…〕: a total over the plan period
 * @param singleYear true for "（单年）": a figure for that year alone
 */
public record Target(
        Comparator comparator,
        Double value,
        Double upper,
        String grade,
        String stretch,
        String text,
        boolean cumulative,
        boolean singleYear) {

    public Target {
        Objects.requireNonNull(comparator, "comparator");
        if (value == null && grade == null) {
            throw new IllegalArgumentException("a target needs a value or a grade");
        }
        if (comparator == Comparator.RANGE && (value == null || upper == null)) {
            throw new IllegalArgumentException("a range needs both bounds");
        }
    }

    public static Target numeric(Comparator comparator, double value, String text) {
        return new Target(comparator, value, null, null, null, text, false, false);
    }

    public static Target range(double lower, double upper, String text) {
        return new Target(Comparator.RANGE, lower, upper, null, null, text, false, false);
    }

    public static Target grade(Comparator comparator, String grade, String stretch, String text) {
        return new Target(comparator, null, null, grade, stretch, text, false, false);
    }

    public boolean isGrade() {
        return grade != null;
    }

    /** Same target with another original text. */
    public Target withText(String newText) {
        return new Target(comparator, value, upper, grade, stretch, newText, cumulative, singleYear);
    }

    /**
     * A compact form that the target parser reads back as the same target: {@code ≥95}, {@code 63~65}, {@code 保B争A},
     * {@code 〔15000〕}, {@code 80（单年）}.
     */
    public String display() {
        String core;
        if (isGrade()) {
            core = stretch != null
                    ? "保" + grade + "争" + stretch
                    : comparator == Comparator.EQUAL ? grade : comparator.sign() + grade;
        } else if (comparator == Comparator.RANGE) {
            core = Numbers.format(value) + "~" + Numbers.format(upper);
        } else {
            core = comparator.sign() + Numbers.format(value);
        }
        if (cumulative) {
            core = "〔" + core + "〕";
        }
        return singleYear ? core + "（单年）" : core;
    }

    /** Same meaning (comparator, bounds, grades, flags), whatever the text. */
    public boolean sameAs(Target o) {
        return o != null
                && comparator == o.comparator
                && Objects.equals(value, o.value)
                && Objects.equals(upper, o.upper)
                && Objects.equals(grade, o.grade)
                && Objects.equals(stretch, o.stretch)
                && cumulative == o.cumulative
                && singleYear == o.singleYear;
    }
}
