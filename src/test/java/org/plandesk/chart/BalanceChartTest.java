package org.plandesk.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plandesk.chart.balance.BalanceCharts;
import org.plandesk.chart.balance.CvChart;
import org.plandesk.chart.balance.CvTrendChart;
import org.plandesk.chart.balance.SchoolValuesChart;
import org.plandesk.chart.export.ChartExporter;
import org.plandesk.chart.export.ExportSize;
import org.plandesk.school.BalanceCalculator;
import org.plandesk.school.BalanceIndicator;
import org.plandesk.school.BalanceReport;
import org.plandesk.school.Figure;
import org.plandesk.school.School;
import org.plandesk.school.SchoolType;
import org.plandesk.school.Section;
import org.plandesk.school.SectionFigures;
import org.plandesk.school.SplitWeights;
import org.plandesk.shared.ChartFonts;
import org.plandesk.shared.Messages;

/** The balance charts: what they draw, and that they export whole. */
class BalanceChartTest {
    private static final Messages MESSAGES = new Messages(Messages.CHINESE);
    private final ChartExporter exporter =
            new ChartExporter(new ChartTheme(ChartFonts.register(), ChartTheme.Variant.LIGHT));

    private static BalanceReport report(int year, double spread) {
        Map<Long, School> schools = Map.of(1L, school(1, "甲小学"), 2L, school(2, "乙小学"), 3L, school(3, "丙小学"));
        List<SectionFigures> rows = new ArrayList<>();
        double[] scale = {1, 1 - spread, 1 + spread};
        for (int i = 0; i < 3; i++) {
            double s = scale[i];
            rows.add(SectionFigures.empty(i + 1, year, Section.PRIMARY)
                    .with(Figure.STUDENTS, 1000)
                    .with(Figure.DEGREE_TEACHERS, Math.round(50 * s))
                    .with(Figure.BACKBONE_TEACHERS, Math.round(12 * s))
                    .with(Figure.PE_ART_TEACHERS, Math.round(11 * s))
                    .with(Figure.FLOOR_AREA, 5000 * s)
                    .with(Figure.SPORTS_AREA, 8000 * s)
                    .with(Figure.EQUIPMENT_VALUE, 2_400_000 * s)
                    .with(Figure.MULTIMEDIA_ROOMS, Math.round(26 * s)));
        }
        return new BalanceCalculator(SplitWeights.STANDARD).compute(schools, rows, year, null);
    }

    private static School school(long id, String name) {
        return new School(id, "S" + id, name, "东区", "", SchoolType.PRIMARY, "公办", null, "");
    }

    @Test
    void schoolBarsAreSortedHighestFirstAndTheOneBelowTheStandardIsNotCompliant() {
        BalanceReport r = report(2024, 0.3);
        SchoolValuesChart chart = new SchoolValuesChart(r.stages().get(0), BalanceIndicator.FLOOR_AREA, 2024, MESSAGES);
        assertThat(chart.sorted()).extracting(s -> s.school().name()).containsExactly("丙小学", "甲小学", "乙小学");
        assertThat(chart.sorted().get(2).compliance().compliant()).isFalse();
        assertThat(chart.title()).isEqualTo("生均教学及辅助用房面积（东区 小学）");
        assertThat(chart.fileStem()).isEqualTo("2024_东区_小学_教学用房");
    }

    @Test
    void theTrendHasTheSevenIndicatorsAndTheCompositePerYear() {
        List<BalanceReport> years = List.of(report(2023, 0.3), report(2024, 0.2));
        CvTrendChart trend = new CvTrendChart(years, "东区", Section.PRIMARY, MESSAGES);
        var data = trend.dataset();
        assertThat(data.getRowCount()).isEqualTo(8);
        assertThat(data.getColumnKeys()).containsExactly("2023", "2024");
        assertThat(data.getValue("综合差异系数", "2024").doubleValue())
                .isEqualTo(years.get(1).stages().get(0).compositeCv());
        assertThat(data.getValue("教学用房", "2023").doubleValue())
                .isGreaterThan(data.getValue("教学用房", "2024").doubleValue());
        assertThat(new BalanceCharts(MESSAGES).all(years.get(1), years)).hasSize(1 + 1 + 7);
        assertThat(new BalanceCharts(MESSAGES).all(years.get(1), years.subList(1, 2)))
                .hasSize(1 + 7);
    }

    @Test
    void everyBalanceChartExportsWithNothingOnTheBorderAndTheSvgCarriesTheTitle() throws Exception {
        List<BalanceReport> years = List.of(report(2023, 0.3), report(2024, 0.6));
        for (PlanChart chart : new BalanceCharts(MESSAGES).all(years.get(1), years)) {
            BufferedImage img = exporter.image(chart, ExportSize.HD);
            assertThat(img.getWidth()).isEqualTo(1280);
            int w = img.getWidth();
            int h = img.getHeight();
            for (int x = 0; x < w; x++) {
                assertThat(img.getRGB(x, 1) & 0xFFFFFF).as(chart.title()).isEqualTo(0xFFFFFF);
                assertThat(img.getRGB(x, h - 2) & 0xFFFFFF).as(chart.title()).isEqualTo(0xFFFFFF);
            }
            for (int y = 0; y < h; y++) {
                assertThat(img.getRGB(1, y) & 0xFFFFFF).as(chart.title()).isEqualTo(0xFFFFFF);
                assertThat(img.getRGB(w - 2, y) & 0xFFFFFF).as(chart.title()).isEqualTo(0xFFFFFF);
            }
        }
        CvChart cv = new CvChart(years.get(1).stages().get(0), 2024, MESSAGES);
        assertThat(years.get(1).stages().get(0).allPass()).isFalse();
        StringWriter svg = new StringWriter();
        exporter.svg(cv, ExportSize.FULL_HD, svg);
        assertThat(svg.toString()).contains("东区 小学校际差异系数", "限值 0.5", "高于限值 0.5");
    }
}
