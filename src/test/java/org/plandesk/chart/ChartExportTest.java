package org.plandesk.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plandesk.TestContexts;
import org.plandesk.chart.export.ChartExporter;
import org.plandesk.chart.export.ExportSize;
import org.plandesk.context.AppContext;
import org.plandesk.plan.PlanData;
import org.plandesk.shared.ChartFonts;
import org.plandesk.shared.Messages;
import org.w3c.dom.Document;

/** Every export format, opened the way its reader would. */
class ChartExportTest {
    @TempDir
    static Path dir;

    static AppContext ctx;
    static PlanData data;
    static PlanCharts charts;
    static ChartExporter exporter;

    @BeforeAll
    static void open() throws Exception {
        ctx = TestContexts.sample(dir);
        data = ctx.plans().load(ctx.plans().find("钱塘优学").orElseThrow().id());
        charts = new PlanCharts(new Messages(Messages.CHINESE), TestContexts.CLOCK);
        exporter = new ChartExporter(new ChartTheme(ChartFonts.register(), ChartTheme.Variant.LIGHT));
    }

    @AfterAll
    static void close() {
        ctx.close();
    }

    private static TrajectoryChart cv() {
        return charts.trajectory(data, "17").orElseThrow();
    }

    @Test
    void pngHasTheRequestedPixelSizeAndIsNotBlank() throws Exception {
        for (ExportSize size : List.of(ExportSize.FULL_HD, ExportSize.HD.withScale(2), new ExportSize(800, 600, 3))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            exporter.png(cv(), size, out);
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
            assertThat(img.getWidth()).isEqualTo(size.pixelWidth());
            assertThat(img.getHeight()).isEqualTo(size.pixelHeight());
            Set<Integer> colours = new HashSet<>();
            int inked = 0;
            for (int y = 0; y < img.getHeight(); y += 3) {
                for (int x = 0; x < img.getWidth(); x += 3) {
                    int rgb = img.getRGB(x, y) & 0xFFFFFF;
                    colours.add(rgb);
                    if (rgb != 0xFFFFFF) {
                        inked++;
                    }
                }
            }
            assertThat(colours.size()).as("distinct colours").isGreaterThan(20);
            assertThat(inked).as("pixels drawn").isGreaterThan(img.getWidth() * img.getHeight() / 9 / 50);
        }
    }

    /** Nothing touches the image border at any preset: titles, legends and labels are inside. */
    @Test
    void nothingIsClippedAtAnyPreset() {
        for (PlanChart chart : List.<PlanChart>of(
                cv(),
                charts.trajectory(data, "28").orElseThrow(),
                charts.trajectory(data, "2").orElseThrow(),
                charts.summary(data),
                charts.dashboard(data, "好学生 全面成长"))) {
            for (ExportSize size : List.of(ExportSize.FULL_HD, ExportSize.HD, ExportSize.A4_300DPI)) {
                BufferedImage img = exporter.image(chart, size);
                int w = img.getWidth();
                int h = img.getHeight();
                for (int x = 0; x < w; x++) {
                    assertThat(img.getRGB(x, 1) & 0xFFFFFF)
                            .as("%s %s top", chart.title(), size)
                            .isEqualTo(0xFFFFFF);
                    assertThat(img.getRGB(x, h - 2) & 0xFFFFFF)
                            .as("%s %s bottom", chart.title(), size)
                            .isEqualTo(0xFFFFFF);
                }
                for (int y = 0; y < h; y++) {
                    assertThat(img.getRGB(1, y) & 0xFFFFFF)
                            .as("%s %s left", chart.title(), size)
                            .isEqualTo(0xFFFFFF);
                    assertThat(img.getRGB(w - 2, y) & 0xFFFFFF)
                            .as("%s %s right", chart.title(), size)
                            .isEqualTo(0xFFFFFF);
                }
            }
        }
    }

