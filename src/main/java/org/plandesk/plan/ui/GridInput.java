package org.plandesk.plan.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import org.plandesk.shared.Messages;
import org.plandesk.shared.ui.Buttons;
import org.plandesk.shared.ui.grid.GridCells;

/**
 * The plan grid's side of the grid kit: which cells are a part's target or actual of a year ({@link YearColumn}), what
 * they show and note, and what typing, pasting, clearing and filling do (through the {@link PlanGridViewModel});
 * and the grid's context menu (备注与来源, 编辑指标, structure, 关联学校登记计算). Keys and editing are the kit's.
 */
final class GridInput implements GridCells<GridEditor.Cell> {
    private final TreeTableView<IndicatorRow> table;
    private PlanGridViewModel editing;

    private final Messages messages;

    GridInput(TreeTableView<IndicatorRow> table, Messages messages) {
        this.table = table;
        this.messages = messages;
        MenuItem noteItem = new MenuItem(messages.get("note.menu"));
        noteItem.setAccelerator(KeyCombination.keyCombination("Shortcut+Alt+N"));
        noteItem.setOnAction(e -> editNote());
        MenuItem indicatorItem = new MenuItem(messages.get("indicator.menu"));
        indicatorItem.setId("editIndicatorItem");
        indicatorItem.setOnAction(e -> {
            var item = table.getSelectionModel().getSelectedItem();
            if (indicatorEditor != null
                    && item != null
                    && item.getValue() != null
                    && !item.getValue().group()) {
                indicatorEditor.accept(item.getValue().indicatorId());
            }
        });
        MenuItem linkItem = new MenuItem(messages.get("link.menu"));
        linkItem.setId("linkItem");
        linkItem.setOnAction(e -> {
            var item = table.getSelectionModel().getSelectedItem();
            if (partLinker != null
                    && item != null
                    && item.getValue() != null
                    && !item.getValue().group()) {
                partLinker.accept(item.getValue());
            }
        });
        table.setContextMenu(new ContextMenu(noteItem, indicatorItem, linkItem));
    }

    /** Adds the structure items (new, move, delete indicators and groups) to the grid's context menu. */
    void setStructureHandler(StructureHandler h) {
        Supplier<IndicatorRow> at = () -> {
            var item = table.getSelectionModel().getSelectedItem();
            return item == null ? null : item.getValue();
        };
        BiFunction<String, Consumer<IndicatorRow>, MenuItem> item = (key, action) -> {
            MenuItem m = new MenuItem(messages.get(key));
            m.setId(key.replace('.', '_'));
            m.setOnAction(e -> {
                if (at.get() != null) {
                    action.accept(at.get());
                }
            });
            return m;
        };
        MenuItem addGroup = new MenuItem(messages.get("structure.menu.addGroup"));
        addGroup.setOnAction(e -> h.addGroup());
        table.getContextMenu()
                .getItems()
                .addAll(
                        new SeparatorMenuItem(),
                        item.apply("structure.menu.addIndicator", h::addIndicator),
                        addGroup,
                        item.apply("structure.menu.renameGroup", h::renameGroup),
                        new SeparatorMenuItem(),
                        item.apply("structure.menu.up", r -> h.moveIndicator(r, -1)),
                        item.apply("structure.menu.down", r -> h.moveIndicator(r, 1)),
                        item.apply("structure.menu.groupUp", r -> h.moveGroup(r, -1)),
                        item.apply("structure.menu.groupDown", r -> h.moveGroup(r, 1)),
                        new SeparatorMenuItem(),
                        item.apply("structure.menu.deleteIndicator", h::deleteIndicator),
                        item.apply("structure.menu.deleteGroup", h::deleteGroup));
    }

    /** 备注与来源: the source and note of the focused cell's value. */
    void editNote() {
        var focus = table.getFocusModel().getFocusedCell();
        GridEditor.Cell cell = focus == null ? null : cellAt(focus.getRow(), focus.getTableColumn());
        if (editing == null || cell == null) {
            return;
        }
        YearCell y = cell.row().cell(cell.year());
        YearCell.Annotation a = cell.target() ? y.targetNote() : y.actualNote();
        TextField source = new TextField(a.source());
        source.setPrefColumnCount(36);
        source.setId("noteSource");
        TextArea note = new TextArea(a.note());
        note.setPrefRowCount(4);
        note.setId("noteText");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label(messages.get("note.source")), source);
        grid.addRow(1, new Label(messages.get("note.note")), note);
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(table.getScene().getWindow());
        d.setTitle(
                messages.get("note.title", cell.year(), messages.get(cell.target() ? "kind.target" : "kind.actual")));
        ButtonType ok = Buttons.ok(messages);
        d.getDialogPane().getButtonTypes().setAll(ok, Buttons.cancel(messages));
        d.getDialogPane().setContent(grid);
        d.showAndWait().filter(b -> b == ok).ifPresent(b -> editing.annotate(cell, source.getText(), note.getText()));
    }

    private Consumer<Long> indicatorEditor;
    private Consumer<IndicatorRow> partLinker;

    void setPartLinker(Consumer<IndicatorRow> linker) {
        this.partLinker = linker;
    }

    void setIndicatorEditor(Consumer<Long> editor) {
        this.indicatorEditor = editor;
    }

    void setEditing(PlanGridViewModel controller) {
        this.editing = controller;
    }

    /** The editable cell at a grid position, or null. */
    private GridEditor.Cell cellAt(int rowIndex, TreeTableColumn<IndicatorRow, ?> column) {
        if (column == null || !(column.getUserData() instanceof YearColumn y)) {
            return null;
        }
        TreeItem<IndicatorRow> item = table.getTreeItem(rowIndex);
        if (item == null || item.getValue() == null || item.getValue().group()) {
            return null;
        }
        return new GridEditor.Cell(item.getValue(), y.year(), y.target());
    }

    // ---- the grid kit's questions (GridCells)

    @Override
    public GridEditor.Cell cellAt(int row, int column) {
        if (column < 0 || column >= table.getVisibleLeafColumns().size()) {
            return null;
        }
        return cellAt(row, table.getVisibleLeafColumn(column));
    }

    @Override
    public String shown(GridEditor.Cell cell) {
        return GridEditor.shown(cell);
    }

    @Override
    public Optional<String> commit(GridEditor.Cell cell, String text) {
        return editing == null ? Optional.of("") : editing.enter(cell, text);
    }

    @Override
    public void paste(List<List<GridEditor.Cell>> targets, List<List<String>> block) {
        if (editing != null) {
            editing.paste(targets, block);
        }
    }

    @Override
    public void clear(List<GridEditor.Cell> cells) {
        if (editing != null) {
            editing.clear(cells);
        }
    }

    @Override
    public void fillDown(List<List<GridEditor.Cell>> block) {
        if (editing != null) {
            editing.fillDown(block);
        }
    }

    @Override
    public String tooltip(GridEditor.Cell cell) {
        return annotation(cell).text();
    }

    @Override
    public boolean noted(GridEditor.Cell cell) {
        return annotation(cell).hasNote();
    }

    private static YearCell.Annotation annotation(GridEditor.Cell cell) {
        YearCell y = cell.row().cell(cell.year());
        return cell.target() ? y.targetNote() : y.actualNote();
    }
}
