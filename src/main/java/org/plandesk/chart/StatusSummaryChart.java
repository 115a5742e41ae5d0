package org.plandesk.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.plandesk.io.FileNames;
import org.plandesk.plan.Status;
import org.plandesk.shared.Messages;

/** How many indicators are met, missed, at risk or pending, per 一级指标, as stacked bars. */
public final class StatusSummaryChart implements PlanChart {
    private static final List<Status> ORDER = List.of(Status.MET, Status.MISSED, Status.AT_RISK, Status.PENDING);
    private final String title;
    private final String subtitle;
    private final Map<String, Map<Status, Integer>> counts;
    private final Messages messages;

    /**
     * @param counts per group (in plan order), per status, the number of indicators
     */
    public StatusSummaryChart(
            String title, String subtitle, Map<String, Map<Status, Integer>> counts, Messages messages) {
        this.title = title;
        this.subtitle = subtitle;
        this.counts = new LinkedHashMap<>(counts);
        this.messages = messages;
    }

    public Map<String, Map<Status, Integer>> counts() {
        return counts;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public String fileStem() {
        return FileNames.stem("", title);
    }

    @Override
    public void draw(Graphics2D g, Rectangle2D area, ChartTheme theme) {
        double h = ChartTheme.effectiveHeight(area);
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Status s : ORDER) {
            String row = theme.statusSymbol(s) + messages.get(s.messageKey());
            for (var e : counts.entrySet()) {
                data.addValue(e.getValue().getOrDefault(s, 0), row, e.getKey());
            }
        }
        CategoryAxis groups = new CategoryAxis();
        groups.setTickLabelFont(theme.font(Font.PLAIN, theme.labelSize(h)));
        groups.setTickLabelPaint(theme.text());
        groups.setMaximumCategoryLabelWidthRatio(0.35f);
        NumberAxis number = new NumberAxis(messages.get("chart.summary.axis"));
        number.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        number.setTickLabelFont(theme.font(Font.PLAIN, theme.labelSize(h)));
        number.setLabelFont(theme.font(Font.PLAIN, theme.labelSize(h)));
        number.setTickLabelPaint(theme.text());
        number.setLabelPaint(theme.mutedText());
        StackedBarRenderer r = new StackedBarRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setMaximumBarWidth(0.12);
        for (int i = 0; i < ORDER.size(); i++) {
            r.setSeriesPaint(i, theme.status(ORDER.get(i)));
        }
        r.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", new DecimalFormat("0")) {
            @Override
            public String generateLabel(CategoryDataset dataset, int row, int column) {
                Number v = dataset.getValue(row, column);
                return v == null || v.intValue() == 0 ? null : super.generateLabel(dataset, row, column);
            }
        });
        r.setDefaultItemLabelsVisible(true);
        r.setDefaultItemLabelFont(theme.font(Font.BOLD, theme.labelSize(h)));
        r.setDefaultItemLabelPaint(Color.WHITE);
        CategoryPlot plot = new CategoryPlot(data, groups, number, r);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setBackgroundPaint(theme.plotBackground());
        plot.setRangeGridlinePaint(theme.grid());
        plot.setOutlineVisible(false);
        // a year without targets says so, instead of an empty axis from 0 to 1
        plot.setNoDataMessage(messages.get("chart.summary.noTargets"));
        plot.setNoDataMessageFont(theme.font(Font.PLAIN, theme.subtitleSize(h)));
        plot.setNoDataMessagePaint(theme.mutedText());
        JFreeChart chart = new JFreeChart(null, theme.font(Font.BOLD, theme.titleSize(h)), plot, !counts.isEmpty());
        theme.decorate(chart, title, subtitle, h);
        chart.draw(g, area);
    }
}
