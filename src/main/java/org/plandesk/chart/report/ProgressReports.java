package org.plandesk.chart.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.plandesk.chart.PlanCharts;
import org.plandesk.chart.TrajectoryChart;
import org.plandesk.plan.ActualEntry;
import org.plandesk.plan.Indicator;
import org.plandesk.plan.IndicatorGroup;
import org.plandesk.plan.Part;
import org.plandesk.plan.PlanData;
import org.plandesk.plan.Status;
import org.plandesk.plan.StatusRules;
import org.plandesk.plan.TargetEntry;
import org.plandesk.shared.Messages;
import org.plandesk.shared.Numbers;

/** Builds a {@link ProgressReport} from a plan and a year, with the same statuses as the grid and the charts. */
public final class ProgressReports {
    private final Messages messages;
    private final Clock clock;
    private final PlanCharts charts;

    public ProgressReports(Messages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
        this.charts = new PlanCharts(messages, clock);
    }

    public ProgressReport build(PlanData data, int year) {
        int currentYear = LocalDate.now(clock).getYear();
        Map<String, List<ProgressReport.Row>> rows = new LinkedHashMap<>();
        Map<String, Map<Status, Integer>> counts = new LinkedHashMap<>();
        Map<Status, Integer> totals = zero();
        List<TrajectoryChart> shown = new ArrayList<>();
        LocalDate asOf = null;
        String noGroup = messages.get("report.noGroup");
        for (Indicator ind : data.indicators()) {
            List<Part> parts = data.parts(ind);
            boolean anyTarget =
                    parts.stream().anyMatch(p -> data.target(p, year).isPresent());
            if (!anyTarget) {
                continue;
            }
            String group = data.group(ind).map(IndicatorGroup::name).orElse(noGroup);
            Status status = data.status(ind, year, currentYear);
            counts.computeIfAbsent(group, g -> zero()).merge(status, 1, Integer::sum);
            totals.merge(status, 1, Integer::sum);
            List<ProgressReport.Row> list = rows.computeIfAbsent(group, g -> new ArrayList<>());
            boolean first = true;
            for (Part part : parts) {
                Optional<TargetEntry> target = data.target(part, year);
                Optional<ActualEntry> actual = data.actual(part, year);
                if (actual.isPresent()) {
                    LocalDate entered =
                            actual.get().enteredAt().atZone(clock.getZone()).toLocalDate();
                    asOf = asOf == null || entered.isAfter(asOf) ? entered : asOf;
                }
                String achievement = "";
                if (target.isPresent() && actual.isPresent()) {
                    var a = StatusRules.achievement(
                            target.get().target(), actual.get().observation(), ind.direction());
                    if (a.isPresent()) {
                        achievement = String.format("%.1f%%", a.getAsDouble() * 100);
                    }
                }
                // the plan's own targets all come from its document (one footnote at the table); notes and where an
                // actual came from are footnotes of their row
                String note = join(
                        target.map(TargetEntry::note).orElse(""),
                        actual.map(ActualEntry::note).orElse(""),
                        actual.map(ActualEntry::source).orElse(""));
                list.add(new ProgressReport.Row(
                        first ? ind.code() : "",
                        first ? ind.name() : "",
                        part.name(),
                        part.unitOr(ind.unit()),
                        target.map(t -> t.target().display()).orElse("—"),
                        actual.map(ProgressReports::actualText).orElse("—"),
                        data.status(part, year, currentYear),
                        achievement,
                        note));
                first = false;
            }
            if (status == Status.MISSED || status == Status.AT_RISK) {
                shown.add(charts.trajectory(data, ind));
            }
        }
        List<ProgressReport.Group> groups = new ArrayList<>();
        rows.forEach((name, list) -> groups.add(new ProgressReport.Group(name, counts.get(name), list)));
        var plan = data.plan();
        String issuer = String.join(
                        "  ",
                        plan.issuer() == null ? "" : plan.issuer(),
                        plan.docNumber() == null ? "" : plan.docNumber())
                .strip();
        return new ProgressReport(
                messages.get("report.title", plan.displayName(), String.valueOf(year)),
                plan.title(),
                plan.displayName(),
                messages.get("report.period", String.valueOf(plan.startYear()), String.valueOf(plan.endYear())),
                issuer,
                year,
                asOf != null ? asOf : LocalDate.now(clock),
                plan.source() == null ? "" : plan.source(),
                totals,
                groups,
                shown);
    }

    private static String actualText(ActualEntry a) {
        return a.grade() != null ? a.grade() : Numbers.format(a.value());
    }

    private static String join(String... parts) {
        return Arrays.stream(parts)
                .filter(p -> p != null && !p.isBlank())
                .map(String::strip)
                .distinct()
                .collect(Collectors.joining("；"));
    }

    private static Map<Status, Integer> zero() {
        Map<Status, Integer> m = new EnumMap<>(Status.class);
        for (Status s : ProgressReport.COUNTED) {
            m.put(s, 0);
        }
        return m;
    }
}
