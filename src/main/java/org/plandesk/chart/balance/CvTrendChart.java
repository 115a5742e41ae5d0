package org.plandesk.chart.balance;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.plandesk.chart.ChartTheme;
import org.plandesk.chart.PlanChart;
import org.plandesk.io.FileNames;
import org.plandesk.school.BalanceIndicator;
import org.plandesk.school.BalanceReport;
import org.plandesk.school.Section;
import org.plandesk.shared.Messages;
import org.plandesk.shared.Numbers;

/** A district's 差异系数 of a stage across the years of the registry: one line per indicator and the composite. */
public final class CvTrendChart implements PlanChart {
    private final List<BalanceReport> reports;
    private final String district;
    private final Section stage;
    private final Messages messages;

    /** @param reports one per year, oldest first */
    public CvTrendChart(List<BalanceReport> reports, String district, Section stage, Messages messages) {
        this.reports = List.copyOf(reports);
        this.district = district;
        this.stage = stage;
        this.messages = messages;
    }

    @Override
    public String title() {
        return messages.get("chart.balance.trend.title", district, stage.label());
    }

    @Override
    public String fileStem() {
        return FileNames.stem("", district + "_" + stage.label() + "_差异系数趋势");
    }

    /** The dataset drawn: rows are the seven indicators and the composite, columns the years. */
    public DefaultCategoryDataset dataset() {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String composite = messages.get("chart.balance.trend.composite");
        for (BalanceReport r : reports) {
            String year = Integer.toString(r.year());
            var s = r.stage(district, stage);
            for (BalanceIndicator b : BalanceIndicator.values()) {
                double cv = s.map(x -> x.indicator(b).cv()).orElse(Double.NaN);
                data.addValue(Double.isNaN(cv) ? null : cv, b.shortLabel(), year);
            }
            double c = s.map(BalanceReport.StageResult::compositeCv).orElse(Double.NaN);
            data.addValue(Double.isNaN(c) ? null : c, composite, year);
        }
        return data;
    }

    @Override
    public void draw(Graphics2D g, Rectangle2D area, ChartTheme theme) {
        double h = ChartTheme.effectiveHeight(area);
        DefaultCategoryDataset data = dataset();
        LineAndShapeRenderer r = new LineAndShapeRenderer(true, true);
        int n = BalanceIndicator.values().length;
        for (int i = 0; i <= n; i++) {
            boolean composite = i == n;
            r.setSeriesPaint(i, composite ? theme.text() : theme.series(i));
            r.setSeriesStroke(
                    i,
                    composite
                            ? new BasicStroke(
                                    theme.lineWidth(h) * 1.6f,
                                    BasicStroke.CAP_BUTT,
                                    BasicStroke.JOIN_ROUND,
                                    10f,
                                    new float[] {theme.lineWidth(h) * 5, theme.lineWidth(h) * 2.5f},
                                    0)
                            : theme.solid(h));
            r.setSeriesShape(i, theme.marker(i, h * (composite ? 0.018 : 0.012)));
        }
        var axis = BalanceChartParts.numbers(theme, h, messages.get("chart.balance.cv.axis"));
        double threshold = BalanceIndicator.cvThreshold(stage);
        axis.setRange(0, Math.max(threshold * 1.2, maxValue(data) * 1.15));
        axis.setTickUnit(new NumberTickUnit(0.05, BalanceChartParts.TWO));
        CategoryPlot plot = BalanceChartParts.plot(
                data, BalanceChartParts.categories(theme, h), axis, r, PlotOrientation.VERTICAL, theme);
        BalanceChartParts.addLine(
                plot,
                BalanceChartParts.line(
                        theme,
                        h,
                        threshold,
                        messages.get("chart.balance.threshold", Numbers.format(threshold)),
                        false));
        JFreeChart chart = new JFreeChart(null, theme.font(Font.BOLD, theme.titleSize(h)), plot, true);
        String years = reports.isEmpty()
                ? ""
                : reports.get(0).year() + "–" + reports.get(reports.size() - 1).year();
        theme.decorate(chart, title(), messages.get("chart.balance.trend.subtitle", years), h);
        BalanceChartParts.footer(chart, theme, h, messages.get("chart.balance.footer", years));
        chart.draw(g, area);
    }

    private static double maxValue(DefaultCategoryDataset d) {
        double max = 0;
        for (int r = 0; r < d.getRowCount(); r++) {
            for (int c = 0; c < d.getColumnCount(); c++) {
                Number v = d.getValue(r, c);
                if (v != null) {
                    max = Math.max(max, v.doubleValue());
                }
            }
        }
        return max;
    }
}
