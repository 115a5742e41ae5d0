package org.plandesk.plan.ui;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import org.plandesk.shared.ui.grid.GridCells;

/**
 * The plan grid's side of the grid kit: which cells are a part's target or actual of a year ({@link YearColumn}), what
 * they show and note, and what typing, pasting, clearing and filling do (through the {@link GridEditController});
 * and the grid's context menu (备注与来源, 编辑指标, structure, 关联学校登记计算). Keys and editing are the kit's.
 */
final class GridInput implements GridCells<GridEditor.Cell> {
    private final TreeTableView<IndicatorRow> table;
    private GridEditController editing;

    private final org.plandesk.shared.Messages messages;

    GridInput(TreeTableView<IndicatorRow> table, org.plandesk.shared.Messages messages) {
        this.table = table;
        this.messages = messages;
        javafx.scene.control.MenuItem noteItem = new javafx.scene.control.MenuItem(messages.get("note.menu"));
        noteItem.setAccelerator(javafx.scene.input.KeyCombination.keyCombination("Shortcut+Alt+N"));
        noteItem.setOnAction(e -> editNote());
        javafx.scene.control.MenuItem indicatorItem = new javafx.scene.control.MenuItem(messages.get("indicator.menu"));
        indicatorItem.setId("editIndicatorItem");
        indicatorItem.setOnAction(e -> {
            var item = table.getSelectionModel().getSelectedItem();
            if (indicatorEditor != null && item != null && item.getValue() != null && !item.getValue().group()) {
                indicatorEditor.accept(item.getValue().indicatorId());
            }
        });
        javafx.scene.control.MenuItem linkItem = new javafx.scene.control.MenuItem(messages.get("link.menu"));
        linkItem.setId("linkItem");
        linkItem.setOnAction(e -> {
            var item = table.getSelectionModel().getSelectedItem();
            if (partLinker != null && item != null && item.getValue() != null && !item.getValue().group()) {
                partLinker.accept(item.getValue());
            }
        });
        table.setContextMenu(new javafx.scene.control.ContextMenu(noteItem, indicatorItem, linkItem));
    }

    /** Adds the structure items (new, move, delete indicators and groups) to the grid's context menu. */
    void setStructureHandler(StructureHandler h) {
        java.util.function.Supplier<IndicatorRow> at = () -> {
            var item = table.getSelectionModel().getSelectedItem();
            return item == null ? null : item.getValue();
        };
        java.util.function.BiFunction<String, java.util.function.Consumer<IndicatorRow>,
                javafx.scene.control.MenuItem> item = (key, action) -> {
                    javafx.scene.control.MenuItem m = new javafx.scene.control.MenuItem(messages.get(key));
                    m.setId(key.replace('.', '_'));
                    m.setOnAction(e -> {
                        if (at.get() != null) {
                            action.accept(at.get());
                        }
                    });
                    return m;
                };
        javafx.scene.control.MenuItem addGroup = new javafx.scene.control.MenuItem(messages.get("structure.menu.addGroup"));
        addGroup.setOnAction(e -> h.addGroup());
        table.getContextMenu().getItems().addAll(new javafx.scene.control.SeparatorMenuItem(),
                item.apply("structure.menu.addIndicator", h::addIndicator), addGroup,
                item.apply("structure.menu.renameGroup", h::renameGroup),
                new javafx.scene.control.SeparatorMenuItem(),
                item.apply("structure.menu.up", r -> h.moveIndicator(r, -1)),
                item.apply("structure.menu.down", r -> h.moveIndicator(r, 1)),
                item.apply("structure.menu.groupUp", r -> h.moveGroup(r, -1)),
                item.apply("structure.menu.groupDown", r -> h.moveGroup(r, 1)),
                new javafx.scene.control.SeparatorMenuItem(),
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
        javafx.scene.control.TextField source = new javafx.scene.control.TextField(a.source());
        source.setPrefColumnCount(36);
        source.setId("noteSource");
        javafx.scene.control.TextArea note = new javafx.scene.control.TextArea(a.note());
        note.setPrefRowCount(4);
        note.setId("noteText");
        javafx.scene.layout.GridPane grid = new javafx.scene.layout.GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new javafx.scene.control.Label(messages.get("note.source")), source);
        grid.addRow(1, new javafx.scene.control.Label(messages.get("note.note")), note);
        javafx.scene.control.Dialog<javafx.scene.control.ButtonType> d = new javafx.scene.control.Dialog<>();
        d.initOwner(table.getScene().getWindow());
        d.setTitle(messages.get("note.title", cell.year(), messages.get(cell.target() ? "kind.target" : "kind.actual")));
        javafx.scene.control.ButtonType ok = org.plandesk.shared.ui.Buttons.ok(messages);
        d.getDialogPane().getButtonTypes().setAll(ok, org.plandesk.shared.ui.Buttons.cancel(messages));
        d.getDialogPane().setContent(grid);
        d.showAndWait().filter(b -> b == ok).ifPresent(b -> editing.annotate(cell, source.getText(), note.getText()));
    }

    private java.util.function.Consumer<Long> indicatorEditor;
    private java.util.function.Consumer<IndicatorRow> partLinker;

    void setPartLinker(java.util.function.Consumer<IndicatorRow> linker) {
        this.partLinker = linker;
    }

    void setIndicatorEditor(java.util.function.Consumer<Long> editor) {
        this.indicatorEditor = editor;
    }

    void setEditing(GridEditController controller) {
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
