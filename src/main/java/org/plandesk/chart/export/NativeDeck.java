package org.plandesk.chart.export;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import javax.imageio.ImageIO;
import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.sl.usermodel.TextParagraph;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFChart;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.plandesk.chart.ChartTheme;
import org.plandesk.chart.PlanChart;
import org.plandesk.chart.TrajectoryChart;
import org.plandesk.shared.Messages;
import org.plandesk.shared.TaskRunner;

/**
 * A 16:9 deck whose trajectories are native charts (issue 15 §3): in PowerPoint, WPS or Impress the planner can
 * restyle a chart, change a label or open its data. Title, subtitle and source are text boxes; values, colours and
 * dashes come from the same chart model as the screen. Charts that are not a trajectory (dashboards, summaries, a
 * task's status card) stay pictures. The deck names its title, author and time, and carries a thumbnail.
 */
final class NativeDeck {
    /** The slide in points (16:9, 33.867 cm × 19.05 cm). */
    private static final double W = 960;

    private static final double H = 540;
    private static final String FONT = "微软雅黑";

    private final ChartExporter exporter;
    private final ChartTheme theme;
    private final Messages messages;

    NativeDeck(ChartExporter exporter, ChartTheme theme, Messages messages) {
        this.exporter = exporter;
        this.theme = theme;
        this.messages = messages;
    }

    void write(
            List<PlanChart> charts,
            String title,
            String subtitle,
            String author,
            Clock clock,
            OutputStream out,
            TaskRunner.Progress progress)
            throws IOException {
        try (XMLSlideShow ppt = new XMLSlideShow()) {
            ppt.setPageSize(new Dimension((int) W, (int) H));
            if (title != null) {
                XSLFSlide s = ppt.createSlide();
                text(s, title, 40, true, theme.text(), new Rectangle2D.Double(60, 180, W - 120, 90), true);
                text(s, subtitle, 20, false, theme.mutedText(), new Rectangle2D.Double(60, 280, W - 120, 50), true);
            }
            NativeCharts natives = new NativeCharts(theme, messages);
            for (int i = 0; i < charts.size(); i++) {
                if (progress != null) {
                    if (progress.isCancelled()) {
                        throw new CancellationException();
                    }
                    progress.update(i / (double) charts.size(), charts.get(i).title());
                }
                PlanChart chart = charts.get(i);
                XSLFSlide s = ppt.createSlide();
                if (chart instanceof TrajectoryChart t && !t.isCard()) {
                    text(s, t.spec().title(), 28, true, theme.text(), new Rectangle2D.Double(30, 14, W - 60, 46), true);
                    text(
                            s,
                            t.spec().subtitle(),
                            16,
                            false,
                            theme.mutedText(),
                            new Rectangle2D.Double(30, 58, W - 60, 30),
                            true);
                    XSLFChart c = ppt.createChart(s);
                    natives.fill(c, t.spec(), false, 16);
                    s.addChart(c, new Rectangle2D.Double(30 * 12700, 92 * 12700, (W - 60) * 12700, 400 * 12700));
                    text(
                            s,
                            t.spec().footer(),
                            11,
                            false,
                            theme.mutedText(),
                            new Rectangle2D.Double(30, H - 40, W - 60, 26),
                            false);
                } else {
                    ByteArrayOutputStream png = new ByteArrayOutputStream();
                    exporter.png(chart, ExportSize.FULL_HD, png);
                    XSLFPictureShape pic =
                            s.createPicture(ppt.addPicture(png.toByteArray(), PictureData.PictureType.PNG));
                    pic.setAnchor(new Rectangle2D.Double(0, 0, W, H));
                }
            }
            var props = ppt.getProperties();
            props.getCoreProperties()
                    .setTitle(
                            title != null
                                    ? title
                                    : charts.isEmpty() ? "" : charts.get(0).title());
            props.getCoreProperties().setCreator(author);
            props.getCoreProperties().setCreated(Optional.of(Date.from(clock.instant())));
            props.getExtendedProperties().setApplication("PlanDesk");
            if (!charts.isEmpty()) {
                props.setThumbnail("thumbnail.jpeg", new ByteArrayInputStream(thumbnail(charts.get(0))));
            }
            ppt.write(out);
        }
        if (progress != null) {
            progress.update(1, "");
        }
    }

    /** The first chart, small, as JPEG (the type of the thumbnail POI's empty deck already has). */
    private byte[] thumbnail(PlanChart chart) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        exporter.png(chart, new ExportSize(320, 180, 1), png);
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(png.toByteArray()));
        BufferedImage rgb = new BufferedImage(read.getWidth(), read.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        g.drawImage(read, 0, 0, Color.WHITE, null);
        g.dispose();
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(rgb, "jpeg", jpeg);
        return jpeg.toByteArray();
    }

    private static void text(
            XSLFSlide slide, String text, double size, boolean bold, Color colour, Rectangle2D at, boolean centred) {
        if (text == null || text.isEmpty()) {
            return;
        }
        XSLFTextBox box = slide.createTextBox();
        box.setAnchor(at);
        box.setWordWrap(true);
        XSLFTextRun r = box.setText(text);
        r.getParagraph().setTextAlign(centred ? TextParagraph.TextAlign.CENTER : TextParagraph.TextAlign.LEFT);
        r.setFontFamily(FONT);
        r.setFontSize(size);
        r.setBold(bold);
        r.setFontColor(colour);
    }
}
