package org.plandesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plandesk.plan.Status;
import org.plandesk.shared.Text;

/**
 * {@code report} writes a progress report a planner hands in, read back with POI: title, one table row per part with
 * its status as word and symbol, the figures, the counts, a native chart of the missed indicator whose series hold
 * the workspace's values, the note as a footnote, the plan's short name in the header, the document's properties.
 */
class ReportCommandTest {
    private static final String CSV = """
            plan,code,group,indicator,part,unit,year,kind,comparator,value,upper,stretch,text,source,note
            区规划,1,好学生,学业水平优良率,初中,%,2022,target,>=,90,,,≥90,,
            区规划,1,好学生,学业水平优良率,初中,%,2023,target,>=,92,,,≥92,,
            区规划,1,好学生,学业水平优良率,初中,%,2024,target,>=,94,,,≥94,,
            区规划,1,好学生,学业水平优良率,初中,%,2022,actual,,90.5,,,90.5,,
            区规划,1,好学生,学业水平优良率,初中,%,2023,actual,,91,,,91,2023年区教育统计公报,
            区规划,1,好学生,学业水平优良率,小学,%,2022,target,>=,95,,,≥95,,
            区规划,1,好学生,学业水平优良率,小学,%,2023,target,>=,96,,,≥96,,
            区规划,1,好学生,学业水平优良率,小学,%,2024,target,>=,97,,,≥97,,
            区规划,1,好学生,学业水平优良率,小学,%,2023,actual,,96.2,,,96.2,,
            区规划,2,好教师,市级以上名师数,,名,2023,target,>=,20,,,≥20,,
            区规划,2,好教师,市级以上名师数,,名,2023,actual,,24,,,24,,
            """;

    @TempDir
    Path dir;

    private final CliHarness cli = new CliHarness();

    /** A workspace holding 区规划 (from {@link #CSV}), by the command line as a planner would import it. */
    private String workspaceWithThePlan() throws Exception {
        Path csv = dir.resolve("plan.csv");
        Files.writeString(csv, CSV, StandardCharsets.UTF_8);
        String ws = dir.resolve("ws").toString();
        assertThat(cli.run("import", "--workspace", ws, "--file", csv.toString()))
                .as(cli.err())
                .isZero();
        return ws;
    }

    @Test
    void aYearsReportHasTheTableTheCountsTheMissedChartAndTheFootnotes() throws Exception {
        String ws = workspaceWithThePlan();
        Path out = dir.resolve("报告.docx");
        assertThat(cli.run("report", "--workspace", ws, "--plan", "区规划", "--year", "2023", "--out", out.toString()))
                .as(cli.err())
                .isZero();
        assertThat(cli.out()).contains("3 行指标", "1 张图表");
        try (InputStream in = Files.newInputStream(out);
                XWPFDocument doc = new XWPFDocument(in)) {
            List<String> paragraphs =
                    doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(paragraphs).contains("区规划2023年实施情况报告", "一、总体情况", "二、指标完成情况", "三、未达成和有风险的指标");
            assertThat(paragraphs)
                    .anySatisfy(p -> assertThat(p).contains("有目标的指标共 2 项", "达成 1 项", "未达成 1 项", "待填报 0 项"));
            assertThat(paragraphs).anySatisfy(p -> assertThat(p).startsWith("图1 学业水平优良率（%）"));

            List<List<String>> rows = doc.getTables().get(0).getRows().stream()
                    .map(r -> r.getTableCells().stream()
                            .map(XWPFTableCell::getText)
                            .map(String::strip)
                            .toList())
                    .toList();
            assertThat(rows.get(0)).containsExactly("序号", "指标", "分项", "单位", "2023年目标", "实际", "状态", "达成率");
            assertThat(rows).contains(List.of("好学生"), List.of("好教师"));
            String met = Status.MET.symbol() + " 达成";
            String missed = Status.MISSED.symbol() + " 未达成";
            List<String> junior = rows.get(2);
            assertThat(junior.get(1)).startsWith("学业水平优良率"); // and the footnote's mark
            assertThat(junior).containsSequence("初中", "%", "≥92", "91", missed, "98.9%");
            assertThat(rows)
                    .contains(List.of("", "", "小学", "%", "≥96", "96.2", met, "100.2%"))
                    .contains(List.of("2", "市级以上名师数", "", "名", "≥20", "24", met, "120.0%"));

            assertThat(doc.getCharts()).hasSize(1);
            XWPFChart chart = doc.getCharts().get(0);
            assertThat(chart.getCTChart()
                            .getTitle()
                            .getTx()
                            .getRich()
                            .getPArray(0)
                            .getRArray(0)
                            .getT())
                    .isEqualTo("学业水平优良率");
            XDDFChartData data = chart.getChartSeries().get(0);
            assertThat(data.getSeriesCount()).isEqualTo(4);
            XDDFChartData.Series target = data.getSeries(0);
            XDDFChartData.Series actual = data.getSeries(1);
            assertThat(target.getCategoryData().getPointAt(1)).isEqualTo("2023");
            assertThat(target.getValuesData().getPointAt(1)).isEqualTo(92.0);
            assertThat(actual.getValuesData().getPointAt(0)).isEqualTo(90.5);
            assertThat(actual.getValuesData().getPointAt(1)).isEqualTo(91.0);
            // the figures are in the chart's own workbook, so Word's 编辑数据 shows them
            assertThat(chart.getWorkbook().getSheetAt(0).getRow(2).getCell(2).getNumericCellValue())
                    .isEqualTo(91.0);

            assertThat(doc.getFootnotes().stream()
                            .flatMap(f -> f.getParagraphs().stream())
                            .map(XWPFParagraph::getText))
                    .anySatisfy(f -> assertThat(f).contains("2023年区教育统计公报"));
            assertThat(doc.getHeaderList().get(0).getText()).contains("区规划");
            assertThat(doc.getProperties().getCoreProperties().getTitle()).isEqualTo("区规划2023年实施情况报告");
            assertThat(doc.getProperties().getCoreProperties().getCreator()).isNotBlank();
        }
    }

