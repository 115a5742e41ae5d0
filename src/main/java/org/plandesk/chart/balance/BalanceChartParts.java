package org.plandesk.chart.balance;

import java.awt.BasicStroke;
import java.awt.Font;
import java.text.DecimalFormat;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.plandesk.chart.ChartTheme;

/** Axes, reference lines and the footer shared by the balance charts, styled by the one chart theme. */
final class BalanceChartParts {
    static final DecimalFormat THREE = new DecimalFormat("0.000");
    static final DecimalFormat TWO = new DecimalFormat("0.00");

    private BalanceChartParts() {}

    static CategoryAxis categories(ChartTheme theme, double h) {
        CategoryAxis axis = new CategoryAxis();
        axis.setTickLabelFont(theme.font(Font.PLAIN, theme.labelSize(h)));
        axis.setTickLabelPaint(theme.text());
        axis.setMaximumCategoryLabelWidthRatio(0.4f);
        axis.setCategoryMargin(0.25);
        return axis;
    }

    static NumberAxis numbers(ChartTheme theme, double h, String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setTickLabelFont(theme.font(Font.PLAIN, theme.labelSize(h)));
        axis.setLabelFont(theme.font(Font.PLAIN, theme.labelSize(h)));
        axis.setTickLabelPaint(theme.text());
        axis.setLabelPaint(theme.mutedText());
        return axis;
    }

    /** A reference line (standard or threshold) with its label, drawn over the bars. */
    static ValueMarker line(ChartTheme theme, double h, double value, String label, boolean horizontalPlot) {
        ValueMarker m = new ValueMarker(value);
        m.setPaint(theme.text());
        float w = theme.lineWidth(h);
        m.setStroke(
                new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {3 * w, 2 * w}, 0));
        m.setLabel(label);
        m.setLabelFont(theme.font(Font.BOLD, theme.labelSize(h)));
        m.setLabelPaint(theme.text());
        m.setLabelBackgroundColor(theme.background());
        if (horizontalPlot) {
            m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        } else {
            m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            m.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        }
        return m;
    }

    /** A category plot in the theme's colours, without an outline. */
    static CategoryPlot plot(
            CategoryDataset data,
            CategoryAxis categories,
            NumberAxis values,
            CategoryItemRenderer renderer,
            PlotOrientation orientation,
            ChartTheme theme) {
        CategoryPlot plot = new CategoryPlot(data, categories, values, renderer);
        plot.setOrientation(orientation);
        plot.setBackgroundPaint(theme.plotBackground());
        plot.setRangeGridlinePaint(theme.grid());
        plot.setOutlineVisible(false);
        return plot;
    }

    static void addLine(CategoryPlot plot, ValueMarker m) {
        plot.addRangeMarker(m, Layer.FOREGROUND);
    }

    static void footer(JFreeChart chart, ChartTheme theme, double h, String text) {
        TextTitle footer = new TextTitle(text, theme.font(Font.PLAIN, theme.smallSize(h)));
        footer.setPaint(theme.mutedText());
        footer.setPosition(RectangleEdge.BOTTOM);
        footer.setHorizontalAlignment(HorizontalAlignment.LEFT);
        chart.addSubtitle(0, footer);
    }
}
