package org.plandesk.chart;

import java.util.List;
import org.plandesk.plan.Direction;
import org.plandesk.plan.GradeScale;
import org.plandesk.plan.Status;

/**
 * The model of an indicator's trajectory chart: per part, targets (with comparator), actuals, baseline and a
 * projection to the final year. Grade values are ranks on the grade scale (0 = lowest).
 *
 * @param title      the indicator's name
 * @param subtitle   plan and unit
 * @param footer     source and "数据截至 date"
 * @param unit       unit shown on the value axis
 * @param direction  higher or lower is better
 * @param gradeScale the ordinal scale of a grade indicator, else null
 * @param firstYear  first year on the axis
 * @param lastYear   last year on the axis
 * @param parts      one series group per part
 * @param status     the indicator's overall status (for dashboard frames)
 * @param code       序号, for file names
 */
public record TrajectorySpec(
        String title,
        String subtitle,
        String footer,
        String unit,
        Direction direction,
        GradeScale gradeScale,
        int firstYear,
        int lastYear,
        List<PartSeries> parts,
        Status status,
        String code) {

    /** The same chart judged in another year (the year in focus of a dashboard tile). */
    public TrajectorySpec withStatus(Status judged) {
        return new TrajectorySpec(
                title, subtitle, footer, unit, direction, gradeScale, firstYear, lastYear, parts, judged, code);
    }

    /** One part: its name (empty for a single-part indicator) and its points. */
    public record PartSeries(
            String name, List<TargetPoint> targets, List<Point> actuals, Point baseline, List<Point> projection) {}

    /**
     * A target: value (rank for grades), upper bound for a range, and whether the acceptable side is below it.
     *
     * @param label the comparator and value as shown, e.g. {@code ≥95}
     */
    public record TargetPoint(int year, double value, Double upper, boolean acceptableBelow, String label) {}

    /**
     * A point with its label; {@code missed} for an actual that misses its year's target in a year that has ended
     * (drawn hollow with the 未达成 colour's outline, and the word in its label).
     */
    public record Point(int year, double value, String label, boolean missed) {
        public Point(int year, double value, String label) {
            this(year, value, label, false);
        }
    }

    public boolean isGrade() {
        return gradeScale != null;
    }

    /** Every value on the chart, for the axis range. */
    public double[] valueRange() {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (PartSeries p : parts) {
            for (TargetPoint t : p.targets()) {
                lo = Math.min(lo, t.value());
                hi = Math.max(hi, t.upper() != null ? t.upper() : t.value());
            }
            for (Point a : p.actuals()) {
                lo = Math.min(lo, a.value());
                hi = Math.max(hi, a.value());
            }
            for (Point a : p.projection()) {
                lo = Math.min(lo, a.value());
                hi = Math.max(hi, a.value());
            }
            if (p.baseline() != null) {
                lo = Math.min(lo, p.baseline().value());
                hi = Math.max(hi, p.baseline().value());
            }
        }
        if (lo > hi) {
            return new double[] {0, 1};
        }
        return new double[] {lo, hi};
    }
}
