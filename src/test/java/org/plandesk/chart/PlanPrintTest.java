package org.plandesk.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plandesk.TestContexts;
import org.plandesk.chart.export.ChartExporter;
import org.plandesk.chart.export.PlanPrint;
import org.plandesk.chart.export.PrintPage;
import org.plandesk.context.AppContext;
import org.plandesk.plan.Indicator;
import org.plandesk.plan.PlanData;
import org.plandesk.shared.ChartFonts;
import org.plandesk.shared.Messages;
import org.plandesk.shared.Text;

/** 文件 → 打印's page model: what it lays out on A4, read back from the PDF it writes. */
class PlanPrintTest {
    @TempDir
    static Path dir;

    static AppContext ctx;
    static ChartTheme theme;
    static PlanPrint print;
    static ChartExporter exporter;
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @BeforeAll
    static void open() throws Exception {
        ctx = TestContexts.sample(dir);
        theme = new ChartTheme(ChartFonts.register(), ChartTheme.Variant.LIGHT);
        print = new PlanPrint(theme, new Messages(Messages.CHINESE));
        exporter = new ChartExporter(theme);
    }

    @AfterAll
    static void close() {
        ctx.close();
    }

    private static PlanData plan(String name) {
        return ctx.plans().load(ctx.plans().find(name).orElseThrow().id());
    }

    private static String pdfText(List<PrintPage> pages, String name) throws Exception {
        Path pdf = dir.resolve(name + ".pdf");
        try (var out = Files.newOutputStream(pdf)) {
            exporter.pdfPages(pages, name, out);
        }
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(pages.size());
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void theYearInFocusPrintsEveryIndicatorWithItsFiguresOnNumberedA4Pages() throws Exception {
        PlanData d = plan("钱塘优学");
        PlanChart chart = new PlanCharts(new Messages(Messages.CHINESE), TestContexts.CLOCK).summary(d);
        List<PrintPage> pages = print.pages(
                d, 2026, TODAY, chart, new PlanPrint.Options(2024, true, PlanPrint.Content.TABLE_AND_CHART));
        assertThat(pages).allSatisfy(p -> {
            assertThat(p.width()).isEqualTo(PrintPage.A4_LONG);
            assertThat(p.height()).isEqualTo(PrintPage.A4_SHORT);
        });
        // 92 indicators with 102 parts and 7 headings do not fit one page; the chart has its own page at the end
        assertThat(pages.size()).isBetween(4, 12);
        String text = Text.normalize(pdfText(pages, "qiantang-2024"));
        for (Indicator i : d.indicators()) {
            // a long name wraps in its column: compared without the line breaks
            assertThat(text).as(i.name()).contains(Text.normalize(i.name()));
        }
        assertThat(text)
                .contains("≥2200")
                .contains("2024年·目标、实际与状态·数据截至2026-11-22")
                .contains("第1/" + pages.size() + "页")
                .contains("第" + pages.size() + "/" + pages.size() + "页")
                .contains(Text.normalize(chart.title()));
    }

    @Test
    void aPlanWithMoreYearsThanFitPrintsThemInRunsAndPortraitPagesAreTaller() throws Exception {
        PlanData d = plan("衢州教育现代化先行区");
        List<PrintPage> one =
                print.pages(d, 2026, TODAY, null, new PlanPrint.Options(2027, true, PlanPrint.Content.TABLE));
        List<PrintPage> all =
                print.pages(d, 2026, TODAY, null, new PlanPrint.Options(null, true, PlanPrint.Content.TABLE));
        assertThat(all.size()).isGreaterThan(one.size());
        String text = Text.normalize(pdfText(all, "quzhou-all"));
        assertThat(text).contains("2024年–2026年").contains("2030年");
        List<PrintPage> portrait =
                print.pages(d, 2026, TODAY, null, new PlanPrint.Options(2027, false, PlanPrint.Content.TABLE));
        assertThat(portrait.get(0).height()).isEqualTo(PrintPage.A4_LONG);
    }

    @Test
    void aPageDrawnToAnImageHasTextInItsTableArea() throws Exception {
        PlanData d = plan("钱塘优学");
        PrintPage page = print.pages(d, 2026, TODAY, null, new PlanPrint.Options(2024, true, PlanPrint.Content.TABLE))
                .get(0);
        BufferedImage img = new BufferedImage((int) page.width(), (int) page.height(), BufferedImage.TYPE_INT_RGB);
        var g = img.createGraphics();
        page.painter().accept(g);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(img, "png", png);
        Files.write(dir.resolve("page1.png"), png.toByteArray());
        if (Boolean.getBoolean("plandesk.keepPrintPreview")) {
            Files.write(Path.of("target/print-page1.png"), png.toByteArray());
        }
        int dark = 0;
        for (int y = 150; y < 700; y += 2) {
            for (int x = 60; x < 1060; x += 2) {
                if ((img.getRGB(x, y) & 0xff) < 128) {
                    dark++;
                }
            }
        }
        assertThat(dark).isGreaterThan(2000);
    }
}
