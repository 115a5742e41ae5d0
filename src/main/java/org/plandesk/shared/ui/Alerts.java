package org.plandesk.shared.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.plandesk.shared.Failures;
import org.plandesk.shared.Messages;

/**
 * Messages in a small window, in the language chosen in 视图 → 语言: the button is PlanDesk's own 确定/OK, never the
 * operating system locale's (JavaFX's built-in button texts follow the JVM's locale, not the app's).
 */
public final class Alerts {
    private Alerts() {}

    /** Shows an error. */
    public static void error(Window owner, Messages m, String text) {
        show(owner, m, Alert.AlertType.ERROR, text);
    }

    /** Shows a failure in the user's words (a full disk, a read-only folder, a refusal's lines …). */
    public static void failure(Window owner, Messages m, Throwable e) {
        error(owner, m, Failures.describe(e, m));
    }

    /** Shows information. */
    public static void info(Window owner, Messages m, String text) {
        show(owner, m, Alert.AlertType.INFORMATION, text);
    }

    /**
     * Asks a question with 确定 and 取消 (in the app's language, the app's name as the title, not the OS's
     * "Confirmation"); true when the user chose 确定.
     */
    public static boolean confirm(Window owner, Messages m, String text) {
        ButtonType yes = Buttons.ok(m);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, text, yes, Buttons.cancel(m));
        if (owner != null) {
            a.initOwner(owner);
        }
        a.setTitle(m.get("app.name"));
        a.setHeaderText(null);
        return a.showAndWait().filter(b -> b == yes).isPresent();
    }

    private static void show(Window owner, Messages m, Alert.AlertType type, String text) {
        Alert a = new Alert(type, text, Buttons.ok(m));
        if (owner != null) {
            a.initOwner(owner);
        }
        a.setTitle(m.get("app.name"));
        a.setHeaderText(null);
        a.show();
    }
}
