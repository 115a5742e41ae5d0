package org.plandesk.school.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import org.plandesk.school.Figure;
import org.plandesk.school.service.SchoolService.RegistryRow;
import org.plandesk.shared.Change;
import org.plandesk.shared.Messages;
import org.plandesk.shared.ui.Alerts;
import org.plandesk.shared.ui.Styles;
import org.plandesk.shared.ui.grid.FrozenColumns;
import org.plandesk.shared.ui.grid.GridTable;
import org.plandesk.shared.ui.grid.Spreadsheet;

/**
 * The school grid: one row per school section of the chosen year, the nine figures editable like a spreadsheet
 * (type or F2, Enter; Ctrl+C / Ctrl+V of blocks; Delete), a note marker and tooltip, 备注与来源 in the context menu,
 * and the focused figure's history beside it.
 */
public final class RegistryView {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final RegistryViewModel vm;
    private final Messages messages;
    private final TableView<RegistryRow> table = new TableView<>();
    private final ListView<Change> history = new ListView<>();
    private final Label historyTitle = new Label();
    private final SplitPane root;
    private final Spreadsheet<RegistryCell> spreadsheet;

    public RegistryView(RegistryViewModel vm, Messages messages, ZoneId zone) {
        this.vm = vm;
        this.messages = messages;
        table.setId("registryTable");
        GridTable.keepFocus(table, vm.rows());
        table.setItems(vm.rows());
        table.setEditable(true);
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label(messages.get("registry.empty")));
        spreadsheet = new Spreadsheet<>(GridTable.of(table), new RegistryCells(table, vm, messages));
        // the school's code and name stay in view while the figures scroll right
        FrozenColumns frozen = FrozenColumns.of(table);
        table.getColumns()
                .add(frozen.freeze(text("registry.code", r -> r.school().code(), 90)));
        table.getColumns().add(frozen.freeze(field("registry.name", RegistryViewModel.SchoolField.NAME, 220)));
        table.getColumns().add(field("registry.district", RegistryViewModel.SchoolField.DISTRICT, 90));
        table.getColumns().add(text("registry.type", r -> r.school().type().label(), 100));
        table.getColumns()
                .add(text("registry.section", r -> r.figures().section().label(), 60));
        for (Figure f : RegistryViewModel.FIGURES) {
            table.getColumns().add(figure(f));
        }
        table.getColumns().add(field("registry.ownership", RegistryViewModel.SchoolField.OWNERSHIP, 70));
        table.getColumns().add(field("registry.street", RegistryViewModel.SchoolField.STREET, 110));
        table.getColumns().add(field("registry.campuses", RegistryViewModel.SchoolField.CAMPUSES, 60));
        table.getColumns().add(field("registry.group", RegistryViewModel.SchoolField.GROUP, 200));
        MenuItem note = new MenuItem(messages.get("note.menu"));
        note.setAccelerator(KeyCombination.keyCombination("Shortcut+Alt+N"));
        note.setOnAction(e -> editNote());
        MenuItem delete = new MenuItem(messages.get("registry.delete"));
        delete.setId("deleteSchool");
        delete.setOnAction(e -> {
            RegistryRow row = table.getSelectionModel().getSelectedItem();
            if (row != null) {
                if (Alerts.confirm(
                        table.getScene().getWindow(),
                        messages,
                        messages.get("registry.deleteConfirm", row.school().name()))) {
                    vm.deleteSchool(row);
                }
            }
        });
        table.setContextMenu(new ContextMenu(note, new SeparatorMenuItem(), delete));

        history.setId("registryHistory");
        history.setPlaceholder(new Label(messages.get("history.empty")));
        history.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Change c, boolean empty) {
                super.updateItem(c, empty);
                setText(
                        empty || c == null
                                ? null
                                : messages.get(
                                        "registry.historyLine",
                                        TIME.format(c.at().atZone(zone)),
                                        c.osUser(),
                                        c.oldValue() == null ? "—" : c.oldValue(),
                                        c.newValue() == null ? "—" : c.newValue()));
            }
        });
        table.getFocusModel().focusedCellProperty().addListener((o, old, now) -> showHistory(now));
        BorderPane side = new BorderPane(history);
        side.setTop(historyTitle);
        historyTitle.getStyleClass().add(Styles.META_LABEL);
        root = new SplitPane(table, side);
        root.setDividerPositions(0.8);
    }

    public SplitPane node() {
        return root;
    }

    public TableView<RegistryRow> table() {
        return table;
    }

    private TableColumn<RegistryRow, String> text(String key, Function<RegistryRow, String> value, double width) {
        TableColumn<RegistryRow, String> c = new TableColumn<>(messages.get(key));
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setEditable(false);
        c.setPrefWidth(width);
        return c;
    }

    /** A school's registry field, editable; the change applies to every row of the school. */
    private TableColumn<RegistryRow, String> field(String key, RegistryViewModel.SchoolField f, double width) {
        TableColumn<RegistryRow, String> c = new TableColumn<>(messages.get(key));
        c.setId("school_" + f.name());
        c.setUserData(f);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(RegistryViewModel.text(d.getValue(), f)));
        c.setCellFactory(col -> spreadsheet.tableCell());
        c.setPrefWidth(width);
        return c;
    }

    private TableColumn<RegistryRow, String> figure(Figure f) {
        TableColumn<RegistryRow, String> c = new TableColumn<>(f.header());
        c.setId("fig_" + f.column());
        c.setPrefWidth(Math.max(90, f.header().length() * 15.0));
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(RegistryViewModel.text(d.getValue(), f)));
        c.setUserData(f);
        c.setCellFactory(col -> {
            var cell = spreadsheet.<RegistryRow>tableCell();
            cell.setStyle("-fx-alignment: CENTER-RIGHT;");
            return cell;
        });
        return c;
    }

    /** The figure of a table column, or null for the registry columns. */
    private static Figure figureOf(TableColumn<?, ?> column) {
        return column != null && column.getUserData() instanceof Figure f ? f : null;
    }

    private void showHistory(TablePosition<RegistryRow, ?> pos) {
        Figure f = pos == null ? null : figureOf(pos.getTableColumn());
        if (f == null || pos.getRow() < 0 || pos.getRow() >= vm.rows().size()) {
            history.getItems().clear();
            historyTitle.setText(messages.get("registry.historyNone"));
            return;
        }
        RegistryRow row = vm.rows().get(pos.getRow());
        historyTitle.setText(messages.get(
                "registry.historyTitle",
                row.school().name(),
                row.figures().section().label(),
                f.header()));
        vm.history(row, f, changes -> history.getItems().setAll(changes.reversed()));
    }

    private void editNote() {
        TablePosition<RegistryRow, ?> pos = table.getFocusModel().getFocusedCell();
        Figure f = pos == null ? null : figureOf(pos.getTableColumn());
        if (f == null || pos.getRow() < 0) {
            return;
        }
        RegistryRow row = vm.rows().get(pos.getRow());
        NoteDialog.ask(
                        table.getScene().getWindow(),
                        messages,
                        row.note(f).source(),
                        row.note(f).note())
                .ifPresent(n -> vm.annotate(row, f, n[0], n[1]));
    }
}
