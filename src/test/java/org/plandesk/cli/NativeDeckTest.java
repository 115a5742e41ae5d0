package org.plandesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFChart;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code chart --format pptx} writes native charts the planner can edit (issue 15 §3), read back with POI: each
 * trajectory's series hold the workspace's values, also in the chart's own workbook; titles and sources are text;
 * the deck has its properties and a thumbnail. {@code --pictures} keeps the picture deck.
 */
class NativeDeckTest {
    private static final String CSV = """
            plan,code,group,indicator,part,unit,year,kind,comparator,value,upper,stretch,text,source,note
            区规划,1,好学生,学业水平优良率,初中,%,2022,target,>=,90,,,≥90,,
            区规划,1,好学生,学业水平优良率,初中,%,2023,target,>=,92,,,≥92,,
            区规划,1,好学生,学业水平优良率,初中,%,2022,actual,,90.5,,,90.5,,
            区规划,1,好学生,学业水平优良率,初中,%,2023,actual,,91,,,91,,
            区规划,2,好教师,新建学校数,,所,2023,target,>=,3,,,3所以上,,
            """;

    @TempDir
    Path dir;

    private final CliHarness cli = new CliHarness();

    @Test
    void trajectoriesAreNativeChartsWithTheWorkspacesValuesAndCardsArePictures() throws Exception {
        Path csv = dir.resolve("plan.csv");
        Files.writeString(csv, CSV, StandardCharsets.UTF_8);
        String ws = dir.resolve("ws").toString();
        assertThat(cli.run("import", "--workspace", ws, "--file", csv.toString()))
                .as(cli.err())
                .isZero();
        Path deck = dir.resolve("deck.pptx");
        assertThat(cli.run("chart", "--workspace", ws, "--plan", "区规划", "--format", "pptx", "--out", deck.toString()))
                .as(cli.err())
                .isZero();
        try (InputStream in = Files.newInputStream(deck);
                XMLSlideShow ppt = new XMLSlideShow(in)) {
            // a title slide, the trajectory as a chart, the one-target task (a card) as a picture
            assertThat(ppt.getSlides()).hasSize(3);
            assertThat(ppt.getCharts()).hasSize(1);
            XSLFChart chart = ppt.getCharts().get(0);
            XDDFChartData data = chart.getChartSeries().get(0);
            assertThat(data.getSeriesCount()).isEqualTo(2);
            assertThat(data.getSeries(0).getCategoryData().getPointAt(0)).isEqualTo("2022");
            assertThat(data.getSeries(0).getValuesData().getPointAt(1)).isEqualTo(92.0);
            assertThat(data.getSeries(1).getValuesData().getPointAt(0)).isEqualTo(90.5);
            assertThat(data.getSeries(1).getValuesData().getPointAt(1)).isEqualTo(91.0);
            assertThat(chart.getWorkbook().getSheetAt(0).getRow(2).getCell(2).getNumericCellValue())
                    .isEqualTo(91.0);
            assertThat(ppt.getSlides().get(1).getShapes().stream()
                            .filter(s -> s instanceof XSLFTextShape)
                            .map(s -> ((XSLFTextShape) s).getText()))
                    .contains("学业水平优良率", "区规划（单位：%）")
                    .anySatisfy(t -> assertThat(t).startsWith("数据截至"));
            assertThat(ppt.getSlides().get(2).getShapes())
                    .anySatisfy(s -> assertThat(s).isInstanceOf(XSLFPictureShape.class));
            var core = ppt.getProperties().getCoreProperties();
            assertThat(core.getTitle()).isEqualTo("区规划");
            assertThat(core.getCreator()).isNotBlank();
            assertThat(core.getCreated()).isNotNull();
            assertThat(ppt.getProperties().getThumbnailImage()).isNotNull();
        }

        Path pictures = dir.resolve("pictures.pptx");
        assertThat(cli.run(
                        "chart",
                        "--workspace",
                        ws,
                        "--plan",
                        "区规划",
                        "--format",
                        "pptx",
                        "--pictures",
                        "--out",
                        pictures.toString()))
                .isZero();
        try (InputStream in = Files.newInputStream(pictures);
                XMLSlideShow ppt = new XMLSlideShow(in)) {
            assertThat(ppt.getCharts()).isEmpty();
            assertThat(ppt.getPictureData()).hasSize(2);
        }
    }
}
