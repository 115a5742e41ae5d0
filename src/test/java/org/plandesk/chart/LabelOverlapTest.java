package org.plandesk.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plandesk.TestContexts;
import org.plandesk.chart.export.ChartExporter;
import org.plandesk.chart.export.ExportSize;
import org.plandesk.context.AppContext;
import org.plandesk.plan.PlanData;
import org.plandesk.plan.io.wide.WideTableParser;
import org.plandesk.plan.io.wide.WideTables;
import org.plandesk.plan.service.PlanSummary;
import org.plandesk.shared.ChartFonts;
import org.plandesk.shared.Messages;

/**
 * No two texts of a chart sit on each other: every trajectory of the sample workspace is drawn as SVG at 1920×1080 and
 * at a dashboard tile's size, and the boxes of the texts actually written into the SVG (position, font, size and
 * transform as drawn, width measured with the same font) are compared pairwise.
 */
class LabelOverlapTest {
    @TempDir
    Path dir;

    private static final Pattern TEXT = Pattern.compile("<text([^>]*)>([^<]*)</text>");

    record Box(String text, Rectangle2D bounds) {}

    static List<Box> texts(String svg) {
        FontMetrics probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB)
                .createGraphics()
                .getFontMetrics();
        List<Box> out = new ArrayList<>();
        Matcher m = TEXT.matcher(svg);
        while (m.find()) {
            String attrs = m.group(1);
            String text = m.group(2).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">");
            if (text.isBlank()) {
                continue;
            }
            double x = number(attrs, "x");
            double y = number(attrs, "y");
            String style = attribute(attrs, "style");
            double size = Double.parseDouble(find(style, "font-size:\\s*([\\d.]+)px", "12"));
            String family = find(style, "font-family:\\s*([^;]+)", "SansSerif")
                    .replace("\"", "")
                    .strip();
            boolean bold = style.contains("font-weight: bold");
            Font font = new Font(family, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) size);
            FontMetrics fm = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB)
                    .createGraphics()
                    .getFontMetrics(font);
            assertThat(probe).isNotNull();
            Rectangle2D local = new Rectangle2D.Double(
                    x, y - fm.getAscent(), fm.stringWidth(text), fm.getAscent() + fm.getDescent());
            String transform = attribute(attrs, "transform");
            Matcher t = Pattern.compile("matrix\\(([^)]*)\\)").matcher(transform);
            Rectangle2D bounds = local;
            if (t.find()) {
                String[] v = t.group(1).split("[,\\s]+");
                AffineTransform at = new AffineTransform(
                        Double.parseDouble(v[0]),
                        Double.parseDouble(v[1]),
                        Double.parseDouble(v[2]),
                        Double.parseDouble(v[3]),
                        Double.parseDouble(v[4]),
                        Double.parseDouble(v[5]));
                bounds = at.createTransformedShape(local).getBounds2D();
            }
            out.add(new Box(text, bounds));
        }
        return out;
    }

    private static double number(String attrs, String name) {
        String v = attribute(attrs, name);
        return v.isEmpty() ? 0 : Double.parseDouble(v);
    }

    private static String attribute(String attrs, String name) {
        // JFreeSVG quotes attributes with ' (a style holds the font family in ")
        Matcher m =
                Pattern.compile("\\s" + name + "=(?:'([^']*)'|\"([^\"]*)\")").matcher(attrs);
        return m.find() ? (m.group(1) != null ? m.group(1) : m.group(2)) : "";
    }

    private static String find(String s, String regex, String otherwise) {
        Matcher m = Pattern.compile(regex).matcher(s);
        return m.find() ? m.group(1) : otherwise;
    }

    /** Pairs of texts whose boxes overlap by more than a pixel each way. */
    static List<String> overlaps(List<Box> boxes) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                Rectangle2D a = boxes.get(i).bounds();
                Rectangle2D b = boxes.get(j).bounds();
                Rectangle2D in = a.createIntersection(b);
                if (in.getWidth() > 1 && in.getHeight() > 1) {
                    out.add("“" + boxes.get(i).text() + "” × “" + boxes.get(j).text() + "”");
                }
            }
        }
        return out;
    }

    @Test
    void noTwoTextsOfAnyTrajectoryOverlapAtFullHdOrAtATilesSize() throws Exception {
        ChartTheme theme = new ChartTheme(ChartFonts.register(), ChartTheme.Variant.LIGHT);
        ChartExporter exporter = new ChartExporter(theme);
        PlanCharts charts = new PlanCharts(new Messages(Messages.CHINESE), TestContexts.CLOCK);
        List<String> problems = new ArrayList<>();
        int drawn = 0;
        try (AppContext ctx = TestContexts.sample(dir)) {
            // and a real 45-year series (入学率 1965–2009, from the real-tables corpus): dense years and labels
            Path real = Path.of("src", "test", "resources", "real-tables", "moe-primary-net-enrolment-1965-2009.csv");
            ctx.imports()
                    .importLong(
                            new WideTableParser()
                                    .parse(
                                            WideTables.read(Files.readAllBytes(real), real.toString(), null),
                                            "小学学龄儿童入学率",
                                            Map.of())
                                    .rows(),
                            false);
            for (PlanSummary s : ctx.plans().plans()) {
                PlanData d = ctx.plans().load(s.plan().id());
                for (TrajectoryChart t : charts.trajectories(d)) {
                    for (ExportSize size : List.of(ExportSize.FULL_HD, new ExportSize(480, 300, 1))) {
                        StringWriter svg = new StringWriter();
                        exporter.svg(t, size, svg);
                        List<Box> boxes = texts(svg.toString());
                        assertThat(boxes).as(t.title()).isNotEmpty();
                        drawn++;
                        for (String o : overlaps(boxes)) {
                            problems.add(s.plan().shortName() + " " + t.spec().code() + " " + size.width() + ": " + o);
                        }
                    }
                }
            }
        }
        assertThat(drawn).isGreaterThan(100);
        assertThat(problems).as(problems.size() + " overlaps").isEmpty();
    }

    @Test
    void dashboardTilesNameTheirPartsAndNoTextsOverlap() throws Exception {
        ChartTheme theme = new ChartTheme(ChartFonts.register(), ChartTheme.Variant.LIGHT);
        ChartExporter exporter = new ChartExporter(theme);
        PlanCharts charts = new PlanCharts(new Messages(Messages.CHINESE), TestContexts.CLOCK);
        try (AppContext ctx = TestContexts.sample(dir)) {
            PlanData d = ctx.plans().load(ctx.plans().find("钱塘优学").orElseThrow().id());
            StringWriter svg = new StringWriter();
            exporter.svg(charts.dashboard(d, "好学校 全域遍布"), ExportSize.FULL_HD, svg);
            List<Box> boxes = texts(svg.toString());
            // 17 初中/小学校际优质均衡差异系数 has two parts: its tile names them in a legend
            assertThat(boxes).extracting(Box::text).contains("初中", "小学");
            assertThat(overlaps(boxes)).isEmpty();
        }
    }
}
