package org.plandesk.plan.ui;

import org.plandesk.io.TabText;
import java.util.List;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;

/**
 * The indicator grid's spreadsheet keys and cells: typing, F2, Ctrl+C/V, Delete, Ctrl+D, and the editable cells that
 * take what was typed. Hands every change to the {@link GridEditController}.
 */
final class GridInput {
    private final TreeTableView<IndicatorRow> table;
    private GridEditController editing;
    private String pendingTyped;
    /** The field of the cell being edited, to catch what is typed before it has the focus. */
    private javafx.scene.control.TextField activeField;

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
        table.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, this::keyPressed);
        table.addEventFilter(javafx.scene.input.KeyEvent.KEY_TYPED, this::keyTyped);
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

    javafx.scene.control.TreeTableCell<IndicatorRow, String> newCell() {
        return new EditCell();
    }

    void commit(GridEditor.Cell cell, String value) {
        if (editing != null) {
            editing.edit(cell, value);
        }
    }

    /** A text cell that starts editing on F2, double click or typing (the typed character seeds the field). */
    private final class EditCell extends javafx.scene.control.cell.TextFieldTreeTableCell<IndicatorRow, String> {
        EditCell() {
            super(new javafx.util.converter.DefaultStringConverter());
        }

        @Override
        public void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            IndicatorRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
            setEditable(row != null && !row.group());
            getStyleClass().remove(org.plandesk.shared.ui.Styles.NOTED);
            setTooltip(null);
            if (row != null && !row.group() && getTableColumn().getUserData() instanceof int[] d) {
                YearCell y = row.cell(d[0]);
                YearCell.Annotation a = d[1] == 1 ? y.targetNote() : y.actualNote();
                if (!a.text().isEmpty()) {
                    setTooltip(new javafx.scene.control.Tooltip(a.text()));
                }
                if (a.hasNote()) {
                    getStyleClass().add(org.plandesk.shared.ui.Styles.NOTED);
                }
            }
        }

        @Override
        public void startEdit() {
            super.startEdit();
            activeField = isEditing() && getGraphic() instanceof javafx.scene.control.TextField t ? t : null;
            if (isEditing() && pendingTyped != null && getGraphic() instanceof javafx.scene.control.TextField f) {
                f.setText(pendingTyped);
                f.end();
                // The field selects all when it gains focus (later); keep the typed character and go on after it.
                keepCaret = (obs, was, now) -> {
                    if (!now.isEmpty() && now.equals(f.getText())) {
                        f.deselect();
                        f.end();
                    }
                };
                f.selectedTextProperty().addListener(keepCaret);
                field = f;
            }
            pendingTyped = null;
        }

        @Override
        public void commitEdit(String value) {
            release();
            super.commitEdit(value);
        }

        @Override
        public void cancelEdit() {
            release();
            super.cancelEdit();
        }

        private javafx.beans.value.ChangeListener<String> keepCaret;
        private javafx.scene.control.TextField field;

        private void release() {
            if (activeField != null && activeField == getGraphic()) {
                activeField = null;
            }
            if (field != null && keepCaret != null) {
                field.selectedTextProperty().removeListener(keepCaret);
            }
            field = null;
            keepCaret = null;
        }
    }

    /** The editable cell at a grid position, or null. */
    private GridEditor.Cell cellAt(int rowIndex, TreeTableColumn<IndicatorRow, ?> column) {
        if (column == null || !(column.getUserData() instanceof int[] data)) {
            return null;
        }
        TreeItem<IndicatorRow> item = table.getTreeItem(rowIndex);
        if (item == null || item.getValue() == null || item.getValue().group()) {
            return null;
        }
        return new GridEditor.Cell(item.getValue(), data[0], data[1] == 1);
    }

    /** The selected cells as a block: rows in order, and in each row the cells in column order. */
    private List<List<GridEditor.Cell>> selectedBlock() {
        java.util.TreeMap<Integer, java.util.TreeMap<Integer, GridEditor.Cell>> byRow = new java.util.TreeMap<>();
        for (var pos : table.getSelectionModel().getSelectedCells()) {
            GridEditor.Cell c = cellAt(pos.getRow(), pos.getTableColumn());
            if (c != null) {
                byRow.computeIfAbsent(pos.getRow(), k -> new java.util.TreeMap<>())
                        .put(table.getVisibleLeafColumns().indexOf(pos.getTableColumn()), c);
            }
        }
        List<List<GridEditor.Cell>> out = new java.util.ArrayList<>();
        byRow.values().forEach(m -> out.add(new java.util.ArrayList<>(m.values())));
        return out;
    }

    /** Where a pasted block goes: from the focused cell down (skipping group rows) and right (editable columns). */
    private List<List<GridEditor.Cell>> pasteTargets(int rows, int cols) {
        var focus = table.getFocusModel().getFocusedCell();
        if (focus == null || focus.getTableColumn() == null) {
            return List.of();
        }
        List<TreeTableColumn<IndicatorRow, ?>> leaves = table.getVisibleLeafColumns();
        int startCol = leaves.indexOf(focus.getTableColumn());
        List<TreeTableColumn<IndicatorRow, ?>> columns = new java.util.ArrayList<>();
        for (int c = startCol; c < leaves.size() && columns.size() < cols; c++) {
            if (leaves.get(c).getUserData() instanceof int[]) {
                columns.add(leaves.get(c));
            }
        }
        List<List<GridEditor.Cell>> out = new java.util.ArrayList<>();
        for (int r = focus.getRow(); r < table.getExpandedItemCount() && out.size() < rows; r++) {
            TreeItem<IndicatorRow> item = table.getTreeItem(r);
            if (item == null || item.getValue() == null || item.getValue().group()) {
                continue;
            }
            List<GridEditor.Cell> line = new java.util.ArrayList<>();
            for (var col : columns) {
                line.add(cellAt(r, col));
            }
            out.add(line);
        }
        return out;
    }

    private void keyPressed(javafx.scene.input.KeyEvent e) {
        if (editing == null || table.getEditingCell() != null) {
            return;
        }
        boolean shortcut = e.isShortcutDown();
        switch (e.getCode()) {
            case C -> {
                if (shortcut) {
                    var content = new javafx.scene.input.ClipboardContent();
                    content.putString(GridEditController.copy(selectedBlock()));
                    javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
                    e.consume();
                }
            }
            case V -> {
                if (shortcut && !e.isShiftDown()) {
                    String text = javafx.scene.input.Clipboard.getSystemClipboard().getString();
                    if (text != null && !text.isEmpty()) {
                        List<List<String>> block = TabText.parse(text);
                        editing.paste(pasteTargets(block.size(), TabText.width(block)), text);
                    }
                    e.consume();
                }
            }
            case D -> {
                if (shortcut) {
                    editing.fillDown(selectedBlock());
                    e.consume();
                }
            }
            case DELETE, BACK_SPACE -> {
                List<GridEditor.Cell> cells = new java.util.ArrayList<>();
                selectedBlock().forEach(cells::addAll);
                editing.clear(cells);
                e.consume();
            }
            case F2 -> {
                var focus = table.getFocusModel().getFocusedCell();
                if (focus != null && focus.getTableColumn() != null) {
                    table.edit(focus.getRow(), focus.getTableColumn());
                }
                e.consume();
            }
            default -> {
                // arrows, Tab and Enter move as the table moves
            }
        }
    }

    /** Typing on a cell starts editing it with what was typed, as in a spreadsheet. */
    private void keyTyped(javafx.scene.input.KeyEvent e) {
        if (editing == null || e.isShortcutDown()) {
            return;
        }
        String ch = e.getCharacter();
        if (table.getEditingCell() != null) {
            boolean printable = ch != null && !ch.isEmpty() && !Character.isISOControl(ch.charAt(0));
            if (printable && activeField == null && pendingTyped != null) {
                // Typed before the cell has built its field (it does so on the next pulse): keep it for the field.
                pendingTyped += ch;
                e.consume();
            } else if (printable && activeField != null && !activeField.isFocused()) {
                // Typed faster than the field took the focus: the characters belong to the field.
                activeField.deselect();
                activeField.end();
                activeField.appendText(ch);
                e.consume();
            }
            return;
        }
        if (ch == null || ch.isEmpty() || Character.isISOControl(ch.charAt(0))) {
            return;
        }
        var focus = table.getFocusModel().getFocusedCell();
        if (focus != null && cellAt(focus.getRow(), focus.getTableColumn()) != null) {
            pendingTyped = ch;
            activeField = null;
            table.edit(focus.getRow(), focus.getTableColumn());
            e.consume();
        }
    }
}
