package org.plandesk.chart.balance;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.plandesk.chart.ChartTheme;
import org.plandesk.chart.PlanChart;
import org.plandesk.io.FileNames;
import org.plandesk.plan.Status;
import org.plandesk.school.BalanceReport.IndicatorStat;
import org.plandesk.school.BalanceReport.StageResult;
import org.plandesk.shared.Messages;
import org.plandesk.shared.Numbers;

/** A district's seven 差异系数 of a stage against the threshold (0.50 小学, 0.45 初中); a CV above it is marked. */
public final class CvChart implements PlanChart {
    private final StageResult stage;
    private final int year;
    private final Messages messages;

    public CvChart(StageResult stage, int year, Messages messages) {
        this.stage = stage;
        this.year = year;
        this.messages = messages;
    }

    @Override
    public String title() {
        return messages.get(
                "chart.balance.cv.title", stage.district(), stage.stage().label());
    }

    @Override
    public String fileStem() {
        return FileNames.stem(
                Integer.toString(year), stage.district() + "_" + stage.stage().label() + "_差异系数");
    }

    @Override
    public void draw(Graphics2D g, Rectangle2D area, ChartTheme theme) {
        double h = ChartTheme.effectiveHeight(area);
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String series = messages.get("chart.balance.cv.series");
        for (IndicatorStat s : stage.indicators()) {
            data.addValue(
                    Double.isNaN(s.cv()) ? null : s.cv(), series, s.indicator().shortLabel());
        }
        Paint pass = theme.series(0);
        Paint fail = theme.status(Status.MISSED);
        BarRenderer r = new BarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                return stage.indicators().get(column).pass() ? pass : fail;
            }
        };
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setMaximumBarWidth(0.1);
        r.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", BalanceChartParts.THREE) {
            @Override
            public String generateLabel(CategoryDataset d, int row, int column) {
                String label = super.generateLabel(d, row, column);
                return stage.indicators().get(column).pass() ? label : theme.statusSymbol(Status.MISSED) + label;
            }
        });
        r.setDefaultItemLabelsVisible(true);
        r.setDefaultItemLabelFont(theme.font(Font.BOLD, theme.labelSize(h)));
        r.setDefaultItemLabelPaint(theme.text());
        var axis = BalanceChartParts.numbers(theme, h, messages.get("chart.balance.cv.axis"));
        double threshold = stage.indicators().get(0).threshold();
        double max = stage.indicators().stream()
                .mapToDouble(IndicatorStat::cv)
                .filter(d -> !Double.isNaN(d))
                .max()
                .orElse(0);
        axis.setRange(0, Math.max(threshold, max) * 1.25);
        axis.setTickUnit(new NumberTickUnit(0.05, BalanceChartParts.TWO));
        var categories = BalanceChartParts.categories(theme, h);
        categories.setMaximumCategoryLabelWidthRatio(1.0f);
        categories.setMaximumCategoryLabelLines(2);
        CategoryPlot plot = BalanceChartParts.plot(data, categories, axis, r, PlotOrientation.VERTICAL, theme);
        BalanceChartParts.addLine(
                plot,
                BalanceChartParts.line(
                        theme,
                        h,
                        threshold,
                        messages.get("chart.balance.threshold", Numbers.format(threshold)),
                        false));
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(new LegendItem(messages.get("chart.balance.cv.pass", Numbers.format(threshold)), pass));
        legend.add(new LegendItem(
                theme.statusSymbol(Status.MISSED) + messages.get("chart.balance.cv.fail", Numbers.format(threshold)),
                fail));
        plot.setFixedLegendItems(legend);
        JFreeChart chart = new JFreeChart(null, theme.font(Font.BOLD, theme.titleSize(h)), plot, true);
        theme.decorate(
                chart,
                title(),
                messages.get(
                        "chart.balance.cv.subtitle",
                        year,
                        BalanceChartParts.THREE.format(stage.compositeCv()),
                        stage.sections().size(),
                        stage.compliantCount()),
                h);
        BalanceChartParts.footer(chart, theme, h, messages.get("chart.balance.footer", year));
        chart.draw(g, area);
    }
}
