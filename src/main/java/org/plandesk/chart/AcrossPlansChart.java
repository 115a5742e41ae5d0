package org.plandesk.chart;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.plandesk.io.FileNames;
import org.plandesk.shared.Messages;

/**
 * One indicator followed across plans on one time axis: each plan's targets (dashed) and actuals (solid) in its own
 * colour and marker, e.g. 优质学前教育覆盖率 in the 2019 work points, the 钱塘 plan and the 杭州 2027 target.
 */
public final class AcrossPlansChart implements PlanChart {
    private final String title;
    private final String unit;
    private final List<TrajectorySpec> specs;
    private final List<String> planNames;
    private final Messages messages;

    /**
     * @param specs     the trajectory of the chosen indicator in each plan
     * @param planNames the plans' display names, in the same order
     */
    public AcrossPlansChart(
            String title, String unit, List<TrajectorySpec> specs, List<String> planNames, Messages messages) {
        this.title = title;
        this.unit = unit;
        this.specs = List.copyOf(specs);
        this.planNames = List.copyOf(planNames);
        this.messages = messages;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public String fileStem() {
        return FileNames.stem("", title);
    }

    /** First and last year over all plans. */
    public int[] years() {
        int lo = specs.stream().mapToInt(TrajectorySpec::firstYear).min().orElse(0);
        int hi = specs.stream().mapToInt(TrajectorySpec::lastYear).max().orElse(0);
        return new int[] {lo, hi};
    }

    @Override
    public void draw(Graphics2D g, Rectangle2D area, ChartTheme theme) {
        double h = ChartTheme.effectiveHeight(area);
        XYSeriesCollection targets = new XYSeriesCollection();
        XYSeriesCollection actuals = new XYSeriesCollection();
        List<List<String>> targetLabels = new ArrayList<>();
        List<List<String>> actualLabels = new ArrayList<>();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < specs.size(); i++) {
            TrajectorySpec s = specs.get(i);
            XYSeries t = new XYSeries(planNames.get(i) + " · " + messages.get("chart.legend.target"), false, true);
            XYSeries a = new XYSeries(planNames.get(i) + " · " + messages.get("chart.legend.actual"), false, true);
            List<String> tl = new ArrayList<>();
            List<String> al = new ArrayList<>();
            for (TrajectorySpec.PartSeries p : s.parts()) {
                for (TrajectorySpec.TargetPoint tp : p.targets()) {
                    t.add(tp.year(), tp.value());
                    tl.add(tp.label());
                    lo = Math.min(lo, tp.value());
                    hi = Math.max(hi, tp.value());
                }
                for (TrajectorySpec.Point ap : p.actuals()) {
                    a.add(ap.year(), ap.value());
                    al.add(ap.label());
                    lo = Math.min(lo, ap.value());
                    hi = Math.max(hi, ap.value());
                }
                break; // the first part stands for the indicator across plans
            }
            targets.addSeries(t);
            actuals.addSeries(a);
            targetLabels.add(tl);
            actualLabels.add(al);
        }
        int[] years = years();
        XYPlot plot = new XYPlot();
        NumberAxis x = new NumberAxis();
        x.setRange(years[0] - 0.5, years[1] + 0.5);
        x.setTickUnit(new NumberTickUnit(1, new DecimalFormat("0")));
        NumberAxis y = new NumberAxis(unit);
        y.setNumberFormatOverride(new DecimalFormat("0.###"));
        if (lo <= hi) {
            double pad = Math.max((hi - lo) * 0.25, Math.abs(hi) * 0.05 + 0.5);
            y.setRange(Math.max(lo >= 0 ? 0 : lo - pad, lo - pad), hi + pad);
        }
        for (NumberAxis axis : List.of(x, y)) {
            axis.setTickLabelFont(theme.font(Font.PLAIN, theme.labelSize(h)));
            axis.setLabelFont(theme.font(Font.PLAIN, theme.labelSize(h)));
            axis.setTickLabelPaint(theme.text());
            axis.setLabelPaint(theme.mutedText());
        }
        plot.setDomainAxis(x);
        plot.setRangeAxis(y);
        plot.setBackgroundPaint(theme.plotBackground());
        plot.setDomainGridlinePaint(theme.grid());
        plot.setRangeGridlinePaint(theme.grid());
        plot.setOutlineVisible(false);
        double marker = Math.max(6, h * 0.013);
        plot.setDataset(0, actuals);
        plot.setRenderer(0, renderer(theme, h, marker, true, actualLabels));
        plot.setDataset(1, targets);
        plot.setRenderer(1, renderer(theme, h, marker, false, targetLabels));
        JFreeChart chart = new JFreeChart(null, theme.font(Font.BOLD, theme.titleSize(h)), plot, true);
        theme.decorate(chart, title, messages.get("chart.across.subtitle", String.join("、", planNames)), h);
        chart.draw(g, area);
    }

    private static XYLineAndShapeRenderer renderer(
            ChartTheme theme, double h, double marker, boolean actual, List<List<String>> labels) {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
        for (int i = 0; i < labels.size(); i++) {
            r.setSeriesPaint(i, theme.series(i));
            r.setSeriesStroke(i, actual ? theme.solid(h) : theme.dashed(h));
            r.setSeriesShape(i, theme.marker(i, marker));
            r.setSeriesShapesFilled(i, actual);
        }
        r.setDefaultItemLabelsVisible(true);
        r.setDefaultItemLabelGenerator(
                (d, s, item) -> item < labels.get(s).size() ? labels.get(s).get(item) : null);
        r.setDefaultItemLabelFont(theme.font(actual ? Font.BOLD : Font.PLAIN, theme.labelSize(h) * 0.9f));
        r.setDefaultItemLabelPaint(actual ? theme.text() : theme.mutedText());
        r.setDefaultPositiveItemLabelPosition(
                actual
                        ? new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER)
                        : new ItemLabelPosition(ItemLabelAnchor.OUTSIDE6, TextAnchor.TOP_CENTER));
        r.setItemLabelAnchorOffset(marker * 0.9);
        return r;
    }
}
