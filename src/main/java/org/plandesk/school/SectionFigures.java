package org.plandesk.school;

import java.util.Arrays;

/**
 * The figures of one school section in one year. A figure not reported is NaN.
 *
 * @param schoolId the school's id
 * @param year     the school year's calendar year as the table says (年份)
 * @param section  学部, or {@link Section#WHOLE} for shared figures
 * @param values   one value per {@link Figure}, in its order
 */
public record SectionFigures(long schoolId, int year, Section section, double[] values) {

    public SectionFigures {
        if (values.length != Figure.values().length) {
            throw new IllegalArgumentException("one value per figure expected");
        }
        values = values.clone();
    }

    public static SectionFigures empty(long schoolId, int year, Section section) {
        double[] v = new double[Figure.values().length];
        Arrays.fill(v, Double.NaN);
        return new SectionFigures(schoolId, year, section, v);
    }

    public double get(Figure f) {
        return values[f.ordinal()];
    }

    public boolean has(Figure f) {
        return !Double.isNaN(values[f.ordinal()]);
    }

    /** A copy with one figure changed (NaN clears it). */
    public SectionFigures with(Figure f, double value) {
        double[] v = values.clone();
        v[f.ordinal()] = value;
        return new SectionFigures(schoolId, year, section, v);
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SectionFigures s
                && s.schoolId == schoolId
                && s.year == year
                && s.section == section
                && Arrays.equals(s.values, values);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(schoolId) * 31 + year * 7 + section.hashCode() + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "SectionFigures[" + schoolId + ", " + year + ", " + section + ", " + Arrays.toString(values) + "]";
    }
}
