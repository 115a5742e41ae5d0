package org.plandesk.chart.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.plandesk.chart.TrajectoryChart;
import org.plandesk.plan.Status;

/**
 * A plan's progress report for one year (实施情况报告), as a planner hands it in: what every document format of it
 * (DOCX, PDF) is written from.
 *
 * @param title      e.g. {@code 钱塘优学2024年实施情况报告}
 * @param plan       the plan's full title
 * @param shortName  for the page header
 * @param period     e.g. {@code 2022–2024年}
 * @param issuer     发文单位 and 文号, as one line (may be empty)
 * @param year       the year reported on
 * @param asOf       数据截至: the newest entry of an actual, or today
 * @param source     the plan's source document (a footnote), or empty
 * @param totals     the counts over all indicators with a target in the year
 * @param groups     per 一级指标: its counts and its rows
 * @param charts     the trajectories of the indicators missed or at risk in the year
 */
public record ProgressReport(
        String title,
        String plan,
        String shortName,
        String period,
        String issuer,
        int year,
        LocalDate asOf,
        String source,
        Map<Status, Integer> totals,
        List<Group> groups,
        List<TrajectoryChart> charts) {

    /** The statuses a report counts, in the order it names them. */
    public static final List<Status> COUNTED = List.of(Status.MET, Status.MISSED, Status.AT_RISK, Status.PENDING);

    /** One 一级指标: its counts (per indicator) and a row per part. */
    public record Group(String name, Map<Status, Integer> counts, List<Row> rows) {}

    /**
     * One part of an indicator in the year.
     *
     * @param code        序号, on the indicator's first row only
     * @param indicator   the name, on the first row only
     * @param note        a note or source for a footnote, or empty
     */
    public record Row(
            String code,
            String indicator,
            String part,
            String unit,
            String target,
            String actual,
            Status status,
            String achievement,
            String note) {}
}
