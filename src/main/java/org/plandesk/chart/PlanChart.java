package org.plandesk.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/**
 * A chart as the screen and every export see it (DESIGN D6): it draws itself into any area with a theme, so the
 * window, PNG, SVG, PDF and PPTX all come from the same drawing.
 */
public interface PlanChart {
    /** The chart's title, for windows, slides and lists. */
    String title();

    /** A file name stem (no extension), e.g. {@code 17_初中小学校际优质均衡差异系数}. */
    String fileStem();

    /** Draws the chart into an area. The theme's sizes follow the area's height. */
    void draw(Graphics2D g, Rectangle2D area, ChartTheme theme);
}
