package org.plandesk.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plandesk.TestContexts;
import org.plandesk.context.AppContext;
import org.plandesk.plan.Direction;
import org.plandesk.plan.GradeScale;
import org.plandesk.plan.Indicator;
import org.plandesk.plan.Part;
import org.plandesk.plan.PlanData;
import org.plandesk.plan.Status;
import org.plandesk.plan.service.PlanSummary;
import org.plandesk.shared.ChartFonts;
import org.plandesk.shared.Messages;

/** Chart models built from the sample workspace: direction, shading side, grade axis, projection, theme sizes. */
class ChartModelTest {
    @TempDir
    static Path dir;

    static AppContext ctx;
    static PlanCharts charts;

    @BeforeAll
    static void open() throws Exception {
        ctx = TestContexts.sample(dir);
        charts = new PlanCharts(new Messages(Messages.CHINESE), TestContexts.CLOCK);
    }

    @AfterAll
    static void close() {
        ctx.close();
    }

    static PlanData qiantang() throws Exception {
        return ctx.plans().load(ctx.plans().find("钱塘优学").orElseThrow().id());
    }

    static Indicator code(PlanData d, String code) {
        return d.indicators().stream()
                .filter(i -> i.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void lowerIsBetterShadesBelowTheTarget() throws Exception {
        PlanData d = qiantang();
        TrajectorySpec cv = charts.trajectory(d, code(d, "17")).spec();
        assertThat(cv.direction()).isEqualTo(Direction.LOWER_IS_BETTER);
        assertThat(cv.parts()).extracting(TrajectorySpec.PartSeries::name).containsExactly("初中", "小学");
        assertThat(cv.parts().get(0).targets())
                .allSatisfy(t -> assertThat(t.acceptableBelow()).isTrue());
        assertThat(cv.parts().get(0).targets())
                .extracting(TrajectorySpec.TargetPoint::label)
                .containsExactly("≤0.45", "≤0.35", "≤0.25");
        TrajectorySpec up = charts.trajectory(d, code(d, "1")).spec();
        assertThat(up.parts().get(0).targets())
                .allSatisfy(t -> assertThat(t.acceptableBelow()).isFalse());
        assertThat(up.title()).isEqualTo("新培养“钱塘好少年”人数");
        assertThat(up.subtitle()).isEqualTo("钱塘优学（单位：名）");
        assertThat(up.footer()).contains("来源：003_51df2b538ea5f98f.txt 主要指标 序号1", "数据截至 2026-11-22");
    }

    @Test
    void gradeIndicatorsUseAnOrdinalAxis() throws Exception {
        PlanData d = qiantang();
        TrajectoryChart chart = charts.trajectory(d, code(d, "28"));
        TrajectorySpec g = chart.spec();
        assertThat(g.isGrade()).isTrue();
        assertThat(g.gradeScale()).isEqualTo(GradeScale.LETTER);
        assertThat(g.parts().get(0).targets())
                .extracting(TrajectorySpec.TargetPoint::value)
                .containsExactly(2.0, 2.0, 3.0);
        assertThat(g.parts().get(0).targets().get(1).label()).isEqualTo("保B争A");
        assertThat(chart.paddedRange()).containsExactly(-0.5, 3.5);
        var axis = chart.build(new ChartTheme(ChartFonts.register(), ChartTheme.Variant.LIGHT), 1080)
                .getXYPlot()
                .getRangeAxis();
        assertThat(axis).isInstanceOf(SymbolAxis.class);
        assertThat(((SymbolAxis) axis).getSymbols()).containsExactly("D", "C", "B", "A");
    }

    @Test
    void projectionRunsFromTheLastActualToTheFinalYearAndFlagsRisk() throws Exception {
        PlanData d = qiantang();
        Indicator rate = code(d, "3");
        Part part = d.parts(rate).get(0);
        ctx.plans().setActual(part.id(), 2022, 92.0, null, "92", "test", "");
        ctx.plans().setActual(part.id(), 2023, 92.5, null, "92.5", "test", "");
        PlanData after = qiantang();
        TrajectorySpec s = charts.trajectory(after, code(after, "3")).spec();
        var projection = s.parts().get(0).projection();
        assertThat(projection).hasSize(2);
        assertThat(projection.get(0).year()).isEqualTo(2023);
        assertThat(projection.get(1).year()).isEqualTo(2024);
        assertThat(projection.get(1).value()).isCloseTo(93.0, Offset.offset(1e-9));
        // 2022: 92 met ≥92; 2023: 92.5 missed ≥95; 2024 (no actual): the trend reaches 93, short of ≥98.
        assertThat(after.status(part, 2022, 2026)).isEqualTo(Status.MET);
        assertThat(after.status(part, 2023, 2026)).isEqualTo(Status.MISSED);
        assertThat(after.status(part, 2024, 2026)).isEqualTo(Status.AT_RISK);
        assertThat(s.status()).isEqualTo(Status.AT_RISK);
    }

    @Test
    void themeSizesAtFullHd() {
        ChartTheme theme = new ChartTheme(ChartFonts.register(), ChartTheme.Variant.LIGHT);
        assertThat(theme.titleSize(1080)).isGreaterThanOrEqualTo(28f);
        assertThat(theme.lineWidth(1080)).isGreaterThanOrEqualTo(3f);
        assertThat(theme.series(0)).isNotEqualTo(theme.series(1));
        assertThat(List.of(theme.marker(0, 10), theme.marker(1, 10), theme.marker(2, 10), theme.marker(3, 10)))
                .extracting(m -> m.getClass().getName() + m.getBounds2D().getWidth() + m.contains(4.9, 4.9))
                .doesNotHaveDuplicates();
        assertThat(theme.withVariant(ChartTheme.Variant.DARK).background()).isNotEqualTo(theme.background());
    }

    @Test
    void noSeriesColourLooksLikeAStatusColour() {
        for (ChartTheme.Variant v : ChartTheme.Variant.values()) {
            ChartTheme theme = new ChartTheme(ChartFonts.register(), v);
            for (int i = 0; i < 6; i++) {
                for (Status s : List.of(Status.MET, Status.MISSED, Status.AT_RISK)) {
                    Color a = theme.series(i);
                    Color b = theme.status(s);
                    double distance = Math.sqrt(Math.pow(a.getRed() - b.getRed(), 2)
                            + Math.pow(a.getGreen() - b.getGreen(), 2)
                            + Math.pow(a.getBlue() - b.getBlue(), 2));
                    // 80 apart in RGB at least: the old 初中 vermillion was 48 from 未达成's
                    assertThat(distance).as(v + " series " + i + " vs " + s).isGreaterThan(80);
                }
            }
        }
    }

    @Test
    void dashboardSummaryAndAcrossPlans() throws Exception {
        PlanData d = qiantang();
        DashboardChart group = charts.dashboard(d, "好学校 全域遍布");
        assertThat(group.tiles()).hasSize(6);
        assertThat(DashboardChart.columns(28, 16.0 / 9)).isEqualTo(6);
        StatusSummaryChart summary = charts.summary(d);
        assertThat(summary.counts().keySet()).startsWith("好学生 全面成长", "好教师 全心育人");
        assertThat(summary.counts().values().stream()
                        .mapToInt(m -> m.values().stream().mapToInt(i -> i).sum())
                        .sum())
                .isEqualTo(charts.trajectories(d).size());
        PlanData hz =
                ctx.plans().load(ctx.plans().find("杭州市教育高质量发展").orElseThrow().id());
        PlanData wp =
                ctx.plans().load(ctx.plans().find("2019年工作要点").orElseThrow().id());
        AcrossPlansChart across = charts.across(List.of(
                Map.entry(
                        wp,
                        wp.indicators().stream()
                                .filter(i -> i.name().equals("优质学前教育在园幼儿覆盖率"))
                                .findFirst()
                                .orElseThrow()),
                Map.entry(d, code(d, "16")),
                Map.entry(
                        hz,
                        hz.indicators().stream()
                                .filter(i -> i.name().equals("优质学前教育覆盖率"))
                                .findFirst()
                                .orElseThrow())));
        assertThat(across.years()).containsExactly(2019, 2027);
        assertThat(across.title()).isEqualTo("优质学前教育在园幼儿覆盖率");
    }

    @Test
    void countIndicatorsHaveWholeTicks() throws Exception {
        ChartTheme theme = new ChartTheme(ChartFonts.register(), ChartTheme.Variant.LIGHT);
        PlanCharts charts = new PlanCharts(new Messages(Messages.CHINESE), TestContexts.CLOCK);
        int counted = 0;
        try (AppContext ctx = TestContexts.sample(Files.createDirectories(dir.resolve("ticks")))) {
            for (PlanSummary s : ctx.plans().plans()) {
                for (TrajectoryChart t :
                        charts.trajectories(ctx.plans().load(s.plan().id()))) {
                    if (List.of("所", "个", "名", "项", "人次").contains(t.spec().unit())
                            && !t.spec().isGrade()) {
                        for (double height : new double[] {1080, 300}) {
                            JFreeChart chart = t.build(theme, height);
                            double size = ((NumberAxis) chart.getXYPlot().getRangeAxis())
                                    .getTickUnit()
                                    .getSize();
                            assertThat(size % 1).as(t.title() + " " + size).isZero();
                        }
                        counted++;
                    }
                }
            }
        }
        assertThat(counted).isGreaterThan(5);
    }
}
