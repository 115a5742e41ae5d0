package org.plandesk.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plandesk.TestContexts;
import org.plandesk.chart.export.ChartExporter;
import org.plandesk.chart.export.ExportSize;
import org.plandesk.context.AppContext;
import org.plandesk.plan.PlanData;
import org.plandesk.shared.ChartFonts;
import org.plandesk.shared.Messages;

/**
 * An indicator with one target and no line to draw (the 59 改革任务 items of 钱塘优学 have a 2024 target each) is a
 * status card: status, the target as written with its year, the actual or 待填报; not a line chart of one point.
 */
class StatusCardTest {
    @TempDir
    Path dir;

    @Test
    void aOneTargetTaskIsACardWithItsTargetAndStatusAndTheMainIndicatorsStayCharts() throws Exception {
        ChartTheme theme = new ChartTheme(ChartFonts.register(), ChartTheme.Variant.LIGHT);
        PlanCharts charts = new PlanCharts(new Messages(Messages.CHINESE), TestContexts.CLOCK);
        try (AppContext ctx = TestContexts.sample(dir)) {
            PlanData d = ctx.plans().load(ctx.plans().find("钱塘优学").orElseThrow().id());
            TrajectoryChart task = charts.trajectory(d, "新建校容积率").orElseThrow();
            assertThat(task.isCard()).isTrue();
            StringWriter svg = new StringWriter();
            new ChartExporter(theme).svg(task, ExportSize.FULL_HD, svg);
            assertThat(svg.toString())
                    .contains(">新建校容积率<", ">2024年目标<", ">≥1.2<", ">… 待填报<", ">实际<")
                    // no axis: the years of the plan are not written
                    .doesNotContain(">2022<", ">2023<");
            // an indicator with a target in each year stays a trajectory
            assertThat(charts.trajectory(d, "17").orElseThrow().isCard()).isFalse();
            long cards = charts.trajectories(d).stream()
                    .filter(TrajectoryChart::isCard)
                    .count();
            assertThat(cards).isBetween(40L, 70L);
        }
    }
}
