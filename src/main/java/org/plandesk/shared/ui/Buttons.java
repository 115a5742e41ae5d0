package org.plandesk.shared.ui;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import org.plandesk.shared.Messages;

/**
 * OK and Cancel in the UI's language. JavaFX's own {@link ButtonType#OK} takes the JVM's locale once, which need not
 * be the language the user chose.
 */
public final class Buttons {
    private Buttons() {}

    public static ButtonType ok(Messages m) {
        return new ButtonType(m.get("dialog.ok"), ButtonBar.ButtonData.OK_DONE);
    }

    public static ButtonType cancel(Messages m) {
        return new ButtonType(m.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    public static ButtonType close(Messages m) {
        return new ButtonType(m.get("dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }
}