    @Test
    void svgParsesAsXmlAndContainsTheTitle() throws Exception {
        StringWriter out = new StringWriter();
        exporter.svg(cv(), ExportSize.FULL_HD, out);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document doc = f.newDocumentBuilder()
                .parse(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(doc.getDocumentElement().getTextContent()).contains("初中/小学校际优质均衡差异系数", "≤0.45");
    }

    @Test
    void pdfGivesBackTheChineseTitleAsText() throws Exception {
        Path pdf = dir.resolve("cv.pdf");
        try (var out = Files.newOutputStream(pdf)) {
            exporter.pdf(List.of(cv()), ExportSize.FULL_HD, out);
        }
        // PDFBox's own text extraction, as a reader's search or copy would see the text (no tool outside Maven)
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(doc);
        }
        assertThat(text).contains("初中/小学校际优质均衡差异系数", "钱塘优学");
    }

    @Test
    void pptxHasATitleSlideAndOneSlidePerChart() throws Exception {
        List<PlanChart> three = List.of(cv(), charts.trajectory(data, "1").orElseThrow(), charts.summary(data));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.pptx(three, data.plan().title(), "2022–2024    2026-11-22", out);
        try (XMLSlideShow show = new XMLSlideShow(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(show.getSlides()).hasSize(4);
            assertThat(show.getPageSize().getWidth() / show.getPageSize().getHeight())
                    .isEqualTo(16.0 / 9);
            assertThat(show.getSlides().get(0).getShapes().toString()).isNotEmpty();
            String titleText =
                    ((XSLFTextShape) show.getSlides().get(0).getShapes().get(0)).getText();
            assertThat(titleText).isEqualTo(data.plan().title());
            assertThat(show.getPictureData()).hasSize(3);
            String subtitle =
                    ((XSLFTextShape) show.getSlides().get(0).getShapes().get(1)).getText();
            assertThat(subtitle).isEqualTo("2022–2024    2026-11-22");
            for (int i = 1; i < 4; i++) {
                var shapes = show.getSlides().get(i).getShapes();
                assertThat(shapes).singleElement().isInstanceOf(XSLFPictureShape.class);
                var pic = (XSLFPictureShape) shapes.get(0);
                assertThat(pic.getAnchor().getWidth())
                        .isEqualTo(show.getPageSize().getWidth());
                assertThat(pic.getAnchor().getHeight())
                        .isEqualTo(show.getPageSize().getHeight());
                assertThat(pic.getShapeName()).isEqualTo(three.get(i - 1).title());
                BufferedImage img = ImageIO.read(
                        new ByteArrayInputStream(pic.getPictureData().getData()));
                assertThat(img.getWidth()).isEqualTo(1920);
                assertThat(img.getHeight()).isEqualTo(1080);
            }
        }
    }

    @Test
    void aDeckWithoutATitleSlideAndTitlesThatNeedEscapingOpens() throws Exception {
        PlanChart odd = new PlanChart() {
            @Override
            public String title() {
                return "A&B <C> \"D\" 'E'";
            }

            @Override
            public String fileStem() {
                return "odd";
            }

            @Override
            public void draw(Graphics2D g, Rectangle2D area, ChartTheme theme) {
                cv().draw(g, area, theme);
            }
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.pptx(List.of(odd, cv()), null, null, out);
        try (XMLSlideShow show = new XMLSlideShow(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(show.getSlides()).hasSize(2);
            assertThat(show.getSlides().get(0).getShapes().get(0).getShapeName())
                    .isEqualTo("A&B <C> \"D\" 'E'");
        }
    }

    @Test
    void aSummaryOfAYearWithoutTargetsSaysSoInsteadOfDrawingAnEmptyAxis() throws Exception {
        // 钱塘优学 runs 2022–2024: 2026 has no targets
        StringWriter empty = new StringWriter();
        exporter.svg(charts.summary(data, 2026), ExportSize.FULL_HD, empty);
        assertThat(empty.toString()).contains("这一年没有目标");
        StringWriter full = new StringWriter();
        exporter.svg(charts.summary(data, 2024), ExportSize.FULL_HD, full);
        assertThat(full.toString()).doesNotContain("这一年没有目标");
    }
}
