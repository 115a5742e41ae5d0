package org.plandesk.shared.ui;

import javafx.geometry.Pos;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.plandesk.shared.Messages;

/**
 * A short note that a piece of work the user started has finished (导入、导出): ControlsFX's notification in the
 * window's lower right corner, gone by itself after a few seconds, so the result is seen where the user looks and
 * never needs a click. The status bar keeps the same words.
 */
public final class Notices {
    private Notices() {}

    /** Shows that something finished, over the owner window. */
    public static void done(Window owner, Messages m, String text) {
        Notifications.create()
                .owner(owner)
                .title(m.get("app.name"))
                .text(text)
                .position(Pos.BOTTOM_RIGHT)
                .hideAfter(Duration.seconds(6))
                .showInformation();
    }
}
