package org.plandesk.app;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import org.plandesk.backup.AutomaticBackups;
import org.plandesk.shared.Failures;
import org.plandesk.shared.Messages;

/**
 * A workspace that would not open: the reason, and what the user can do — restore its latest backup into a new
 * workspace (when the file is damaged and a backup exists), open another, start an empty one, or leave.
 */
final class OpenFailureDialog {
    /** What the user chose. */
    enum Choice {
        RESTORE,
        OTHER,
        NEW,
        CLOSE
    }

    private final Stage stage;
    private final Messages messages;

    OpenFailureDialog(Stage stage, Messages messages) {
        this.stage = stage;
        this.messages = messages;
    }

    /** Shows the failure and waits for the choice; {@code backup} is offered only when present. */
    Choice ask(Throwable e, Optional<Path> backup, boolean windowHasWorkspace) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(stage);
        alert.setTitle(messages.get("dialog.error.title"));
        alert.setHeaderText(messages.get("dialog.workspace.header"));
        String text = Failures.describe(e, messages);
        ButtonType restore = null;
        if (backup.isPresent()) {
            text = text + "\n\n" + messages.get("dialog.workspace.backupOffer", AutomaticBackups.when(backup.get()));
            restore = new ButtonType(messages.get("dialog.workspace.restore"), ButtonBar.ButtonData.OK_DONE);
            alert.getButtonTypes().setAll(restore);
        } else {
            alert.getButtonTypes().clear();
        }
        alert.setContentText(text);
        ButtonType other = new ButtonType(messages.get("dialog.workspace.openOther"), ButtonBar.ButtonData.YES);
        ButtonType fresh = new ButtonType(messages.get("dialog.workspace.newEmpty"), ButtonBar.ButtonData.NO);
        ButtonType quit = new ButtonType(
                windowHasWorkspace ? messages.get("dialog.close") : messages.get("dialog.workspace.exit"),
                ButtonBar.ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().addAll(other, fresh, quit);
        ButtonType chosen = alert.showAndWait().orElse(quit);
        if (chosen == restore) {
            return Choice.RESTORE;
        }
        if (chosen == other) {
            return Choice.OTHER;
        }
        return chosen == fresh ? Choice.NEW : Choice.CLOSE;
    }
}
