package org.plandesk.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYPolygonAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.event.ChartProgressEvent;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.plandesk.io.FileNames;
import org.plandesk.plan.Status;
import org.plandesk.shared.Messages;

/**
 * An indicator's trajectory: targets as dashed lines with markers and their comparator (≥ / ≤), the acceptable side
 * lightly shaded, actuals as solid lines with value labels, the baseline, and a dotted projection to the final year.
 */
public final class TrajectoryChart implements PlanChart {
    private final TrajectorySpec spec;
    private final Messages messages;

    public TrajectoryChart(TrajectorySpec spec, Messages messages) {
        this.spec = spec;
        this.messages = messages;
    }

    public TrajectorySpec spec() {
        return spec;
    }

    @Override
    public String title() {
        return spec.title();
    }

    @Override
    public String fileStem() {
        return FileNames.stem(spec.code(), spec.title());
    }

    @Override
    public void draw(Graphics2D g, Rectangle2D area, ChartTheme theme) {
        if (isCard()) {
            new StatusCard(spec, messages).draw(g, area, theme, false);
            return;
        }
        build(theme, ChartTheme.effectiveHeight(area)).draw(g, area);
    }

    /**
     * True when this indicator is shown as a status card, not a line: one target year and at most one actual (the
     * 改革任务 items) — a line chart of one point says nothing.
     */
    public boolean isCard() {
        return StatusCard.fits(spec);
    }

    /** Draws the status card of a dashboard tile. */
    void drawCompactCard(Graphics2D g, Rectangle2D area, ChartTheme theme) {
        new StatusCard(spec, messages).draw(g, area, theme, true);
    }

    /** The JFreeChart for an output of this height. */
    public JFreeChart build(ChartTheme theme, double height) {
        return build(theme, height, false);
    }

