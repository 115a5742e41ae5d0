package org.plandesk.chart.export;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.plandesk.chart.PlanChart;
import org.plandesk.shared.TaskRunner;

/**
 * A 16:9 deck: an optional title slide, then one full-slide chart picture per slide.
 *
 * <p>The deck is built on Apache POI's own empty presentation (its slide master, layouts and theme, read from the
 * poi-ooxml jar as a resource), to which this class adds the slides, their pictures and the relations. Only these
 * picture and text slides are written here; everything else comes from POI's template. Building the deck through
 * POI's object model cost about a second per command (loading POI, and decoding every picture to size it), which
 * kept the 28-chart deck from the 3-second goal; POI still reads every deck back in the tests.
 */
final class PptxWriter {
    /** 16:9 slide, 13.333 × 7.5 in, in EMU. */
    static final long SLIDE_CX = 12_192_000L;

    static final long SLIDE_CY = 6_858_000L;
    private static final String TEMPLATE = "/org/apache/poi/xslf/usermodel/empty.pptx";
    /** The font named for slide text; WPS and Office on Chinese systems have it. */
    private static final String SLIDE_FONT = "微软雅黑";

    private static final String NS = "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
            + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
            + "xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\"";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private static final String SLIDE_TYPE = "application/vnd.openxmlformats-officedocument.presentationml.slide+xml";
    private final ChartExporter exporter;

    PptxWriter(ChartExporter exporter) {
        this.exporter = exporter;
    }

    void write(List<PlanChart> charts, String title, String subtitle, OutputStream out, TaskRunner.Progress progress)
            throws IOException {
        Map<String, byte[]> template = template();
        int titleSlides = title == null ? 0 : 1;
        int slides = titleSlides + charts.size();
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        zip.setLevel(Deflater.BEST_SPEED);
        put(zip, "[Content_Types].xml", contentTypes(text(template, "[Content_Types].xml"), slides));
        put(zip, "ppt/presentation.xml", presentation(text(template, "ppt/presentation.xml"), slides));
        put(
                zip,
                "ppt/_rels/presentation.xml.rels",
                presentationRels(text(template, "ppt/_rels/presentation.xml.rels"), slides));
        for (Map.Entry<String, byte[]> e : template.entrySet()) {
            if (!e.getKey().equals("[Content_Types].xml")
                    && !e.getKey().equals("ppt/presentation.xml")
                    && !e.getKey().equals("ppt/_rels/presentation.xml.rels")) {
                put(zip, e.getKey(), e.getValue());
            }
        }
        if (title != null) {
            put(zip, "ppt/slides/slide1.xml", titleSlide(title, subtitle));
            put(zip, "ppt/slides/_rels/slide1.xml.rels", slideRels(null));
        }
        ParallelPng.stream(
                exporter,
                charts,
                ExportSize.FULL_HD,
                progress != null ? progress : TaskRunner.Progress.NONE,
                (i, png) -> {
                    int n = titleSlides + i + 1;
                    zip.setLevel(Deflater.NO_COMPRESSION);
                    put(zip, "ppt/media/image" + (i + 1) + ".png", png);
                    zip.setLevel(Deflater.BEST_SPEED);
                    put(
                            zip,
                            "ppt/slides/slide" + n + ".xml",
                            pictureSlide(charts.get(i).title()));
                    put(
                            zip,
                            "ppt/slides/_rels/slide" + n + ".xml.rels",
                            slideRels("../media/image" + (i + 1) + ".png"));
                });
        zip.finish();
        zip.flush();
    }

