package org.plandesk.chart.export;

import java.awt.Color;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.PresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFPresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChart;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.plandesk.chart.ChartTheme;
import org.plandesk.chart.TrajectorySpec;
import org.plandesk.shared.Messages;

/**
 * A trajectory as a native office chart (DrawingML, its figures in the chart's embedded workbook), in a Word report or
 * a PowerPoint deck: the planner can restyle it, change a label or look at the data in Word, PowerPoint or WPS. Targets dashed, actuals solid, one colour per part, from the same
 * chart model and colours as the screen (DESIGN D6). Years without a figure are left empty, not zero.
 */
public final class NativeCharts {
    private final ChartTheme theme;
    private final Messages messages;

    public NativeCharts(ChartTheme theme, Messages messages) {
        this.theme = theme;
        this.messages = messages;
    }

    /** Fills an empty chart (of a document or a slide) with a trajectory. */
    public void fill(XDDFChart chart, TrajectorySpec spec, boolean withTitle) {
        fill(chart, spec, withTitle, 10);
    }

    /**
     * As {@link #fill(XDDFChart, TrajectorySpec, boolean)}, with axis and legend text at {@code textPoints} (a slide
     * read from the back of a room needs larger text than a page).
     */
    public void fill(XDDFChart chart, TrajectorySpec spec, boolean withTitle, double textPoints) {
        if (withTitle) {
            chart.setTitleText(spec.title());
        } else {
            // the slide's own title says it; without this, office suites write "Chart Title" in
            chart.setAutoTitleDeleted(true);
        }
        chart.setTitleOverlay(false);
        int years = spec.lastYear() - spec.firstYear() + 1;
        String[] categories = new String[years];
        for (int i = 0; i < years; i++) {
            categories[i] = Integer.toString(spec.firstYear() + i);
        }
        XDDFCategoryAxis bottom = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis left = chart.createValueAxis(AxisPosition.LEFT);
        left.setCrosses(AxisCrosses.AUTO_ZERO);
        if (!spec.unit().isEmpty()) {
            left.setTitle(spec.unit());
        }
        XDDFCategoryDataSource cats = XDDFDataSourcesFactory.fromArray(
                categories, chart.formatRange(new CellRangeAddress(1, years, 0, 0)), 0);
        XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, bottom, left);
        data.setVaryColors(false);
        int column = 1;
        boolean multi = spec.parts().size() > 1;
        for (int i = 0; i < spec.parts().size(); i++) {
            TrajectorySpec.PartSeries p = spec.parts().get(i);
            String part = multi ? (p.name().isEmpty() ? messages.get("chart.part", i + 1) : p.name()) + " " : "";
            Double[] targets = new Double[years];
            for (TrajectorySpec.TargetPoint t : p.targets()) {
                targets[t.year() - spec.firstYear()] = t.value();
            }
            Double[] actuals = new Double[years];
            for (TrajectorySpec.Point a : p.actuals()) {
                if (a.year() >= spec.firstYear() && a.year() <= spec.lastYear()) {
                    actuals[a.year() - spec.firstYear()] = a.value();
                }
            }
            Color c = theme.series(i);
            series(chart, data, cats, targets, column++, part + messages.get("report.chart.target"), c, true, years);
            series(chart, data, cats, actuals, column++, part + messages.get("report.chart.actual"), c, false, years);
        }
        chart.plot(data);
        if (!withTitle) {
            if (chart.getCTChart().isSetTitle()) {
                chart.getCTChart().unsetTitle();
            }
            chart.setAutoTitleDeleted(true);
        }
        bottom.getOrAddTextProperties().setFontSize(textPoints);
        left.getOrAddTextProperties().setFontSize(textPoints);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
    }

    private static void series(
            XDDFChart chart,
            XDDFLineChartData data,
            XDDFCategoryDataSource cats,
            Double[] values,
            int column,
            String title,
            Color colour,
            boolean dashed,
            int years) {
        XDDFNumericalDataSource<Double> source = XDDFDataSourcesFactory.fromArray(
                values, chart.formatRange(new CellRangeAddress(1, years, column, column)), column);
        XDDFLineChartData.Series s = (XDDFLineChartData.Series) data.addSeries(cats, source);
        s.setTitle(title, chart.setSheetTitle(title, column));
        s.setSmooth(false);
        s.setMarkerStyle(dashed ? MarkerStyle.NONE : MarkerStyle.CIRCLE);
        XDDFLineProperties line = new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(
                new byte[] {(byte) colour.getRed(), (byte) colour.getGreen(), (byte) colour.getBlue()})));
        line.setWidth(dashed ? 1.5 : 2.25);
        if (dashed) {
            line.setPresetDash(new XDDFPresetLineDash(PresetLineDash.DASH));
        }
        XDDFShapeProperties shape = new XDDFShapeProperties();
        shape.setLineProperties(line);
        s.setShapeProperties(shape);
    }
}
