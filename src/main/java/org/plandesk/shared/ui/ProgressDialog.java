package org.plandesk.shared.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.plandesk.shared.Messages;
import org.plandesk.shared.TaskRunner;

/**
 * The one progress-and-cancel component for long work (import, export, batch charts): a bar, what is being done, and
 * 取消. It is the work's {@link TaskRunner.ProgressView}; 取消 cancels the work's handle, and the work, seeing the
 * token, writes nothing (an import rolls back, an export removes its half-written files).
 */
public final class ProgressDialog implements TaskRunner.ProgressView {
    private final Alert alert;
    private final ProgressBar bar = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
    private final Label what = new Label();
    private boolean finished;

    public ProgressDialog(Window owner, Messages messages, String text) {
        ButtonType cancel = Buttons.cancel(messages);
        alert = new Alert(Alert.AlertType.NONE, text, cancel);
        alert.initOwner(owner);
        alert.setTitle(text);
        alert.setHeaderText(null);
        bar.setPrefWidth(420);
        bar.setId("progressBar");
        what.setId("progressWhat");
        alert.getDialogPane().setContent(new VBox(8, new Label(text), bar, what));
    }

    /**
     * Shows the dialog for work already started: 取消 cancels {@code handle} and runs {@code cancelled} (e.g. to say
     * so in the status bar), since a cancelled work calls neither of its callbacks.
     */
    public void open(TaskRunner.Handle handle, Runnable cancelled) {
        if (finished) {
            return; // the work was over before the dialog could show (a runner that works on the calling thread)
        }
        alert.resultProperty().addListener((o, old, now) -> {
            if (now != null && !finished) {
                handle.cancel();
                cancelled.run();
            }
        });
        alert.show();
    }

    @Override
    public void show(double fraction, String message) {
        bar.setProgress(fraction);
        what.setText(message == null ? "" : message);
    }

    /** Closes the dialog when the work is over (not by the user: that would count as 取消). */
    public void close() {
        finished = true;
        alert.setResult(ButtonType.FINISH);
        alert.close();
    }
}
