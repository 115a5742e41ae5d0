package org.plandesk.plan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plandesk.TestContexts;
import org.plandesk.context.AppContext;
import org.plandesk.plan.Observation;
import org.plandesk.plan.Plan;
import org.plandesk.plan.PlanData;
import org.plandesk.plan.service.CellChange;

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
            YearCounts one = YearCounts.of(IndicatorRows.build(ctx.plans().load(p.id()), 2026), 2022);
            assertThat(one.met()).isEqualTo(1);
            assertThat(one.pending()).isEqualTo(none.pending() - 1);
        }
    }
}
