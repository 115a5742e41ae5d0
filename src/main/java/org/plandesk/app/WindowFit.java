package org.plandesk.app;

import javafx.geometry.Rectangle2D;

/**
 * Where the main window goes: the size it had (or 1280×800 the first time), never larger than the screen's usable
 * area, and wholly inside it, so that on a 1366×768 laptop the title bar and the status bar are on screen.
 */
final class WindowFit {
    static final double FIRST_WIDTH = 1280;
    static final double FIRST_HEIGHT = 800;

    private WindowFit() {}

    /**
     * The window's bounds on a screen whose usable area is {@code screen}; {@code wanted} is what was remembered, with
     * NaN for what was not (NaN position: centred).
     */
    static Rectangle2D fit(Rectangle2D screen, double width, double height, double x, double y) {
        double w = Math.min(Double.isNaN(width) ? FIRST_WIDTH : width, screen.getWidth());
        double h = Math.min(Double.isNaN(height) ? FIRST_HEIGHT : height, screen.getHeight());
        double left = Double.isNaN(x) ? screen.getMinX() + (screen.getWidth() - w) / 2 : x;
        double top = Double.isNaN(y) ? screen.getMinY() + (screen.getHeight() - h) / 2 : y;
        left = Math.max(screen.getMinX(), Math.min(left, screen.getMaxX() - w));
        top = Math.max(screen.getMinY(), Math.min(top, screen.getMaxY() - h));
        return new Rectangle2D(left, top, w, h);
    }
}