    /**
     * The JFreeChart for an output of this height; compact (for dashboard tiles) leaves out subtitle, footer and
     * legend, and sizes text for a small tile.
     */
    public JFreeChart build(ChartTheme theme, double height, boolean compact) {
        XYPlot plot = new XYPlot();
        plot.setBackgroundPaint(theme.plotBackground());
        plot.setDomainGridlinePaint(theme.grid());
        plot.setRangeGridlinePaint(theme.grid());
        plot.setOutlineVisible(false);
        plot.setInsets(new RectangleInsets(height * 0.01, height * 0.01, height * 0.01, height * 0.03));

        NumberAxis years = new NumberAxis();
        years.setRange(spec.firstYear() - 0.5, spec.lastYear() + 0.5);
        // every year while they fit; over a long series (1965–2009) every 2, 5 or 10 years: JFreeChart measures the
        // labels and takes the smallest step whose labels do not touch
        TickUnits yearSteps = new TickUnits();
        for (int step : new int[] {1, 2, 5, 10, 20, 50}) {
            yearSteps.add(new NumberTickUnit(step, new DecimalFormat("0")));
        }
        years.setStandardTickUnits(yearSteps);
        years.setAutoTickUnitSelection(true);
        styleAxis(years, theme, height);
        plot.setDomainAxis(years);

        double[] range = paddedRange();
        ValueAxis values = valueAxis(theme, height, range);
        if (compact) {
            values.setLabel(null);
        }
        plot.setRangeAxis(values);

        // the value labels of all renderers share one room, emptied each time the chart draws
        LabelledRenderer.Room room = new LabelledRenderer.Room();
        XYSeriesCollection targets = new XYSeriesCollection();
        XYSeriesCollection actuals = new XYSeriesCollection();
        XYSeriesCollection projections = new XYSeriesCollection();
        XYSeriesCollection baselines = new XYSeriesCollection();
        List<List<String>> targetLabels = new ArrayList<>();
        List<List<String>> actualLabels = new ArrayList<>();
        List<List<Boolean>> actualMissed = new ArrayList<>();
        List<List<String>> baselineLabels = new ArrayList<>();
        for (int i = 0; i < spec.parts().size(); i++) {
            TrajectorySpec.PartSeries p = spec.parts().get(i);
            XYSeries t = new XYSeries("t" + i, false, true);
            List<String> tl = new ArrayList<>();
            for (TrajectorySpec.TargetPoint tp : p.targets()) {
                t.add(tp.year(), tp.value());
                tl.add(tp.label());
            }
            targets.addSeries(t);
            targetLabels.add(tl);
            XYSeries a = new XYSeries("a" + i, false, true);
            List<String> al = new ArrayList<>();
            List<Boolean> am = new ArrayList<>();
            for (TrajectorySpec.Point ap : p.actuals()) {
                a.add(ap.year(), ap.value());
                al.add(ap.label());
                am.add(ap.missed());
            }
            actuals.addSeries(a);
            actualLabels.add(al);
            actualMissed.add(am);
            XYSeries pr = new XYSeries("p" + i, false, true);
            for (TrajectorySpec.Point pp : p.projection()) {
                pr.add(pp.year(), pp.value());
            }
            projections.addSeries(pr);
            XYSeries b = new XYSeries("b" + i, false, true);
            List<String> bl = new ArrayList<>();
            if (p.baseline() != null) {
                b.add(p.baseline().year(), p.baseline().value());
                bl.add(messages.get("chart.baseline") + " " + p.baseline().label());
            }
            baselines.addSeries(b);
            baselineLabels.add(bl);
            shade(plot, p, i, theme, range);
        }
        float labelSize = theme.labelSize(height);
        double marker = Math.max(6, height * 0.013);
        plot.setDataset(0, actuals);
        LabelledRenderer actualRenderer =
                renderer(theme, height, true, true, actualLabels, labelSize, marker, false, room);
        // a missed actual: hollow, outlined in the 未达成 colour, thicker — told by shape and word, not colour alone
        actualRenderer.markMissed(
                (series, item) -> item < actualMissed.get(series).size()
                        && actualMissed.get(series).get(item),
                theme.status(Status.MISSED),
                new BasicStroke(theme.lineWidth(height) * 1.6f),
                theme.plotBackground());
        plot.setRenderer(0, actualRenderer);
        plot.setDataset(1, targets);
        plot.setRenderer(1, renderer(theme, height, false, true, targetLabels, labelSize * 0.9f, marker, true, room));
        plot.setDataset(2, projections);
        XYLineAndShapeRenderer proj = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < spec.parts().size(); i++) {
            proj.setSeriesPaint(i, theme.series(i));
            proj.setSeriesStroke(i, theme.dotted(height));
        }
        plot.setRenderer(2, proj);
        plot.setDataset(3, baselines);
        plot.setRenderer(
                3, renderer(theme, height, false, false, baselineLabels, labelSize * 0.85f, marker * 1.2, true, room));
        // actuals first: their labels have the first choice of room
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.setFixedLegendItems(legend(theme, height, marker));

