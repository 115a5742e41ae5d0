package org.plandesk.plan.ui;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.plandesk.plan.Status;

/** How a plan stands in its year in focus: the parts 达成 / 未达成 / 有风险 / 待填报 in that year. */
public record YearCounts(int year, int met, int missed, int atRisk, int pending) {

    /** Counts the statuses of every part's cell of {@code year} (parts without a target that year are not counted). */
    public static YearCounts of(Map<String, List<IndicatorRow>> rows, int year) {
        Map<Status, Integer> n = new EnumMap<>(Status.class);
        for (List<IndicatorRow> group : rows.values()) {
            for (IndicatorRow r : group) {
                if (!r.group()) {
                    n.merge(r.cell(year).status(), 1, Integer::sum);
                }
            }
        }
        return new YearCounts(
                year,
                n.getOrDefault(Status.MET, 0),
                n.getOrDefault(Status.MISSED, 0),
                n.getOrDefault(Status.AT_RISK, 0),
                n.getOrDefault(Status.PENDING, 0));
    }
}
