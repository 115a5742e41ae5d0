package org.plandesk.plan.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plandesk.plan.ActualEntry;
import org.plandesk.plan.Comparator;
import org.plandesk.plan.Indicator;
import org.plandesk.plan.IndicatorGroup;
import org.plandesk.plan.Part;
import org.plandesk.plan.PlanData;
import org.plandesk.plan.PlausibleRange;
import org.plandesk.plan.Status;
import org.plandesk.plan.StatusRules;
import org.plandesk.plan.TargetEntry;
import org.plandesk.shared.Numbers;

/** Builds the grid's rows from a plan: group headings, then one row per indicator part, in plan order. */
public final class IndicatorRows {
    private IndicatorRows() {}

    /** Rows grouped by 一级指标: a heading per group (ungrouped indicators come first, without a heading). */
    public static Map<String, List<IndicatorRow>> build(PlanData data, int currentYear) {
        Map<String, List<IndicatorRow>> byGroup = new LinkedHashMap<>();
        Map<Long, String> groupNames = new HashMap<>();
        for (IndicatorGroup g : data.groups()) {
            groupNames.put(g.id(), g.name());
        }
        int[] span = data.yearSpan();
        for (Indicator ind : data.indicators()) {
            String group = groupNames.getOrDefault(ind.groupId(), "");
            List<IndicatorRow> rows = byGroup.computeIfAbsent(group, k -> new ArrayList<>());
            boolean first = true;
            for (Part part : data.parts(ind)) {
                Map<Integer, YearCell> cells = new HashMap<>();
                String source = "";
                for (int y = span[0]; y <= span[1]; y++) {
                    TargetEntry t = data.target(part, y).orElse(null);
                    ActualEntry a = data.actual(part, y).orElse(null);
                    ActualEntry b = data.baseline(part, y).orElse(null);
                    if (t == null && a == null && b == null) {
                        continue;
                    }
                    if (source.isEmpty()) {
                        source = t != null ? t.source() : a != null ? a.source() : b.source();
                    }
                    double achievement = t != null && a != null
                            ? StatusRules.achievement(t.target(), a.observation(), ind.direction())
                                    .orElse(Double.NaN)
                            : Double.NaN;
                    cells.put(
                            y,
                            new YearCell(
                                    t == null ? "" : targetText(t),
                                    a == null ? "" : figure(a),
                                    data.status(part, y, currentYear),
                                    b == null ? "" : figure(b),
                                    achievement,
                                    t == null ? "" : t.target().comparator().sign(),
                                    t == null ? "" : bound(t),
                                    t == null
                                            ? YearCell.Annotation.NONE
                                            : new YearCell.Annotation(t.source(), t.note()),
                                    a == null
                                            ? YearCell.Annotation.NONE
                                            : new YearCell.Annotation(a.source(), a.note())));
                }
                rows.add(new IndicatorRow(
                        false,
                        first ? ind.code() : "",
                        first ? ind.name() : "",
                        part.name(),
                        part.unitOr(ind.unit()),
                        first,
                        Map.copyOf(cells),
                        source,
                        ind.id(),
                        part.id(),
                        ind.direction(),
                        data.ownRange(ind).orElse(PlausibleRange.defaultFor(part.unitOr(ind.unit()), ind.name()))));
                first = false;
            }
        }
        return byGroup;
    }

    private static String bound(TargetEntry t) {
        var target = t.target();
        if (target.isGrade()) {
            return target.grade();
        }
        return target.comparator() == Comparator.RANGE
                ? Numbers.format(target.value()) + "~" + Numbers.format(target.upper())
                : Numbers.format(target.value());
    }

    /**
     * Rows whose indicator name, code or part contains {@code text} and that have {@code status} in some year (null
     * for any); empty groups are left out.
     */
    public static Map<String, List<IndicatorRow>> filter(
            Map<String, List<IndicatorRow>> rows, String text, Status status) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty() && status == null) {
            return rows;
        }
        Map<String, List<IndicatorRow>> out = new LinkedHashMap<>();
        for (var e : rows.entrySet()) {
            String name = "";
            IndicatorRow first = null;
            List<IndicatorRow> kept = new ArrayList<>();
            for (IndicatorRow r : e.getValue()) {
                if (r.firstOfIndicator()) {
                    name = r.code() + " " + r.name();
                    first = r;
                }
                boolean textOk = t.isEmpty()
                        || name.contains(t)
                        || r.part().contains(t)
                        || e.getKey().contains(t);
                boolean statusOk = status == null || r.cells().values().stream().anyMatch(c -> c.status() == status);
                if (textOk && statusOk) {
                    boolean namedAbove =
                            !kept.isEmpty() && kept.get(kept.size() - 1).indicatorId() == r.indicatorId();
                    // A later part shown without its first one carries the indicator's number and name itself.
                    kept.add(
                            r.firstOfIndicator() || namedAbove || first == null
                                    ? r
                                    : new IndicatorRow(
                                            false,
                                            first.code(),
                                            first.name(),
                                            r.part(),
                                            r.unit(),
                                            true,
                                            r.cells(),
                                            r.source(),
                                            r.indicatorId(),
                                            r.partId(),
                                            r.direction(),
                                            r.range()));
                }
            }
            if (!kept.isEmpty()) {
                out.put(e.getKey(), kept);
            }
        }
        return out;
    }

    private static String targetText(TargetEntry t) {
        String text = t.target().text();
        return text == null || text.isBlank() ? t.target().display() : text;
    }

    private static String figure(ActualEntry a) {
        return a.grade() != null ? a.grade() : Numbers.format(a.value());
    }
}
