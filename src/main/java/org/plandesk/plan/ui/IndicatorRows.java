package org.plandesk.plan.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plandesk.plan.ActualEntry;
import org.plandesk.plan.Indicator;
import org.plandesk.plan.IndicatorGroup;
import org.plandesk.plan.Numbers;
import org.plandesk.plan.Part;
import org.plandesk.plan.PlanData;
import org.plandesk.plan.StatusRules;
import org.plandesk.plan.TargetEntry;

/** Builds the grid's rows from a plan: group headings, then one row per indicator part, in plan order. */
public final class IndicatorRows {
    private IndicatorRows() {
    }

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
                    double achievement = t != null && a != null ? StatusRules.achievement(t.target(),
                            a.observation(), ind.direction()).orElse(Double.NaN) : Double.NaN;
                    cells.put(y, new YearCell(t == null ? "" : targetText(t), a == null ? "" : figure(a),
                            data.status(part, y, currentYear), b == null ? "" : figure(b), achievement));
                }
                rows.add(new IndicatorRow(false, first ? ind.code() : "", first ? ind.name() : "", part.name(),
                        part.unitOr(ind.unit()), first, Map.copyOf(cells), source, ind.id(), part.id(),
                        ind.direction()));
                first = false;
            }
        }
        return byGroup;
    }

    private static String targetText(TargetEntry t) {
        String text = t.target().text();
        return text == null || text.isBlank() ? t.target().display() : text;
    }

    private static String figure(ActualEntry a) {
        return a.grade() != null ? a.grade() : Numbers.format(a.value());
    }
}
