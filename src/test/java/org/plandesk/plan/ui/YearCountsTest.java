package org.plandesk.plan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plandesk.TestContexts;
import org.plandesk.chart.DashboardChart;
import org.plandesk.chart.PlanCharts;
import org.plandesk.chart.StatusSummaryChart;
import org.plandesk.context.AppContext;
import org.plandesk.plan.Observation;
import org.plandesk.plan.Plan;
import org.plandesk.plan.PlanData;
import org.plandesk.plan.Status;
import org.plandesk.plan.service.CellChange;
import org.plandesk.shared.Messages;

/** A plan's standing in a year counts every part's status in that year, as the grid shows it. */
class YearCountsTest {
    @TempDir
    Path dir;

    @Test
    void countsFollowTheFiguresEntered() throws Exception {
        try (AppContext ctx = TestContexts.sample(dir)) {
            Plan p = ctx.plans().find("钱塘优学").orElseThrow();
            PlanData before = ctx.plans().load(p.id());
            YearCounts none = YearCounts.of(IndicatorRows.build(before, 2026), 2022);
            assertThat(none.met() + none.missed() + none.atRisk()).isZero();
            assertThat(none.pending()).isPositive();
            // 序号3 中小學生体质健康达标率, 2022 target 92: an actual of 95 meets it
            var row = IndicatorRows.build(before, 2026).values().stream()
                    .flatMap(List::stream)
                    .filter(r -> r.code().equals("3"))
                    .findFirst()
                    .orElseThrow();
            ctx.cells().apply(List.of(CellChange.actual(row.partId(), 2022, Observation.of(2022, 95), "95")), "实际");
            PlanData after = ctx.plans().load(p.id());
            YearCounts one = YearCounts.of(IndicatorRows.build(after, 2026), 2022);
            assertThat(one.met()).isEqualTo(1);
            assertThat(one.pending()).isEqualTo(none.pending() - 1);
            // the status summary chart follows the same year and says which in its title
            PlanCharts charts = new PlanCharts(new Messages(Messages.CHINESE), TestContexts.CLOCK);
            StatusSummaryChart in2022 = charts.summary(after, 2022);
            assertThat(in2022.title()).isEqualTo("钱塘优学：2022年达成情况");
            assertThat(in2022.counts().get("好学生 全面成长").get(Status.MET)).isEqualTo(1);
            StatusSummaryChart in2023 = charts.summary(after, 2023);
            assertThat(in2023.counts().values().stream()
                            .map(m -> m.getOrDefault(Status.MET, 0))
                            .mapToInt(Integer::intValue)
                            .sum())
                    .isZero();
            // so does the dashboard: 序号3's tile is 达成 in 2022 and 待填报 in 2023, and the title names the year
            DashboardChart board2022 = charts.dashboard(after, null, 2022);
            assertThat(board2022.title()).isEqualTo("钱塘优学：2022年指标一览");
            assertThat(tileStatus(board2022, "3")).isEqualTo(Status.MET);
            assertThat(tileStatus(charts.dashboard(after, null, 2023), "3")).isEqualTo(Status.PENDING);
        }
    }

    private static Status tileStatus(DashboardChart board, String code) {
        return board.tiles().stream()
                .filter(t -> t.spec().code().equals(code))
                .findFirst()
                .orElseThrow()
                .spec()
                .status();
    }
}