    /** POI's empty presentation, part name → bytes. */
    private static Map<String, byte[]> template() throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (InputStream in = PptxWriter.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IOException("Apache POI's presentation template is missing: " + TEMPLATE);
            }
            ZipInputStream z = new ZipInputStream(in);
            for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                if (!e.isDirectory()) {
                    parts.put(e.getName(), z.readAllBytes());
                }
            }
        }
        return parts;
    }

    private static String text(Map<String, byte[]> template, String part) throws IOException {
        byte[] b = template.get(part);
        if (b == null) {
            throw new IOException("Apache POI's presentation template lacks " + part);
        }
        return new String(b, StandardCharsets.UTF_8);
    }

    private static void put(ZipOutputStream zip, String name, byte[] data) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(data);
        zip.closeEntry();
    }

    private static void put(ZipOutputStream zip, String name, String xml) throws IOException {
        put(zip, name, xml.getBytes(StandardCharsets.UTF_8));
    }

    static String contentTypes(String xml, int slides) {
        StringBuilder add = new StringBuilder("<Default Extension=\"png\" ContentType=\"image/png\"/>");
        for (int i = 1; i <= slides; i++) {
            add.append("<Override PartName=\"/ppt/slides/slide")
                    .append(i)
                    .append(".xml\" ContentType=\"")
                    .append(SLIDE_TYPE)
                    .append("\"/>");
        }
        return xml.replace("</Types>", add + "</Types>");
    }

    static String presentation(String xml, int slides) {
        StringBuilder ids = new StringBuilder("<p:sldIdLst>");
        for (int i = 1; i <= slides; i++) {
            ids.append("<p:sldId id=\"")
                    .append(255 + i)
                    .append("\" r:id=\"rIdS")
                    .append(i)
                    .append("\"/>");
        }
        ids.append("</p:sldIdLst>");
        String sized =
                xml.replaceFirst("<p:sldSz [^>]*/>", "<p:sldSz cx=\"" + SLIDE_CX + "\" cy=\"" + SLIDE_CY + "\"/>");
        return slides == 0 ? sized : sized.replace("</p:sldMasterIdLst>", "</p:sldMasterIdLst>" + ids);
    }

    static String presentationRels(String xml, int slides) {
        StringBuilder add = new StringBuilder();
        for (int i = 1; i <= slides; i++) {
            add.append("<Relationship Id=\"rIdS")
                    .append(i)
                    .append("\" Type=\"")
                    .append(REL)
                    .append("slide\" Target=\"slides/slide")
                    .append(i)
                    .append(".xml\"/>");
        }
        return xml.replace("</Relationships>", add + "</Relationships>");
    }

    private static String slideRels(String image) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + REL
                + "slideLayout\" Target=\"../slideLayouts/slideLayout7.xml\"/>");
        if (image != null) {
            b.append("<Relationship Id=\"rId2\" Type=\"")
                    .append(REL)
                    .append("image\" Target=\"")
                    .append(image)
                    .append("\"/>");
        }
        return b.append("</Relationships>").toString();
    }

    private String pictureSlide(String name) {
        return slide("<p:pic><p:nvPicPr><p:cNvPr id=\"2\" name=\"" + escape(name) + "\" descr=\"" + escape(name)
                + "\"/><p:cNvPicPr><a:picLocks noChangeAspect=\"1\"/></p:cNvPicPr><p:nvPr/></p:nvPicPr>"
                + "<p:blipFill><a:blip r:embed=\"rId2\"/><a:stretch><a:fillRect/></a:stretch></p:blipFill>"
                + "<p:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"" + SLIDE_CX + "\" cy=\"" + SLIDE_CY
                + "\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></p:spPr></p:pic>");
    }

    private String titleSlide(String title, String subtitle) {
        return slide(textBox(
                        2,
                        "Title",
                        title,
                        762_000,
                        2_159_000,
                        10_668_000,
                        1_524_000,
                        3600,
                        true,
                        exporter.theme().text())
                + textBox(
                        3,
                        "Subtitle",
                        subtitle == null ? "" : subtitle,
                        762_000,
                        3_810_000,
                        10_668_000,
                        762_000,
                        2000,
                        false,
                        exporter.theme().mutedText()));
    }

    private String slide(String shapes) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><p:sld " + NS + "><p:cSld><p:bg><p:bgPr>"
                + "<a:solidFill><a:srgbClr val=\"" + hex(exporter.theme().background()) + "\"/></a:solidFill>"
                + "<a:effectLst/></p:bgPr></p:bg><p:spTree><p:nvGrpSpPr><p:cNvPr id=\"1\" name=\"\"/><p:cNvGrpSpPr/>"
                + "<p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"0\" cy=\"0\"/>"
                + "<a:chOff x=\"0\" y=\"0\"/><a:chExt cx=\"0\" cy=\"0\"/></a:xfrm></p:grpSpPr>" + shapes
                + "</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>";
    }

    private static String textBox(
            int id, String name, String text, long x, long y, long cx, long cy, int size, boolean bold, Color color) {
        return "<p:sp><p:nvSpPr><p:cNvPr id=\"" + id + "\" name=\"" + name + "\"/><p:cNvSpPr txBox=\"1\"/><p:nvPr/>"
                + "</p:nvSpPr><p:spPr><a:xfrm><a:off x=\"" + x + "\" y=\"" + y + "\"/><a:ext cx=\"" + cx + "\" cy=\""
                + cy + "\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom><a:noFill/></p:spPr>"
                + "<p:txBody><a:bodyPr wrap=\"square\" anchor=\"t\"/><a:lstStyle/><a:p><a:pPr algn=\"l\"/><a:r>"
                + "<a:rPr lang=\"zh-CN\" altLang=\"en-US\" sz=\"" + size + "\" b=\"" + (bold ? 1 : 0) + "\">"
                + "<a:solidFill><a:srgbClr val=\"" + hex(color) + "\"/></a:solidFill><a:latin typeface=\"" + SLIDE_FONT
                + "\"/><a:ea typeface=\"" + SLIDE_FONT + "\"/></a:rPr><a:t>" + escape(text) + "</a:t></a:r></a:p>"
                + "</p:txBody></p:sp>";
    }

    private static String hex(Color c) {
        return String.format("%02X%02X%02X", c.getRed(), c.getGreen(), c.getBlue());
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> {
                    if (ch >= 0x20 || ch == '\t' || ch == '\n' || ch == '\r') {
                        b.append(ch);
                    }
                }
            }
        }
        return b.toString();
    }
}
