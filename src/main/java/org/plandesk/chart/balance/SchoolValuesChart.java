package org.plandesk.chart.balance;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.plandesk.chart.ChartTheme;
import org.plandesk.chart.PlanChart;
import org.plandesk.io.FileNames;
import org.plandesk.plan.Status;
import org.plandesk.school.BalanceIndicator;
import org.plandesk.school.BalanceReport.SectionResult;
import org.plandesk.school.BalanceReport.StageResult;
import org.plandesk.shared.Messages;
import org.plandesk.shared.Numbers;

/**
 * One indicator across a district's school sections of a stage: sorted bars against the standard line, schools that
 * do not comply in the "missed" colour and named so in the legend and label (never colour alone).
 */
public final class SchoolValuesChart implements PlanChart {
    private final StageResult stage;
    private final BalanceIndicator indicator;
    private final int year;
    private final Messages messages;

    public SchoolValuesChart(StageResult stage, BalanceIndicator indicator, int year, Messages messages) {
        this.stage = stage;
        this.indicator = indicator;
        this.year = year;
        this.messages = messages;
    }

    public BalanceIndicator indicator() {
        return indicator;
    }

    /** The sections in the order drawn: highest value first; sections without a value are left out. */
    public List<SectionResult> sorted() {
        List<SectionResult> out = new ArrayList<>(stage.sections().stream()
                .filter(s -> !Double.isNaN(s.value(indicator)))
                .toList());
        out.sort(Comparator.comparingDouble((SectionResult s) -> s.value(indicator))
                .reversed());
        return out;
    }

    @Override
    public String title() {
        return messages.get(
                "chart.balance.values.title",
                indicator.label(),
                stage.district(),
                stage.stage().label());
    }

    @Override
    public String fileStem() {
        return FileNames.stem(
                Integer.toString(year), stage.district() + "_" + stage.stage().label() + "_" + indicator.shortLabel());
    }

    @Override
    public void draw(Graphics2D g, Rectangle2D area, ChartTheme theme) {
        double h = ChartTheme.effectiveHeight(area);
        String ok = messages.get("chart.balance.compliant");
        String not = theme.statusSymbol(Status.MISSED) + messages.get("chart.balance.notCompliant");
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (SectionResult s : sorted()) {
            String name = s.school().name()
                    + (s.compliance().compliant() ? "" : "（" + messages.get("chart.balance.notCompliantShort") + "）");
            boolean compliant = s.compliance().compliant();
            data.addValue(compliant ? s.value(indicator) : null, ok, name);
            data.addValue(compliant ? null : s.value(indicator), not, name);
        }
        StackedBarRenderer r = new StackedBarRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setMaximumBarWidth(0.08);
        r.setSeriesPaint(0, theme.series(0));
        r.setSeriesPaint(1, theme.status(Status.MISSED));
        r.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", BalanceChartParts.THREE));
        r.setDefaultItemLabelsVisible(true);
        r.setDefaultItemLabelFont(theme.font(Font.PLAIN, theme.smallSize(h)));
        r.setDefaultItemLabelPaint(theme.text());
        r.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        var valueAxis = BalanceChartParts.numbers(theme, h, indicator.unit());
        valueAxis.setUpperMargin(0.12);
        double top = Math.max(
                        indicator.standard(stage.stage()),
                        sorted().stream()
                                .mapToDouble(x -> x.value(indicator))
                                .max()
                                .orElse(0))
                * 1.12;
        valueAxis.setRange(0, top);
        valueAxis.setTickUnit(ChartTheme.tickUnit(top, 12), false, true);
        CategoryPlot plot = BalanceChartParts.plot(
                data, BalanceChartParts.categories(theme, h), valueAxis, r, PlotOrientation.HORIZONTAL, theme);
        double standard = indicator.standard(stage.stage());
        BalanceChartParts.addLine(
                plot,
                BalanceChartParts.line(
                        theme, h, standard, messages.get("chart.balance.standard", Numbers.format(standard)), true));
        JFreeChart chart = new JFreeChart(null, theme.font(Font.BOLD, theme.titleSize(h)), plot, true);
        var stat = stage.indicator(indicator);
        theme.decorate(
                chart,
                title(),
                messages.get(
                        "chart.balance.values.subtitle",
                        year,
                        indicator.unit(),
                        Numbers.format(standard),
                        BalanceChartParts.THREE.format(stat.stats().mean()),
                        BalanceChartParts.THREE.format(stat.cv())),
                h);
        BalanceChartParts.footer(chart, theme, h, messages.get("chart.balance.footer", year));
        chart.draw(g, area);
    }
}
