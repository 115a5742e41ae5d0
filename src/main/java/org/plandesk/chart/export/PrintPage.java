package org.plandesk.chart.export;

import java.awt.Graphics2D;
import java.util.function.Consumer;

/**
 * One page to print, preview or write to PDF: its size in pixels at 96 dpi (A4 landscape is 1123 × 794) and what
 * draws it. The same painter draws the preview on screen, the PDF page and the printer's page.
 */
public record PrintPage(double width, double height, Consumer<Graphics2D> painter) {
    /** A4 at 96 dpi. */
    public static final double A4_LONG = 1123;

    public static final double A4_SHORT = 794;
}
