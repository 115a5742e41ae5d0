package org.plandesk.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.plandesk.plan.Status;
import org.plandesk.shared.ChartFonts;

/**
 * The one chart theme (DESIGN D6, D7): the bundled CJK font, the Okabe–Ito palette (distinct for colour-blind viewers)
 * with a marker shape per series (distinct in greyscale print), and sizes that scale with the output height so that
 * at 1920×1080 the title is at least 28 px high and lines at least 3 px wide.
 */
public final class ChartTheme {
    /** Light for paper and bright rooms, dark for projectors in dim rooms. */
    public enum Variant {
        LIGHT,
        DARK
    }

    /**
     * Series colours: Okabe–Ito's blue, reddish purple and sky blue, then black, violet and wine. None is near a status
     * colour (the green of 达成, the vermillion of 未达成, the amber of 有风险): a part's line never reads as a status.
     */
    private static final Color[] PALETTE = {
        new Color(0x0072B2),
        new Color(0xCC79A7),
        new Color(0x56B4E9),
        new Color(0x000000),
        new Color(0x6A3D9A),
        new Color(0x882255),
        new Color(0x7F7F7F)
    };

    private static final Color[] DARK_PALETTE = {
        new Color(0x56B4E9),
        new Color(0xE89AC7),
        new Color(0x9AD8F8),
        new Color(0xF0F0F0),
        new Color(0xB79FE0),
        new Color(0x7FA7D9),
        new Color(0xC8C8C8)
    };

    private final ChartFonts fonts;
    private final Variant variant;

    public ChartTheme(ChartFonts fonts, Variant variant) {
        this.fonts = fonts;
        this.variant = variant;
    }

    public ChartTheme withVariant(Variant v) {
        return new ChartTheme(fonts, v);
    }

    public Variant variant() {
        return variant;
    }

    /**
     * The height that sizes text and lines: the area's height, or less in a tall narrow area, so a chart in a narrow
     * pane keeps text in proportion to its width.
     */
    public static double effectiveHeight(Rectangle2D area) {
        return Math.min(area.getHeight(), area.getWidth() * 0.75);
    }

    /** Title size in pixels for an output of this height: 3.4% of the height (36.7 px at 1080), at least 14. */
    public float titleSize(double height) {
        return (float) Math.max(16, height * 0.034);
    }

    public float subtitleSize(double height) {
        return (float) Math.max(12, height * 0.022);
    }

    public float labelSize(double height) {
        return (float) Math.max(11, height * 0.019);
    }

    public float smallSize(double height) {
        return (float) Math.max(10, height * 0.016);
    }

    /** Line width for this height: height/300 (3.6 px at 1080), at least 1.5. */
    public float lineWidth(double height) {
        return (float) Math.max(1.5, height / 300);
    }

    public Font font(int style, float size) {
        return fonts.font(style, size);
    }

    public Color background() {
        return variant == Variant.DARK ? new Color(0x1B1F24) : Color.WHITE;
    }

    public Color plotBackground() {
        return variant == Variant.DARK ? new Color(0x22272E) : Color.WHITE;
    }

    public Color text() {
        return variant == Variant.DARK ? new Color(0xECEFF3) : new Color(0x1D2530);
    }

    public Color mutedText() {
        return variant == Variant.DARK ? new Color(0xA9B2BD) : new Color(0x5B6675);
    }

    public Color grid() {
        return variant == Variant.DARK ? new Color(0x3A424D) : new Color(0xDDE2E8);
    }

    public Color series(int i) {
        Color[] p = variant == Variant.DARK ? DARK_PALETTE : PALETTE;
        return p[i % p.length];
    }

    /** A marker per series: circle, square, triangle, diamond … so series differ without colour. */
    public Shape marker(int i, double size) {
        double h = size / 2;
        return switch (i % 4) {
            case 0 -> new Ellipse2D.Double(-h, -h, size, size);
            case 1 -> new Rectangle2D.Double(-h, -h, size, size);
            case 2 -> polygon(new double[] {0, h, -h}, new double[] {-h, h, h});
            default -> polygon(new double[] {0, h, 0, -h}, new double[] {-h, 0, h, 0});
        };
    }

    public Stroke solid(double height) {
        return new BasicStroke(lineWidth(height), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    public Stroke dashed(double height) {
        float w = lineWidth(height);
        return new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {4 * w, 2.5f * w}, 0);
    }

    public Stroke dotted(double height) {
        float w = lineWidth(height);
        return new BasicStroke(w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, new float[] {0.1f, 2.2f * w}, 0);
    }

    /** Colour of a status; the same hues as the UI's stylesheet. */
    public Color status(Status s) {
        boolean dark = variant == Variant.DARK;
        return switch (s) {
            case MET -> dark ? new Color(0x2ED3A0) : new Color(0x00795A);
            case MISSED -> dark ? new Color(0xFF8C42) : new Color(0xB34700);
            case AT_RISK -> dark ? new Color(0xF5C242) : new Color(0xB07A00);
            case PENDING, NO_TARGET -> dark ? new Color(0x8B95A1) : new Color(0x8A94A0);
        };
    }

    /**
     * Title, subtitle, background, padding and a bottom legend, the same on every chart, sized for this output height.
     */
    public void decorate(JFreeChart chart, String title, String subtitle, double height) {
        chart.setBackgroundPaint(background());
        chart.setPadding(new RectangleInsets(height * 0.02, height * 0.03, height * 0.015, height * 0.035));
        TextTitle t = new TextTitle(title, font(Font.BOLD, titleSize(height)));
        t.setPaint(text());
        chart.setTitle(t);
        TextTitle sub = new TextTitle(subtitle, font(Font.PLAIN, subtitleSize(height)));
        sub.setPaint(mutedText());
        chart.addSubtitle(sub);
        if (chart.getLegend() != null) {
            chart.getLegend().setItemFont(font(Font.PLAIN, labelSize(height)));
            chart.getLegend().setItemPaint(text());
            chart.getLegend().setBackgroundPaint(background());
            chart.getLegend().setFrame(new BlockBorder(background()));
            chart.getLegend().setPosition(RectangleEdge.BOTTOM);
        }
    }

    /**
     * A round tick step (1, 2, 2.5 or 5 × 10ⁿ) giving at most {@code maxTicks} ticks over {@code span}, so that an
     * axis reads at a glance from the back of a room instead of listing every tenth value.
     */
    public static NumberTickUnit tickUnit(double span, int maxTicks) {
        double raw = span > 0 ? span / Math.max(1, maxTicks) : 1;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = magnitude * 10;
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * magnitude >= raw) {
                step = m * magnitude;
                break;
            }
        }
        return new NumberTickUnit(step, new DecimalFormat("0.###"));
    }

    /** The status symbol followed by a space, when the bundled font has its glyph; else nothing. */
    public String statusSymbol(Status s) {
        String symbol = s.symbol();
        if (symbol.isEmpty() || fonts.font(Font.PLAIN, 12).canDisplayUpTo(symbol) != -1) {
            return "";
        }
        return symbol + " ";
    }

    private static Shape polygon(double[] xs, double[] ys) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(xs[0], ys[0]);
        for (int i = 1; i < xs.length; i++) {
            p.lineTo(xs[i], ys[i]);
        }
        p.closePath();
        return p;
    }
}
