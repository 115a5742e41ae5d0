package org.plandesk.chart;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.plandesk.plan.ActualEntry;
import org.plandesk.plan.Comparator;
import org.plandesk.plan.Direction;
import org.plandesk.plan.GradeScale;
import org.plandesk.plan.Indicator;
import org.plandesk.plan.Observation;
import org.plandesk.plan.Part;
import org.plandesk.plan.PlanData;
import org.plandesk.plan.Status;
import org.plandesk.plan.StatusRules;
import org.plandesk.plan.Target;
import org.plandesk.plan.TargetEntry;
import org.plandesk.shared.Messages;
import org.plandesk.shared.Numbers;

/** Builds trajectory models from a plan's data. */
public final class TrajectorySpecs {
    private final Messages messages;
    private final ZoneId zone;

    public TrajectorySpecs(Messages messages, ZoneId zone) {
        this.messages = messages;
        this.zone = zone;
    }

    /**
     * The trajectory of one indicator.
     *
     * @param today the date shown as "数据截至" when no actual has an entry time
     */
    public TrajectorySpec trajectory(PlanData data, Indicator ind, LocalDate today, int currentYear) {
        int[] span = data.yearSpan();
        GradeScale scale = ind.gradeScale();
        List<TrajectorySpec.PartSeries> series = new ArrayList<>();
        String source = "";
        LocalDate asOf = null;
        for (Part part : data.parts(ind)) {
            List<TrajectorySpec.TargetPoint> targets = new ArrayList<>();
            for (Map.Entry<Integer, TargetEntry> e : new TreeMap<>(data.targets(part)).entrySet()) {
                Target t = e.getValue().target();
                if (source.isEmpty()) {
                    source = e.getValue().source();
                }
                double v = t.isGrade() ? rank(scale, t.grade()) : t.value();
                boolean below = t.comparator().acceptsBelow()
                        || (t.comparator() == Comparator.EQUAL && ind.direction() == Direction.LOWER_IS_BETTER);
                targets.add(new TrajectorySpec.TargetPoint(
                        e.getKey(), v, t.comparator() == Comparator.RANGE ? t.upper() : null, below, t.display()));
            }
            List<TrajectorySpec.Point> actuals = new ArrayList<>();
            for (ActualEntry a : new TreeMap<>(data.actuals(part)).values()) {
                TrajectorySpec.Point point = point(scale, a);
                if (data.status(part, a.year(), currentYear) == Status.MISSED) {
                    point = new TrajectorySpec.Point(
                            point.year(), point.value(), messages.get("chart.missedLabel", point.label()), true);
                }
                actuals.add(point);
                if (source.isEmpty()) {
                    source = a.source();
                }
                LocalDate entered = a.enteredAt().atZone(zone).toLocalDate();
                asOf = asOf == null || entered.isAfter(asOf) ? entered : asOf;
            }
            TrajectorySpec.Point baseline = data.baselines(part).values().stream()
                    .max(java.util.Comparator.comparingInt(ActualEntry::year))
                    .map(b -> point(scale, b))
                    .orElse(null);
            series.add(new TrajectorySpec.PartSeries(
                    part.name(), targets, actuals, baseline, projection(data.history(part), actuals, span[1], scale)));
        }
        String unit = ind.unit() == null ? "" : ind.unit();
        String subtitle = unit.isEmpty()
                ? data.plan().displayName()
                : messages.get("chart.subtitle", data.plan().displayName(), unit);
        String footer = (source.isEmpty() ? "" : messages.get("chart.source", source) + "    ")
                + messages.get("chart.asOf", (asOf != null ? asOf : today).toString());
        return new TrajectorySpec(
                ind.name(),
                subtitle,
                footer,
                unit,
                ind.direction(),
                scale,
                span[0],
                span[1],
                series,
                data.status(ind, latestJudgedYear(data, ind, currentYear), currentYear),
                ind.code());
    }

    /** The year whose status represents the indicator: the last target year that has ended, else the first. */
    static int latestJudgedYear(PlanData data, Indicator ind, int currentYear) {
        int best = Integer.MIN_VALUE;
        int first = Integer.MAX_VALUE;
        for (Part p : data.parts(ind)) {
            for (int y : data.targets(p).keySet()) {
                first = Math.min(first, y);
                if (y < currentYear) {
                    best = Math.max(best, y);
                }
            }
        }
        return best != Integer.MIN_VALUE ? best : first == Integer.MAX_VALUE ? currentYear : first;
    }

    private static List<TrajectorySpec.Point> projection(
            List<Observation> history, List<TrajectorySpec.Point> actuals, int lastYear, GradeScale scale) {
        if (scale != null || actuals.isEmpty()) {
            return List.of();
        }
        TrajectorySpec.Point last = actuals.get(actuals.size() - 1);
        if (last.year() >= lastYear) {
            return List.of();
        }
        OptionalDouble p = StatusRules.project(history, lastYear);
        if (p.isEmpty()) {
            return List.of();
        }
        return List.of(
                last, new TrajectorySpec.Point(lastYear, p.getAsDouble(), Numbers.format(round(p.getAsDouble()))));
    }

    private static double round(double v) {
        double scale = Math.abs(v) >= 100 ? 1 : Math.abs(v) >= 1 ? 10 : 1000;
        return Math.round(v * scale) / scale;
    }

    private static TrajectorySpec.Point point(GradeScale scale, ActualEntry a) {
        if (a.grade() != null) {
            return new TrajectorySpec.Point(a.year(), rank(scale, a.grade()), a.grade());
        }
        return new TrajectorySpec.Point(a.year(), a.value(), Numbers.format(a.value()));
    }

    private static double rank(GradeScale scale, String grade) {
        GradeScale s = scale != null ? scale : GradeScale.of(grade).orElse(GradeScale.LETTER);
        return Math.max(0, s.rank(grade));
    }
}
