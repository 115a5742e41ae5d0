package org.plandesk.plan.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.plandesk.shared.Change;
import org.plandesk.shared.Messages;
import org.plandesk.shared.TaskRunner;

/**
 * Every change of the cell that has the focus, from the change log (time, OS user, old → new), with one click to
 * put an old value back (itself an undoable edit).
 */
public final class HistoryPane extends BorderPane {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final ListView<Change> list = new ListView<>();
    private final Label title = new Label();
    private GridEditor.Cell cell;

    /**
     * @param history loads the change log of a cell (called through the runner, off the UI thread)
     * @param restore puts an old value back into a cell
     */
    public HistoryPane(
            ObservableValue<GridEditor.Cell> focused,
            Function<GridEditor.Cell, List<Change>> history,
            TaskRunner runner,
            Messages messages,
            BiConsumer<GridEditor.Cell, String> restore,
            ZoneId zone) {
        setId("historyPane");
        list.setId("historyList");
        list.setPlaceholder(new Label(messages.get("history.empty")));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Change c, boolean empty) {
                super.updateItem(c, empty);
                setText(
                        empty || c == null
                                ? null
                                : messages.get(
                                        "history.line",
                                        TIME.format(c.at().atZone(zone)),
                                        c.osUser(),
                                        c.oldValue() == null ? "—" : c.oldValue(),
                                        c.newValue() == null ? "—" : c.newValue()));
            }
        });
        Button back = new Button(messages.get("history.restore"));
        back.setId("historyRestore");
        back.disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        back.setOnAction(e -> {
            Change c = list.getSelectionModel().getSelectedItem();
            if (c != null && cell != null) {
                restore.accept(cell, c.oldValue() == null ? "" : c.oldValue());
            }
        });
        HBox top = new HBox(8, title, back);
        top.setStyle("-fx-padding: 4 6 4 6; -fx-alignment: center-left;");
        setTop(top);
        setCenter(list);
        focused.addListener((o, old, now) -> {
            cell = now;
            if (now == null) {
                title.setText(messages.get("history.title.none"));
                list.getItems().clear();
                return;
            }
            title.setText(messages.get(
                    "history.title", now.year(), messages.get(now.target() ? "kind.target" : "kind.actual")));
            runner.read(
                    p -> history.apply(now),
                    changes -> {
                        if (now == cell) {
                            list.getItems().setAll(changes.reversed());
                        }
                    },
                    e -> list.getItems().clear());
        });
        title.setText(messages.get("history.title.none"));
    }
}
