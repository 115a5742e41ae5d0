package org.plandesk.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * How an actual is judged against a target (DESIGN §3): inclusive where the text is inclusive; missed only once the
 * year has ended; pending without an actual; at risk when the trend of actuals projects a miss.
 */
public final class StatusRules {
    private static final double EPS = 1e-9;

    private StatusRules() {}

    /** Whether an observation satisfies a target. A number against a grade target (or the reverse) does not. */
    public static boolean satisfies(Target target, Observation actual) {
        if (target.isGrade()) {
            if (actual.grade() == null) {
                return false;
            }
            GradeScale scale = GradeScale.of(target.grade()).orElseThrow();
            int want = scale.rank(target.grade());
            int have = scale.rank(actual.grade());
            if (have < 0) {
                return false;
            }
            return switch (target.comparator()) {
                case AT_LEAST -> have >= want;
                case ABOVE -> have > want;
                case AT_MOST -> have <= want;
                case BELOW -> have < want;
                case EQUAL, RANGE -> have == want;
            };
        }
        if (actual.value() == null) {
            return false;
        }
        double a = actual.value();
        double v = target.value();
        double tol = EPS * Math.max(1, Math.abs(v));
        return switch (target.comparator()) {
            case AT_LEAST -> a >= v - tol;
            case AT_MOST -> a <= v + tol;
            case ABOVE -> a > v + tol;
            case BELOW -> a < v - tol;
            case EQUAL -> Math.abs(a - v) <= tol;
            case RANGE -> a >= v - tol && a <= target.upper() + EPS * Math.max(1, Math.abs(target.upper()));
        };
    }

    /**
     * Achievement: actual/target for higher-is-better, target/actual for lower-is-better; empty for grades or a zero
     * divisor. A range is judged against the bound on the good side.
     */
    public static OptionalDouble achievement(Target target, Observation actual, Direction direction) {
        if (target.isGrade() || actual.value() == null) {
            return OptionalDouble.empty();
        }
        boolean lower =
                direction == Direction.LOWER_IS_BETTER || target.comparator().acceptsBelow();
        double t = target.comparator() == Comparator.RANGE ? (lower ? target.upper() : target.value()) : target.value();
        double a = actual.value();
        if (lower) {
            return a == 0 ? OptionalDouble.empty() : OptionalDouble.of(t / a);
        }
        return t == 0 ? OptionalDouble.empty() : OptionalDouble.of(a / t);
    }

    /**
     * Status of one part in one year.
     *
     * @param target      the year's target, or null
     * @param actual      the year's actual, or null
     * @param year        the year judged
     * @param currentYear the year of today: a year has ended when it is before this
     * @param history     baseline and actuals of the part (any years), for the trend
     */
    public static Status status(
            Target target, Observation actual, int year, int currentYear, List<Observation> history) {
        if (target == null) {
            return Status.NO_TARGET;
        }
        if (actual != null) {
            if (satisfies(target, actual)) {
                return Status.MET;
            }
            return year < currentYear ? Status.MISSED : Status.AT_RISK;
        }
        OptionalDouble projected = project(history, year);
        if (projected.isPresent()
                && !target.isGrade()
                && !satisfies(target, Observation.of(year, projected.getAsDouble()))) {
            return Status.AT_RISK;
        }
        return Status.PENDING;
    }

    /**
     * Linear least-squares projection of numeric observations to a year; empty with fewer than two distinct years of
     * numbers before that year.
     */
    public static OptionalDouble project(List<Observation> history, int year) {
        List<Observation> points = new ArrayList<>();
        for (Observation o : history) {
            if (o.value() != null && o.year() < year) {
                points.add(o);
            }
        }
        long distinctYears =
                points.stream().mapToInt(Observation::year).distinct().count();
        if (distinctYears < 2) {
            return OptionalDouble.empty();
        }
        double n = points.size();
        double sx = 0;
        double sy = 0;
        for (Observation o : points) {
            sx += o.year();
            sy += o.value();
        }
        double mx = sx / n;
        double my = sy / n;
        double sxy = 0;
        double sxx = 0;
        for (Observation o : points) {
            sxy += (o.year() - mx) * (o.value() - my);
            sxx += (o.year() - mx) * (o.year() - mx);
        }
        double slope = sxy / sxx;
        return OptionalDouble.of(my + slope * (year - mx));
    }
}
