package org.plandesk.plan.ui;

import java.util.Map;
import org.plandesk.plan.Direction;
import org.plandesk.plan.PlausibleRange;

/**
 * One row of the indicator grid: a 一级指标 group heading, or one part of an indicator.
 *
 * @param group          true for a group heading
 * @param code           序号 (shown on the first part of an indicator)
 * @param name           indicator name (first part) or group name (heading)
 * @param part           part name, empty for single-part indicators
 * @param unit           the part's unit
 * @param firstOfIndicator whether this is the indicator's first part
 * @param cells          per year
 * @param source         where the figures come from
 * @param indicatorId    the indicator, 0 for a heading
 * @param partId         the part, 0 for a heading
 * @param direction      whether higher or lower is better (reads bare numbers typed as targets)
 */
public record IndicatorRow(
        boolean group,
        String code,
        String name,
        String part,
        String unit,
        boolean firstOfIndicator,
        Map<Integer, YearCell> cells,
        String source,
        long indicatorId,
        long partId,
        Direction direction,
        PlausibleRange range) {

    public static IndicatorRow heading(String name) {
        return new IndicatorRow(
                true, "", name, "", "", false, Map.of(), "", 0, 0, Direction.HIGHER_IS_BETTER, PlausibleRange.NONE);
    }

    public YearCell cell(int year) {
        return cells.getOrDefault(year, YearCell.EMPTY);
    }
}
