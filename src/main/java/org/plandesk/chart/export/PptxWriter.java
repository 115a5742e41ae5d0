package org.plandesk.chart.export;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.sl.usermodel.TextParagraph;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.plandesk.chart.PlanChart;
import org.plandesk.shared.TaskRunner;

/** A 16:9 deck with Apache POI: an optional title slide, then one full-slide chart picture per slide. */
final class PptxWriter {
    /** 16:9 slide in points (13.333 × 7.5 in). */
    private static final Dimension SLIDE = new Dimension(960, 540);
    /** The font named for slide text; WPS and Office on Chinese systems have it. */
    private static final String SLIDE_FONT = "微软雅黑";
    private final ChartExporter exporter;

    PptxWriter(ChartExporter exporter) {
        this.exporter = exporter;
    }

    void write(List<PlanChart> charts, String title, String subtitle, OutputStream out, TaskRunner.Progress progress)
            throws IOException {
        try (XMLSlideShow show = new XMLSlideShow()) {
            show.setPageSize(SLIDE);
            if (title != null) {
                XSLFSlide slide = show.createSlide();
                slide.getBackground().setFillColor(exporter.theme().background());
                text(slide, title, new Rectangle2D.Double(60, 170, 840, 120), 36, true, exporter.theme().text());
                text(slide, subtitle, new Rectangle2D.Double(60, 300, 840, 60), 20, false,
                        exporter.theme().mutedText());
            }
            ParallelPng.stream(exporter, charts, ExportSize.FULL_HD, progress != null ? progress : TaskRunner.Progress.NONE,
                    (i, png) -> {
                        XSLFPictureData data = show.addPicture(png, PictureData.PictureType.PNG);
                        XSLFSlide slide = show.createSlide();
                        XSLFPictureShape pic = slide.createPicture(data);
                        pic.setAnchor(new Rectangle2D.Double(0, 0, SLIDE.width, SLIDE.height));
                        pic.setName(charts.get(i).title());
                    });
            show.write(out);
        }
    }

    private static void text(XSLFSlide slide, String text, Rectangle2D anchor, double size, boolean bold, Color color) {
        XSLFTextBox box = slide.createTextBox();
        box.setAnchor(anchor);
        box.clearText();
        XSLFTextParagraph p = box.addNewTextParagraph();
        p.setTextAlign(TextParagraph.TextAlign.LEFT);
        XSLFTextRun r = p.addNewTextRun();
        r.setText(text == null ? "" : text);
        r.setFontSize(size);
        r.setBold(bold);
        r.setFontColor(color);
        r.setFontFamily(SLIDE_FONT);
    }
}