    @Test
    void thePdfHasTheSameContentAsTextAndTheTableHeaderOnEveryPage() throws Exception {
        String ws = workspaceWithThePlan();
        Path pdf = dir.resolve("报告.pdf");
        assertThat(cli.run(
                        "report",
                        "--workspace",
                        ws,
                        "--plan",
                        "区规划",
                        "--year",
                        "2023",
                        "--format",
                        "pdf",
                        "--out",
                        pdf.toString()))
                .as(cli.err())
                .isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = Text.normalize(new PDFTextStripper().getText(doc));
            assertThat(text)
                    .contains(Text.normalize("区规划2023年实施情况报告"), "有目标的指标共2项", "学业水平优良率", "98.9%", "100.2%", "图1", "未达成");
            // the text comes back: it was written as text in the embedded font, not as shapes or pictures
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("区规划2023年实施情况报告");
        }
        // the sample's 钱塘优学 has 92 indicators in 2024: several pages, each table page headed
        Path long_ = dir.resolve("钱塘.pdf");
        assertThat(cli.run(
                        "report",
                        "--workspace",
                        dir.resolve("sample").toString(),
                        "--plan",
                        "钱塘优学",
                        "--year",
                        "2024",
                        "--format",
                        "pdf",
                        "--out",
                        long_.toString()))
                .as(cli.err())
                .isZero();
        try (PDDocument doc = Loader.loadPDF(long_.toFile())) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(2);
            PDFTextStripper page2 = new PDFTextStripper();
            page2.setStartPage(2);
            page2.setEndPage(2);
            assertThat(Text.normalize(page2.getText(doc))).contains("序号", "2024年目标", "达成率");
        }
    }

    @Test
    void aYearWithoutTargetsAndAnUnknownFormatAreRefusedInWords() throws Exception {
        String ws = workspaceWithThePlan();
        Path out = dir.resolve("r.docx");
        assertThat(cli.run("report", "--workspace", ws, "--plan", "区规划", "--year", "2030", "--out", out.toString()))
                .isEqualTo(3);
        assertThat(cli.err()).contains("2030 年没有目标");
        assertThat(cli.run(
                        "report",
                        "--workspace",
                        ws,
                        "--plan",
                        "区规划",
                        "--year",
                        "2023",
                        "--format",
                        "odt",
                        "--out",
                        out.toString()))
                .isEqualTo(2);
        assertThat(Files.exists(out)).isFalse();
    }
}
