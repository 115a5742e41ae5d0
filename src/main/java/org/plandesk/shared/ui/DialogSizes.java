package org.plandesk.shared.ui;

import javafx.geometry.Rectangle2D;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogEvent;
import javafx.scene.control.DialogPane;
import javafx.stage.Screen;
import javafx.stage.Window;
import org.plandesk.shared.Settings;

/**
 * Large dialogs open at their content's size, or at the size the user last gave them, and never collapsed (seen
 * before: an import preview at 922×124 px when the window was sized before its content had laid out). The size is
 * taken from the dialog pane's preferred size once it is in its window, clamped to the screen, and remembered when
 * the dialog closes.
 */
public final class DialogSizes {
    private final Settings settings;

    public DialogSizes(Settings settings) {
        this.settings = settings;
    }

    /** Sizes {@code d} when it shows and remembers its size under {@code key} when it closes. */
    public void apply(Dialog<?> d, String key) {
        d.setResizable(true);
        DialogPane pane = d.getDialogPane();
        d.addEventHandler(DialogEvent.DIALOG_SHOWN, e -> {
            Window w = pane.getScene().getWindow();
            pane.applyCss();
            pane.layout();
            // the window's decoration around the pane (none on some platforms, not yet known on others)
            double chromeW = chrome(w.getWidth(), pane.getWidth());
            double chromeH = chrome(w.getHeight(), pane.getHeight());
            double prefW = pane.prefWidth(-1);
            double prefH = pane.prefHeight(prefW);
            double width = settings.getDouble(key + ".width").orElse(prefW + chromeW);
            double height = settings.getDouble(key + ".height").orElse(prefH + chromeH);
            Rectangle2D screen = screenOf(w);
            // never smaller than the content's minimum, never larger than the screen
            width = Math.min(Math.max(width, pane.minWidth(-1) + chromeW), screen.getWidth());
            height = Math.min(Math.max(height, Math.min(prefH, 300) + chromeH), screen.getHeight());
            w.setWidth(width);
            w.setHeight(height);
            w.setX(Math.max(screen.getMinX(), Math.min(w.getX(), screen.getMaxX() - width)));
            w.setY(Math.max(screen.getMinY(), Math.min(w.getY(), screen.getMaxY() - height)));
        });
        d.addEventHandler(DialogEvent.DIALOG_HIDDEN, e -> {
            if (d.getWidth() > 0 && d.getHeight() > 0) {
                settings.putDouble(key + ".width", d.getWidth());
                settings.putDouble(key + ".height", d.getHeight());
            }
        });
    }

    private static double chrome(double window, double pane) {
        double d = window - pane;
        return Double.isFinite(d) && d >= 0 && d < 200 ? d : 0;
    }

    private static Rectangle2D screenOf(Window w) {
        return Screen.getScreensForRectangle(w.getX(), w.getY(), Math.max(1, w.getWidth()), Math.max(1, w.getHeight()))
                .stream()
                .findFirst()
                .orElse(Screen.getPrimary())
                .getVisualBounds();
    }
}
