package org.plandesk.chart.export;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;
import org.plandesk.chart.ChartTheme;
import org.plandesk.chart.PlanChart;
import org.plandesk.shared.ChartFonts;

/**
 * PDF through PDFBox and pdfbox-graphics2d: vector drawing, text as text in the embedded (subset) bundled font, so
 * the Chinese displays on machines without Chinese fonts and can be searched and copied.
 */
final class PdfWriter {
    /** Pixels at 96 dpi to PDF points. */
    private static final float PX_TO_PT = 0.75f;

    private final ChartTheme theme;

    PdfWriter(ChartTheme theme) {
        this.theme = theme;
    }

    void write(List<PlanChart> charts, ExportSize size, OutputStream out) throws IOException {
        List<PrintPage> pages = charts.stream()
                .map(chart -> new PrintPage(size.width(), size.height(), g -> {
                    g.setPaint(theme.background());
                    g.fill(new Rectangle2D.Double(0, 0, size.width(), size.height()));
                    chart.draw(g, new Rectangle2D.Double(0, 0, size.width(), size.height()), theme);
                }))
                .toList();
        writePages(pages, charts.isEmpty() ? "" : charts.get(0).title(), out);
    }

    /** Pages drawn in vector form with the embedded bundled font, one PDF page each (96 px to 72 pt). */
    void writePages(List<PrintPage> pages, String title, OutputStream out) throws IOException {
        try (InputStream fontIn = Objects.requireNonNull(ChartFonts.class.getResourceAsStream(ChartFonts.RESOURCE));
                TrueTypeCollection collection = new TrueTypeCollection(fontIn);
                PDDocument doc = new PDDocument()) {
            TrueTypeFont[] first = new TrueTypeFont[1];
            collection.processAllFonts(f -> {
                if (first[0] == null) {
                    first[0] = f;
                }
            });
            PDFont font = PDType0Font.load(doc, first[0], true);
            try (EmbeddedFontDrawer drawer = new EmbeddedFontDrawer(font)) {
                for (PrintPage p : pages) {
                    PDPage page =
                            new PDPage(new PDRectangle((float) p.width() * PX_TO_PT, (float) p.height() * PX_TO_PT));
                    doc.addPage(page);
                    PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, (float) p.width(), (float) p.height());
                    g.setFontTextDrawer(drawer);
                    ChartExporter.hints(g);
                    p.painter().accept(g);
                    g.dispose();
                    try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                        cs.transform(Matrix.getScaleInstance(PX_TO_PT, PX_TO_PT));
                        cs.drawForm(g.getXFormObject());
                    }
                }
                doc.getDocumentInformation().setTitle(title);
                doc.getDocumentInformation().setCreator("PlanDesk 规划台");
                doc.save(out);
            }
        }
    }

    /** Maps every font of the chart to the embedded bundled font: the charts use no other. */
    private static final class EmbeddedFontDrawer extends PdfBoxGraphics2DFontTextDrawer {
        private final PDFont font;

        EmbeddedFontDrawer(PDFont font) {
            this.font = font;
        }

        @Override
        protected PDFont mapFont(Font awtFont, IFontTextDrawerEnv env) {
            return font;
        }
    }
}
