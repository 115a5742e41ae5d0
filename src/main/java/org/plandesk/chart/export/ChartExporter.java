package org.plandesk.chart.export;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.jfree.svg.SVGGraphics2D;
import org.plandesk.chart.ChartTheme;
import org.plandesk.chart.PlanChart;
import org.plandesk.shared.TaskRunner;

/** Draws a chart into PNG, SVG, PDF and PPTX; every format comes from the same {@link PlanChart#draw}. */
public final class ChartExporter {
    private final ChartTheme theme;

    public ChartExporter(ChartTheme theme) {
        this.theme = theme;
    }

    public ChartTheme theme() {
        return theme;
    }

    /** The chart as an image of {@code size.pixelWidth() × size.pixelHeight()} pixels. */
    public BufferedImage image(PlanChart chart, ExportSize size) {
        BufferedImage img = new BufferedImage(size.pixelWidth(), size.pixelHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            hints(g);
            g.scale(size.scale(), size.scale());
            g.setPaint(theme.background());
            g.fill(new Rectangle2D.Double(0, 0, size.width(), size.height()));
            chart.draw(g, new Rectangle2D.Double(0, 0, size.width(), size.height()), theme);
        } finally {
            g.dispose();
        }
        return img;
    }

    public void png(PlanChart chart, ExportSize size, OutputStream out) throws IOException {
        writePng(image(chart, size), out);
    }

    /** PNG with a fast deflate level: charts are flat colour, so the file stays small and encoding quick. */
    public static void writePng(BufferedImage img, OutputStream out) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (param.canWriteCompressed()) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(0.7f);
            }
            writer.write(null, new IIOImage(img, null, null), param);
        } finally {
            writer.dispose();
        }
    }

    public void svg(PlanChart chart, ExportSize size, Writer out) throws IOException {
        SVGGraphics2D g = new SVGGraphics2D(size.width(), size.height());
        hints(g);
        g.setPaint(theme.background());
        g.fill(new Rectangle2D.Double(0, 0, size.width(), size.height()));
        chart.draw(g, new Rectangle2D.Double(0, 0, size.width(), size.height()), theme);
        out.write(g.getSVGDocument());
        out.flush();
    }

    /** One page per chart, with the bundled font embedded so Chinese shows on any machine. */
    /** Print pages ({@link PlanPrint}) as a PDF, with the bundled font embedded. */
    public void pdfPages(List<PrintPage> pages, String title, OutputStream out) throws IOException {
        new PdfWriter(theme).writePages(pages, title, out);
    }

    public void pdf(List<PlanChart> charts, ExportSize size, OutputStream out) throws IOException {
        new PdfWriter(theme).write(charts, size, out);
    }

    /** One 16:9 slide per chart, after a title slide when {@code deckTitle} is given. */
    public void pptx(List<PlanChart> charts, String deckTitle, String deckSubtitle, OutputStream out)
            throws IOException {
        pptx(charts, deckTitle, deckSubtitle, out, null);
    }

    /** As {@link #pptx(List, String, String, OutputStream)}, reporting each slide and stopping when cancelled. */
    public void pptx(
            List<PlanChart> charts,
            String deckTitle,
            String deckSubtitle,
            OutputStream out,
            TaskRunner.Progress progress)
            throws IOException {
        new PptxWriter(this).write(charts, deckTitle, deckSubtitle, out, progress);
    }

    static void hints(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    }
}
