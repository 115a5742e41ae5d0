package org.plandesk.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything of one plan, loaded at once: structure, indicators, parts, targets and actuals. */
public final class PlanData {
    private final Plan plan;
    private final List<Task> tasks;
    private final List<IndicatorGroup> groups;
    private final List<Indicator> indicators;
    private final Map<Long, List<Part>> partsByIndicator = new HashMap<>();
    private final Map<Long, Map<Integer, TargetEntry>> targetsByPart = new HashMap<>();
    private final Map<Long, Map<Integer, ActualEntry>> actualsByPart = new HashMap<>();
    private final Map<Long, Map<Integer, ActualEntry>> baselinesByPart = new HashMap<>();
    private final Map<Long, PlausibleRange> ranges;

    public PlanData(
            Plan plan,
            List<Task> tasks,
            List<IndicatorGroup> groups,
            List<Indicator> indicators,
            List<Part> parts,
            List<TargetEntry> targets,
            List<ActualEntry> actuals) {
        this(plan, tasks, groups, indicators, parts, targets, actuals, Map.of());
    }

    /** @param ranges the plausible ranges the planner gave indicators, by indicator id */
    public PlanData(
            Plan plan,
            List<Task> tasks,
            List<IndicatorGroup> groups,
            List<Indicator> indicators,
            List<Part> parts,
            List<TargetEntry> targets,
            List<ActualEntry> actuals,
            Map<Long, PlausibleRange> ranges) {
        this.ranges = Map.copyOf(ranges);
        this.plan = plan;
        this.tasks = List.copyOf(tasks);
        this.groups = List.copyOf(groups);
        this.indicators = List.copyOf(indicators);
        for (Part p : parts) {
            partsByIndicator
                    .computeIfAbsent(p.indicatorId(), k -> new ArrayList<>())
                    .add(p);
        }
        partsByIndicator.values().forEach(l -> l.sort(java.util.Comparator.comparingInt(Part::sortOrder)));
        for (TargetEntry t : targets) {
            targetsByPart.computeIfAbsent(t.partId(), k -> new HashMap<>()).put(t.year(), t);
        }
        for (ActualEntry a : actuals) {
            var map = a.kind() == ActualKind.BASELINE ? baselinesByPart : actualsByPart;
            map.computeIfAbsent(a.partId(), k -> new HashMap<>()).put(a.year(), a);
        }
    }

    /** The indicator's plausible range: its own, else the one its unit and name imply. */
    public PlausibleRange range(Indicator i) {
        PlausibleRange own = ranges.get(i.id());
        return own != null ? own : PlausibleRange.defaultFor(i.unit(), i.name());
    }

    /** The range the planner gave the indicator, if any. */
    public Optional<PlausibleRange> ownRange(Indicator i) {
        return Optional.ofNullable(ranges.get(i.id()));
    }

    public Plan plan() {
        return plan;
    }

    public List<Task> tasks() {
        return tasks;
    }

    public List<IndicatorGroup> groups() {
        return groups;
    }

    public List<Indicator> indicators() {
        return indicators;
    }

    public List<Part> parts(Indicator indicator) {
        return Collections.unmodifiableList(partsByIndicator.getOrDefault(indicator.id(), List.of()));
    }

    public Optional<IndicatorGroup> group(Indicator indicator) {
        return groups.stream().filter(g -> g.id() == indicator.groupId()).findFirst();
    }

    public Optional<TargetEntry> target(Part part, int year) {
        return Optional.ofNullable(
                targetsByPart.getOrDefault(part.id(), Map.of()).get(year));
    }

    public Optional<ActualEntry> actual(Part part, int year) {
        return Optional.ofNullable(
                actualsByPart.getOrDefault(part.id(), Map.of()).get(year));
    }

    public Optional<ActualEntry> baseline(Part part, int year) {
        return Optional.ofNullable(
                baselinesByPart.getOrDefault(part.id(), Map.of()).get(year));
    }

    /** All targets of a part, by year. */
    public Map<Integer, TargetEntry> targets(Part part) {
        return Collections.unmodifiableMap(targetsByPart.getOrDefault(part.id(), Map.of()));
    }

    /** All actuals (not baselines) of a part, by year. */
    public Map<Integer, ActualEntry> actuals(Part part) {
        return Collections.unmodifiableMap(actualsByPart.getOrDefault(part.id(), Map.of()));
    }

    /** All baselines of a part, by year. */
    public Map<Integer, ActualEntry> baselines(Part part) {
        return Collections.unmodifiableMap(baselinesByPart.getOrDefault(part.id(), Map.of()));
    }

    /** Baselines and actuals of a part as observations, for trends. */
    public List<Observation> history(Part part) {
        List<Observation> out = new ArrayList<>();
        baselines(part).values().forEach(a -> out.add(a.observation()));
        actuals(part).values().forEach(a -> out.add(a.observation()));
        out.sort(java.util.Comparator.comparingInt(Observation::year));
        return out;
    }

    /** First and last year with a target, actual or baseline, widened to the plan's period. */
    public int[] yearSpan() {
        int lo = plan.startYear();
        int hi = plan.endYear();
        for (var m : List.of(targetsByPart, actualsByPart, baselinesByPart)) {
            for (var byYear : m.values()) {
                for (int y : byYear.keySet()) {
                    lo = Math.min(lo, y);
                    hi = Math.max(hi, y);
                }
            }
        }
        return new int[] {lo, hi};
    }

    /** Status of a part in a year. */
    public Status status(Part part, int year, int currentYear) {
        Target target = target(part, year).map(TargetEntry::target).orElse(null);
        Observation actual = actual(part, year).map(ActualEntry::observation).orElse(null);
        return StatusRules.status(target, actual, year, currentYear, history(part));
    }

    /** Status of an indicator in a year: met only when every part is met. */
    public Status status(Indicator indicator, int year, int currentYear) {
        List<Status> s = new ArrayList<>();
        for (Part p : parts(indicator)) {
            s.add(status(p, year, currentYear));
        }
        return Status.combine(s);
    }
}
