package org.plandesk.school.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.plandesk.school.Figure;
import org.plandesk.school.io.SchoolColumn;
import org.plandesk.school.io.SchoolRow;
import org.plandesk.school.io.SchoolTable;
import org.plandesk.school.service.SchoolImportService;
import org.plandesk.shared.InputRejectedException;
import org.plandesk.shared.Messages;
import org.plandesk.shared.Numbers;
import org.plandesk.shared.ui.Buttons;

/**
 * The preview of a school table before it is imported: the columns recognised and left out, every problem with its
 * row and column, the rows as read, and what the import would change. A table with a problem cannot be imported.
 */
final class SchoolImportDialog {
    private static final int PREVIEW_ROWS = 1000;

    private SchoolImportDialog() {}

    /** True when the user chose to import. */
    static boolean ask(
            Window owner, Messages messages, String source, SchoolTable table, SchoolImportService.Summary summary) {
        VBox box = new VBox(8);
        box.setPrefWidth(1000);
        StringBuilder cols = new StringBuilder();
        for (SchoolColumn c : table.columns()) {
            if (c != null) {
                cols.append(cols.isEmpty() ? "" : "、").append(c.header());
            }
        }
        box.getChildren().add(new Label(messages.get("schoolImport.source", source, table.headerRow(), cols)));
        if (!table.ignored().isEmpty()) {
            box.getChildren().add(new Label(messages.get("cli.schools.ignored", String.join("、", table.ignored()))));
        }
        if (!table.problems().isEmpty()) {
            Label head = new Label(
                    messages.get("schoolImport.problems", table.problems().size()));
            head.setStyle("-fx-text-fill: #B34700; -fx-font-weight: bold;");
            ListView<String> problems = new ListView<>();
            problems.setId("schoolProblems");
            problems.getItems().setAll(new InputRejectedException(table.problems()).lines(messages));
            problems.setPrefHeight(180);
            box.getChildren().addAll(head, problems);
        } else if (summary != null) {
            Label s = new Label(messages.get(
                    "schoolImport.summary",
                    table.rows().size(),
                    summary.newSchools(),
                    summary.changedSchools(),
                    summary.newRows(),
                    summary.changedRows(),
                    summary.unchangedRows()));
            s.setId("schoolImportSummary");
            box.getChildren().add(s);
        }
        TableView<SchoolRow> rows = new TableView<>();
        rows.setId("schoolPreview");
        rows.setPlaceholder(new Label(messages.get("table.empty")));
        rows.getColumns().add(col(messages.get("schoolImport.line"), r -> Integer.toString(r.line()), 50));
        rows.getColumns().add(col(messages.get("registry.code"), r -> r.school().code(), 80));
        rows.getColumns().add(col(messages.get("registry.name"), r -> r.school().name(), 190));
        rows.getColumns()
                .add(col(messages.get("registry.district"), r -> r.school().district(), 80));
        rows.getColumns()
                .add(col(messages.get("registry.type"), r -> r.school().type().label(), 90));
        rows.getColumns()
                .add(col(
                        messages.get("schoolImport.year"),
                        r -> Integer.toString(r.figures().year()),
                        50));
        rows.getColumns()
                .add(col(
                        messages.get("registry.section"),
                        r -> r.figures().section().label(),
                        50));
        for (Figure f : Figure.values()) {
            rows.getColumns()
                    .add(col(
                            f.header(),
                            r -> r.figures().has(f) ? Numbers.format(r.figures().get(f)) : "",
                            90));
        }
        List<SchoolRow> shown =
                table.rows().size() > PREVIEW_ROWS ? table.rows().subList(0, PREVIEW_ROWS) : table.rows();
        rows.getItems().setAll(shown);
        rows.setPrefHeight(360);
        box.getChildren().add(rows);
        if (table.rows().size() > PREVIEW_ROWS) {
            box.getChildren()
                    .add(new Label(
                            messages.get("schoolImport.more", table.rows().size() - PREVIEW_ROWS)));
        }
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(messages.get("schoolImport.title"));
        d.setResizable(true);
        d.getDialogPane().setContent(box);
        ButtonType importButton = new ButtonType(messages.get("schoolImport.import"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(importButton, Buttons.cancel(messages));
        d.getDialogPane()
                .lookupButton(importButton)
                .setDisable(!table.problems().isEmpty() || table.rows().isEmpty());
        d.getDialogPane().lookupButton(importButton).setId("schoolImportButton");
        Optional<ButtonType> answer = d.showAndWait();
        return answer.isPresent() && answer.get() == importButton;
    }

    private static TableColumn<SchoolRow, String> col(String title, Function<SchoolRow, String> v, double w) {
        TableColumn<SchoolRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(v.apply(d.getValue())));
        c.setPrefWidth(w);
        return c;
    }
}
