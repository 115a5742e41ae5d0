package org.plandesk.plan;

/**
 * An observed figure of a part in a year: a number or a grade.
 *
 * @param year  the year it applies to
 * @param value the number, or null
 * @param grade canonical grade label, or null
 */
public record Observation(int year, Double value, String grade) {
    public Observation {
        if (value == null && grade == null) {
            throw new IllegalArgumentException("an observation needs a value or a grade");
        }
    }

    public static Observation of(int year, double value) {
        return new Observation(year, value, null);
    }

    public static Observation grade(int year, String grade) {
        return new Observation(year, null, grade);
    }
}