        // a dashboard tile of several parts names them in a legend of its own (its parts only, small)
        boolean tileLegend = compact && spec.parts().size() > 1;
        if (tileLegend) {
            LegendItemCollection all = legend(theme, height, marker);
            LegendItemCollection parts = new LegendItemCollection();
            for (int i = 0; i < spec.parts().size(); i++) {
                parts.add(all.get(i));
            }
            plot.setFixedLegendItems(parts);
        }
        JFreeChart chart =
                new JFreeChart(null, theme.font(Font.BOLD, theme.titleSize(height)), plot, !compact || tileLegend);
        chart.addProgressListener(e -> {
            if (e.getType() == ChartProgressEvent.DRAWING_STARTED) {
                room.clear();
            }
        });
        if (compact) {
            chart.setBackgroundPaint(theme.background());
            chart.setPadding(new RectangleInsets(2, 2, 2, 2));
            if (chart.getLegend() != null) {
                chart.getLegend().setItemFont(theme.font(Font.PLAIN, labelSize));
                chart.getLegend().setItemPaint(theme.text());
                chart.getLegend().setBackgroundPaint(theme.background());
                chart.getLegend().setFrame(new BlockBorder(theme.background()));
                chart.getLegend().setPosition(RectangleEdge.BOTTOM);
            }
            return chart;
        }
        theme.decorate(chart, spec.title(), spec.subtitle(), height);
        TextTitle footer = new TextTitle(spec.footer(), theme.font(Font.PLAIN, theme.smallSize(height)));
        footer.setPaint(theme.mutedText());
        footer.setPosition(RectangleEdge.BOTTOM);
        footer.setHorizontalAlignment(HorizontalAlignment.LEFT);
        chart.addSubtitle(0, footer);
        return chart;
    }

    /** Axis range with room for labels; grade axes span the whole scale. */
    /** Units that count whole things. */
    private static final Set<String> COUNTS =
            Set.of("所", "个", "名", "项", "人次", "人", "次", "场", "场次", "家", "门", "间", "台", "套", "册", "节", "篇", "件");

    double[] paddedRange() {
        if (spec.isGrade()) {
            return new double[] {-0.5, spec.gradeScale().grades().size() - 0.5};
        }
        double[] r = spec.valueRange();
        double span = r[1] - r[0];
        double pad = span > 0 ? span * 0.25 : Math.max(Math.abs(r[0]) * 0.1, 1);
        double lo = r[0] - pad;
        if (r[0] >= 0 && lo < 0) {
            lo = 0;
        }
        double hi = r[1] + pad;
        if ("%".equals(spec.unit()) && r[1] <= 100 && hi > 100) {
            hi = Math.max(100 + span * 0.04, r[1] + span * 0.08 + 0.5);
        }
        return new double[] {lo, hi};
    }

    private ValueAxis valueAxis(ChartTheme theme, double height, double[] range) {
        ValueAxis axis;
        if (spec.isGrade()) {
            axis = new SymbolAxis(
                    messages.get("chart.grade"), spec.gradeScale().grades().toArray(String[]::new));
        } else {
            NumberAxis n = new NumberAxis(spec.unit());
            n.setNumberFormatOverride(new DecimalFormat("0.###"));
            NumberTickUnit step = ChartTheme.tickUnit(range[1] - range[0], 10);
            if (COUNTS.contains(spec.unit()) && step.getSize() % 1 != 0) {
                // a count (所, 个, 名, 项, 人次 …) has whole ticks: never 4.2, 4.4 项
                step = new NumberTickUnit(step.getSize() < 1 ? 1 : step.getSize() * 2, new DecimalFormat("0"));
            }
            n.setTickUnit(step, false, true);
            axis = n;
        }
        axis.setRange(range[0], range[1]);
        styleAxis(axis, theme, height);
        // Upright, so a CJK unit such as 个 or 等级 reads normally instead of lying on its side.
        axis.setLabelAngle(Math.PI / 2);
        return axis;
    }

    private static void styleAxis(ValueAxis axis, ChartTheme theme, double height) {
        axis.setTickLabelFont(theme.font(Font.PLAIN, theme.labelSize(height)));
        axis.setLabelFont(theme.font(Font.PLAIN, theme.labelSize(height)));
        axis.setTickLabelPaint(theme.text());
        axis.setLabelPaint(theme.mutedText());
        axis.setAxisLinePaint(theme.mutedText());
        axis.setTickMarkPaint(theme.mutedText());
    }

    /** Shades the acceptable side of a part's targets (between the bounds of a range). */
    private void shade(XYPlot plot, TrajectorySpec.PartSeries p, int i, ChartTheme theme, double[] range) {
        if (p.targets().isEmpty()) {
            return;
        }
        Color c = theme.series(i);
        Color fill =
                new Color(c.getRed(), c.getGreen(), c.getBlue(), spec.parts().size() > 1 ? 14 : 34);
        List<TrajectorySpec.TargetPoint> ts = p.targets();
        double half = ts.size() == 1 ? 0.3 : 0;
        List<Double> poly = new ArrayList<>();
        for (TrajectorySpec.TargetPoint t : ts) {
            poly.add(t.year() - (t == ts.get(0) ? half : 0));
            poly.add(t.value());
            if (half > 0) {
                poly.add(t.year() + half);
                poly.add(t.value());
            }
        }
        TrajectorySpec.TargetPoint last = ts.get(ts.size() - 1);
        TrajectorySpec.TargetPoint first = ts.get(0);
        if (first.upper() != null) {
            for (int k = ts.size() - 1; k >= 0; k--) {
                TrajectorySpec.TargetPoint t = ts.get(k);
                double up = t.upper() != null ? t.upper() : t.value();
                if (half > 0) {
                    poly.add(t.year() + half);
                    poly.add(up);
                }
                poly.add(t.year() - (k == 0 ? half : 0));
                poly.add(up);
            }
        } else {
            double bound = last.acceptableBelow() ? range[0] : range[1];
            poly.add(last.year() + half);
            poly.add(bound);
            poly.add(first.year() - half);
            poly.add(bound);
        }
        double[] xy = poly.stream().mapToDouble(Double::doubleValue).toArray();
        plot.addAnnotation(new XYPolygonAnnotation(xy, null, null, fill), false);
    }

    private LabelledRenderer renderer(
            ChartTheme theme,
            double height,
            boolean lines,
            boolean dashedOrSolid,
            List<List<String>> labels,
            float labelSize,
            double marker,
            boolean labelsBelow,
            LabelledRenderer.Room room) {
        LabelledRenderer r = new LabelledRenderer(lines || dashedOrSolid, true, room);
        for (int i = 0; i < spec.parts().size(); i++) {
            r.setSeriesPaint(i, theme.series(i));
            r.setSeriesStroke(i, lines ? theme.solid(height) : theme.dashed(height));
            r.setSeriesShape(i, theme.marker(i, marker));
            r.setSeriesShapesFilled(i, lines);
            r.setSeriesOutlineStroke(i, new BasicStroke(theme.lineWidth(height) * 0.8f));
            r.setSeriesItemLabelsVisible(i, true);
        }
        r.setUseOutlinePaint(false);
        r.setDrawOutlines(true);
        r.setDefaultItemLabelGenerator((dataset, series, item) -> {
            List<String> l = labels.get(series);
            return item < l.size() ? l.get(item) : null;
        });
        r.setDefaultItemLabelFont(theme.font(lines ? Font.BOLD : Font.PLAIN, labelSize));
        r.setDefaultItemLabelPaint(lines ? theme.text() : theme.mutedText());
        boolean below = labelsBelow;
        r.setDefaultPositiveItemLabelPosition(
                below
                        ? new ItemLabelPosition(ItemLabelAnchor.OUTSIDE6, TextAnchor.TOP_CENTER)
                        : new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        r.setItemLabelAnchorOffset(marker * 0.9);
        return r;
    }

    private LegendItemCollection legend(ChartTheme theme, double height, double marker) {
        LegendItemCollection items = new LegendItemCollection();
        boolean multi = spec.parts().size() > 1;
        if (multi) {
            for (int i = 0; i < spec.parts().size(); i++) {
                String name = spec.parts().get(i).name().isEmpty()
                        ? messages.get("chart.part", i + 1)
                        : spec.parts().get(i).name();
                items.add(item(name, theme.series(i), theme.solid(height), theme.marker(i, marker), true, theme));
            }
        }
        Color neutral = multi ? theme.mutedText() : theme.series(0);
        items.add(item(
                messages.get("chart.legend.target"),
                neutral,
                theme.dashed(height),
                theme.marker(0, marker),
                false,
                theme));
        items.add(item(
                messages.get("chart.legend.actual"),
                neutral,
                theme.solid(height),
                theme.marker(0, marker),
                true,
                theme));
        if (spec.parts().stream().flatMap(p -> p.actuals().stream()).anyMatch(TrajectorySpec.Point::missed)) {
            LegendItem missed = item(
                    messages.get("chart.legend.missed"),
                    theme.status(Status.MISSED),
                    new BasicStroke(theme.lineWidth(height) * 1.6f),
                    theme.marker(0, marker),
                    false,
                    theme);
            missed.setLineVisible(false);
            items.add(missed);
        }
        boolean anyProjection =
                spec.parts().stream().anyMatch(p -> !p.projection().isEmpty());
        if (anyProjection) {
            items.add(item(messages.get("chart.legend.projection"), neutral, theme.dotted(height), null, false, theme));
        }
        return items;
    }

    private static LegendItem item(
            String label, Color paint, Stroke stroke, Shape shape, boolean filled, ChartTheme theme) {
        LegendItem item = new LegendItem(
                label,
                null,
                null,
                null,
                shape != null,
                shape != null ? shape : new Rectangle2D.Double(),
                filled,
                paint,
                !filled,
                paint,
                stroke,
                true,
                new Line2D.Double(-14, 0, 14, 0),
                stroke,
                paint);
        item.setLabelPaint(theme.text());
        return item;
    }
}
