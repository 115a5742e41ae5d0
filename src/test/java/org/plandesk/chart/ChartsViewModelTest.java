package org.plandesk.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plandesk.TestContexts;
import org.plandesk.chart.ui.ChartsViewModel;
import org.plandesk.context.AppContext;
import org.plandesk.plan.Indicator;
import org.plandesk.plan.PlanData;
import org.plandesk.shared.Messages;

/** The charts' view model, without a toolkit. */
class ChartsViewModelTest {
    @TempDir
    Path dir;

    @Test
    void followsThePlanTheSelectionAndEveryReload() throws Exception {
        try (AppContext ctx = TestContexts.sample(dir)) {
            ChartsViewModel vm =
                    new ChartsViewModel(new PlanCharts(new Messages(Messages.CHINESE), TestContexts.CLOCK));
            long planId = ctx.plans().find("钱塘优学").orElseThrow().id();
            PlanData d = ctx.plans().load(planId);
            vm.dataProperty().set(d);
            assertThat(vm.currentProperty().get()).isInstanceOf(StatusSummaryChart.class);
            Indicator i17 = d.indicators().stream()
                    .filter(i -> i.code().equals("17"))
                    .findFirst()
                    .orElseThrow();
            vm.indicatorIdProperty().set(i17.id());
            assertThat(vm.currentProperty().get().title()).isEqualTo("初中/小学校际优质均衡差异系数");
            assertThat(((TrajectoryChart) vm.currentProperty().get())
                            .spec()
                            .parts()
                            .get(0)
                            .actuals())
                    .isEmpty();

            long part = d.parts(i17).get(0).id();
            ctx.plans().setActual(part, 2022, 0.44, null, "0.44", "区教育局统计", "");
            vm.dataProperty().set(ctx.plans().load(planId));
            TrajectorySpec after = ((TrajectoryChart) vm.currentProperty().get()).spec();
            assertThat(after.parts().get(0).actuals())
                    .extracting(TrajectorySpec.Point::label)
                    .containsExactly("0.44");

            assertThat(vm.presentation())
                    .hasSize(1
                            + new PlanCharts(new Messages(Messages.CHINESE), TestContexts.CLOCK)
                                    .trajectories(d)
                                    .size());
            assertThat(vm.presentation().get(0)).isInstanceOf(StatusSummaryChart.class);
        }
    }
}
