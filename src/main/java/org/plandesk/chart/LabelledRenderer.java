package org.plandesk.chart;

import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.XYItemLabelGenerator;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYDataset;

/**
 * A line renderer whose value labels never sit on each other: each label goes to its preferred side of the point,
 * else to the other side, kept inside the plot; when neither side has room it is left out (the value stays in the
 * grid and the tooltip). The renderers of one chart share the {@link Room}, which is emptied when the chart starts
 * drawing; the chart draws its actuals first, so their labels have the first choice.
 */
final class LabelledRenderer extends XYLineAndShapeRenderer {
    /** The label boxes drawn so far in one drawing of a chart. */
    static final class Room {
        private final List<Rectangle2D> taken = new ArrayList<>();

        void clear() {
            taken.clear();
        }

        boolean free(Rectangle2D box) {
            return taken.stream().noneMatch(box::intersects);
        }

        void take(Rectangle2D box) {
            taken.add(box);
        }
    }

    private final transient Room room;
    private transient Rectangle2D dataArea;
    private transient BiPredicate<Integer, Integer> missed = (series, item) -> false;
    private transient Paint missedPaint;
    private transient Stroke missedStroke;
    private transient Paint hollow;

    /**
     * Which items are missed actuals: drawn hollow (filled with {@code background}, so the line does not run through
     * them), outlined in {@code paint} with {@code stroke}.
     */
    void markMissed(BiPredicate<Integer, Integer> which, Paint paint, Stroke stroke, Paint background) {
        this.missed = which;
        this.missedPaint = paint;
        this.missedStroke = stroke;
        this.hollow = background;
        setUseOutlinePaint(true);
        setUseFillPaint(true);
    }

    @Override
    public Paint getItemFillPaint(int row, int column) {
        if (missed.test(row, column)) {
            return hollow;
        }
        return getUseFillPaint() ? getItemPaint(row, column) : super.getItemFillPaint(row, column);
    }

    @Override
    public Paint getItemOutlinePaint(int row, int column) {
        if (missed.test(row, column)) {
            return missedPaint;
        }
        // the other markers keep their series colour as outline
        return getUseOutlinePaint() ? getItemPaint(row, column) : super.getItemOutlinePaint(row, column);
    }

    @Override
    public Stroke getItemOutlineStroke(int row, int column) {
        return missed.test(row, column) ? missedStroke : super.getItemOutlineStroke(row, column);
    }

    LabelledRenderer(boolean lines, boolean shapes, Room room) {
        super(lines, shapes);
        this.room = room;
    }

    @Override
    public void drawItem(
            Graphics2D g2,
            XYItemRendererState state,
            Rectangle2D dataArea,
            PlotRenderingInfo info,
            XYPlot plot,
            ValueAxis domainAxis,
            ValueAxis rangeAxis,
            XYDataset dataset,
            int series,
            int item,
            CrosshairState crosshairState,
            int pass) {
        this.dataArea = dataArea;
        super.drawItem(
                g2, state, dataArea, info, plot, domainAxis, rangeAxis, dataset, series, item, crosshairState, pass);
    }

    @Override
    protected void drawItemLabel(
            Graphics2D g2,
            PlotOrientation orientation,
            XYDataset dataset,
            int series,
            int item,
            double x,
            double y,
            boolean negative) {
        XYItemLabelGenerator generator = getItemLabelGenerator(series, item);
        String label = generator == null ? null : generator.generateLabel(dataset, series, item);
        if (label == null || label.isEmpty()) {
            return;
        }
        g2.setFont(getItemLabelFont(series, item));
        g2.setPaint(getItemLabelPaint(series, item));
        ItemLabelPosition preferred = getPositiveItemLabelPosition(series, item);
        for (ItemLabelPosition p : List.of(preferred, opposite(preferred))) {
            Point2D anchor = calculateLabelAnchorPoint(p.getItemLabelAnchor(), x, y, orientation);
            float ax = (float) anchor.getX();
            float ay = (float) anchor.getY();
            Rectangle2D box = bounds(label, g2, ax, ay, p);
            if (dataArea != null) {
                // inside the plot: moved in from its left and right edges, never cut off there
                double dx = Math.max(0, dataArea.getMinX() - box.getMinX())
                        - Math.max(0, box.getMaxX() - dataArea.getMaxX());
                ax += (float) dx;
                box = bounds(label, g2, ax, ay, p);
                if (box.getMinY() < dataArea.getMinY() || box.getMaxY() > dataArea.getMaxY()) {
                    continue;
                }
            }
            if (room.free(box)) {
                TextUtils.drawRotatedString(label, g2, ax, ay, p.getTextAnchor(), p.getAngle(), p.getRotationAnchor());
                room.take(box);
                return;
            }
        }
    }

    private static Rectangle2D bounds(String label, Graphics2D g2, float x, float y, ItemLabelPosition p) {
        Shape s = TextUtils.calculateRotatedStringBounds(
                label, g2, x, y, p.getTextAnchor(), p.getAngle(), p.getRotationAnchor());
        return s == null ? new Rectangle2D.Double(x, y, 0, 0) : s.getBounds2D();
    }

    /** Above the point for one below it, and the other way round. */
    private static ItemLabelPosition opposite(ItemLabelPosition p) {
        return p.getItemLabelAnchor() == ItemLabelAnchor.OUTSIDE6
                ? new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER)
                : new ItemLabelPosition(ItemLabelAnchor.OUTSIDE6, TextAnchor.TOP_CENTER);
    }
}
