package org.plandesk.school.ui;

import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.plandesk.shared.Messages;
import org.plandesk.shared.ui.Buttons;

/** 备注与来源 of a school figure: a source (document, statistics report, date) and a note. */
final class NoteDialog {
    private NoteDialog() {}

    /** The new source and note, or empty when cancelled. */
    static Optional<String[]> ask(Window owner, Messages messages, String source, String note) {
        TextField s = new TextField(source);
        s.setPrefColumnCount(36);
        s.setId("noteSource");
        TextArea n = new TextArea(note);
        n.setPrefRowCount(4);
        n.setId("noteText");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label(messages.get("note.source")), s);
        grid.addRow(1, new Label(messages.get("note.note")), n);
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(messages.get("registry.noteTitle"));
        d.getDialogPane().setContent(grid);
        ButtonType ok = Buttons.ok(messages);
        d.getDialogPane().getButtonTypes().addAll(ok, Buttons.cancel(messages));
        return d.showAndWait().filter(b -> b == ok).map(b -> new String[] {s.getText(), n.getText()});
    }
}
