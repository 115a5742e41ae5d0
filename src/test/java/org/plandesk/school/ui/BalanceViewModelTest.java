package org.plandesk.school.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plandesk.TestContexts;
import org.plandesk.chart.balance.CvChart;
import org.plandesk.chart.balance.CvTrendChart;
import org.plandesk.chart.balance.SchoolValuesChart;
import org.plandesk.context.AppContext;
import org.plandesk.io.TableFiles;
import org.plandesk.school.BalanceIndicator;
import org.plandesk.school.Section;
import org.plandesk.school.io.ExampleSchools;
import org.plandesk.school.io.SchoolTableParser;
import org.plandesk.shared.Messages;
import org.plandesk.shared.SameThreadTaskRunner;

/** The statistics tab without a toolkit: district, stage and the chart that stays chosen. */
class BalanceViewModelTest {
    @TempDir
    Path dir;

    @Test
    void theChosenKindOfChartStaysWhenTheStageOrDistrictChanges() throws Exception {
        try (AppContext ctx = TestContexts.empty(dir, "w")) {
            ctx.schoolImports()
                    .apply(new SchoolTableParser().parse(TableFiles.read(ExampleSchools.bytes(), "e.csv", null)));
            BalanceViewModel vm =
                    new BalanceViewModel(ctx.balance(), new SameThreadTaskRunner(), new Messages(Messages.CHINESE));
            vm.yearProperty().set(2024);
            assertThat(vm.districts()).containsExactly("示例区", "示例新区");
            assertThat(vm.districtProperty().get()).isEqualTo("示例区");
            assertThat(vm.charts()).hasSize(1 + 1 + 7);
            assertThat(vm.charts().get(0)).isInstanceOf(CvChart.class);
            assertThat(vm.charts().get(1)).isInstanceOf(CvTrendChart.class);
            vm.chartProperty()
                    .set(vm.charts().stream()
                            .filter(c ->
                                    c instanceof SchoolValuesChart v && v.indicator() == BalanceIndicator.SPORTS_AREA)
                            .findFirst()
                            .orElseThrow());

            vm.stageProperty().set(Section.JUNIOR);
            assertThat(vm.currentProperty().get().stage()).isEqualTo(Section.JUNIOR);
            assertThat(vm.chartProperty().get())
                    .isInstanceOfSatisfying(
                            SchoolValuesChart.class,
                            c -> assertThat(c.indicator()).isEqualTo(BalanceIndicator.SPORTS_AREA));
            assertThat(vm.chartProperty().get().title()).contains("示例区", "初中");

            vm.districtProperty().set("示例新区");
            assertThat(vm.chartProperty().get().title()).contains("生均体育运动场馆面积", "示例新区");
            vm.chartProperty().set(vm.charts().get(0));
            vm.stageProperty().set(Section.PRIMARY);
            assertThat(vm.chartProperty().get()).isInstanceOf(CvChart.class);
        }
    }
}
