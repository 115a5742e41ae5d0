package org.plandesk.app;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.plandesk.shared.Settings;

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

    /** Puts the window where it was (or at its first size), on a screen that still exists. */
    static void restore(Stage stage, Settings settings) {
        double w = settings.getDouble("window.width").orElse(Double.NaN);
        double h = settings.getDouble("window.height").orElse(Double.NaN);
        double x = settings.getDouble("window.x").orElse(Double.NaN);
        double y = settings.getDouble("window.y").orElse(Double.NaN);
        Rectangle2D area = Screen.getScreens().stream()
                .map(Screen::getVisualBounds)
                .filter(b -> !Double.isNaN(x) && b.contains(x + 50, y + 10))
                .findFirst()
                .orElse(Screen.getPrimary().getVisualBounds());
        Rectangle2D fit = fit(area, w, h, x, y);
        stage.setWidth(fit.getWidth());
        stage.setHeight(fit.getHeight());
        stage.setX(fit.getMinX());
        stage.setY(fit.getMinY());
    }

    /** Remembers the window's size and place (not while it is minimised). */
    static void remember(Stage stage, Settings settings) {
        if (!stage.isIconified() && stage.getWidth() > 0) {
            settings.putDouble("window.width", stage.getWidth());
            settings.putDouble("window.height", stage.getHeight());
            settings.putDouble("window.x", stage.getX());
            settings.putDouble("window.y", stage.getY());
        }
    }
}
