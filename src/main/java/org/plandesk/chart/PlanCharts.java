package org.plandesk.chart;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plandesk.plan.Indicator;
import org.plandesk.plan.IndicatorGroup;
import org.plandesk.plan.Part;
import org.plandesk.plan.PlanData;
import org.plandesk.plan.Status;
import org.plandesk.shared.Messages;

/** The charts of a plan: one trajectory per indicator that has figures, the dashboard and the status summary. */
public final class PlanCharts {
    private final Messages messages;
    private final Clock clock;
    private final TrajectorySpecs specs;

    public PlanCharts(Messages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
        this.specs = new TrajectorySpecs(messages, clock.getZone());
    }

    public Messages messages() {
        return messages;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private int currentYear() {
        return today().getYear();
    }

    public TrajectoryChart trajectory(PlanData data, Indicator ind) {
        return new TrajectoryChart(specs.trajectory(data, ind, today(), currentYear()), messages);
    }

    /** Trajectories of every indicator with at least one target, actual or baseline, in plan order. */
    public List<TrajectoryChart> trajectories(PlanData data) {
        List<TrajectoryChart> out = new ArrayList<>();
        for (Indicator ind : data.indicators()) {
            if (hasFigures(data, ind)) {
                out.add(trajectory(data, ind));
            }
        }
        return out;
    }

    /** The trajectory of the indicator with this code (序号), or with this exact name. */
    public Optional<TrajectoryChart> trajectory(PlanData data, String codeOrName) {
        return data.indicators().stream()
                .filter(i -> i.code().equals(codeOrName))
                .findFirst()
                .or(() -> data.indicators().stream()
                        .filter(i -> i.name().equals(codeOrName))
                        .findFirst())
                .map(i -> trajectory(data, i));
    }

    /**
     * Small multiples of the plan's indicators, or of one 一级指标 when {@code group} is given; each tile judged in its
     * own latest ended target year.
     */
    public DashboardChart dashboard(PlanData data, String group) {
        return dashboard(data, group, null);
    }

    /**
     * Small multiples judged in {@code year} (the year in focus, named in the title): a tile's frame and status word
     * say how the indicator stands in that year (无目标 when it has no target then). With a null year, each tile is
     * judged in its indicator's latest ended target year.
     */
    public DashboardChart dashboard(PlanData data, String group, Integer year) {
        List<TrajectoryChart> tiles = new ArrayList<>();
        for (Indicator ind : data.indicators()) {
            String g = data.group(ind).map(IndicatorGroup::name).orElse("");
            if (hasFigures(data, ind) && (group == null || group.equals(g))) {
                TrajectoryChart t = trajectory(data, ind);
                tiles.add(
                        year == null
                                ? t
                                : new TrajectoryChart(
                                        t.spec().withStatus(data.status(ind, year, currentYear())), messages));
            }
        }
        String title = group == null ? data.plan().displayName() : data.plan().displayName() + " · " + group;
        return new DashboardChart(
                year == null
                        ? messages.get("chart.dashboard.title", title)
                        : messages.get("chart.dashboard.titleYear", title, year),
                messages.get("chart.asOf", today().toString()),
                tiles,
                messages);
    }

    /** Met, missed, at risk and pending indicators per 一级指标, each judged in its own latest ended target year. */
    public StatusSummaryChart summary(PlanData data) {
        return summary(data, null);
    }

    /**
     * Met, missed, at risk and pending indicators per 一级指标 in {@code year} (the year in focus, named in the title);
     * with a null year, each indicator is judged in its latest ended target year. An indicator without a target in
     * that year is not counted.
     */
    public StatusSummaryChart summary(PlanData data, Integer year) {
        if (year != null) {
            int current = today().getYear();
            Map<String, Map<Status, Integer>> counts = new LinkedHashMap<>();
            for (Indicator ind : data.indicators()) {
                Status s = data.status(ind, year, current);
                if (s == Status.NO_TARGET) {
                    continue;
                }
                String g = data.group(ind).map(IndicatorGroup::name).orElse(messages.get("grid.ungrouped"));
                counts.computeIfAbsent(g, k -> new EnumMap<>(Status.class)).merge(s, 1, Integer::sum);
            }
            return new StatusSummaryChart(
                    messages.get("chart.summary.titleYear", data.plan().displayName(), year),
                    messages.get("chart.asOf", today().toString()),
                    counts,
                    messages);
        }
        Map<String, Map<Status, Integer>> counts = new LinkedHashMap<>();
        for (TrajectoryChart t : trajectories(data)) {
            Indicator ind = data.indicators().stream()
                    .filter(i -> i.name().equals(t.spec().title())
                            && i.code().equals(t.spec().code()))
                    .findFirst()
                    .orElseThrow();
            String g = data.group(ind).map(IndicatorGroup::name).orElse(messages.get("grid.ungrouped"));
            Status s = t.spec().status() == Status.NO_TARGET
                    ? Status.PENDING
                    : t.spec().status();
            counts.computeIfAbsent(g, k -> new EnumMap<>(Status.class)).merge(s, 1, Integer::sum);
        }
        return new StatusSummaryChart(
                messages.get("chart.summary.title", data.plan().displayName()),
                messages.get("chart.asOf", today().toString()),
                counts,
                messages);
    }

    /** One chosen indicator per plan, followed across the plans on one time axis. */
    public AcrossPlansChart across(List<Map.Entry<PlanData, Indicator>> chosen) {
        List<TrajectorySpec> specsOut = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Map.Entry<PlanData, Indicator> e : chosen) {
            specsOut.add(specs.trajectory(e.getKey(), e.getValue(), today(), currentYear()));
            names.add(e.getKey().plan().displayName());
        }
        String title = chosen.isEmpty() ? "" : chosen.get(0).getValue().name();
        String unit = chosen.isEmpty() ? "" : chosen.get(0).getValue().unit();
        return new AcrossPlansChart(title, unit, specsOut, names, messages);
    }

    private static boolean hasFigures(PlanData data, Indicator ind) {
        for (Part p : data.parts(ind)) {
            if (!data.targets(p).isEmpty()
                    || !data.actuals(p).isEmpty()
                    || !data.baselines(p).isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
