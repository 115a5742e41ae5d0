package org.plandesk.plan.ui;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import org.plandesk.plan.PlanData;
import org.plandesk.plan.Status;
import org.plandesk.shared.Messages;
import org.plandesk.shared.ui.Styles;

/** The read-only indicator grid: 一级指标 headings, one row per part, per year 目标 | 实际 | 状态. */
public final class IndicatorGridView {
    private final Messages messages;
    private final TreeTableView<IndicatorRow> table = new TreeTableView<>();
    private GridEditController editing;
    private String pendingTyped;
    /** The field of the cell being edited, to catch what is typed before it has the focus. */
    private javafx.scene.control.TextField activeField;

    public IndicatorGridView(Messages messages) {
        this.messages = messages;
        table.setId("indicatorGrid");
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        table.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, this::keyPressed);
        table.addEventFilter(javafx.scene.input.KeyEvent.KEY_TYPED, this::keyTyped);
        table.setShowRoot(false);
        table.setColumnResizePolicy(TreeTableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setRowFactory(t -> new TreeTableRow<>() {
            @Override
            protected void updateItem(IndicatorRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove(Styles.GROUP_ROW);
                if (!empty && item != null && item.group()) {
                    getStyleClass().add(Styles.GROUP_ROW);
                }
            }
        });
    }

    public TreeTableView<IndicatorRow> node() {
        return table;
    }

    /** Makes target and actual cells editable through this controller. */
    public void setEditing(GridEditController controller) {
        this.editing = controller;
        table.setEditable(controller != null);
    }

    /** Shows a plan's rows; the year columns follow the plan's span of years. */
    public void show(PlanData data, Map<String, List<IndicatorRow>> rows) {
        TreeItem<IndicatorRow> was = table.getSelectionModel().getSelectedItem();
        long keepIndicator = was == null || was.getValue() == null ? 0 : was.getValue().indicatorId();
        String keepPart = was == null || was.getValue() == null ? "" : was.getValue().part();
        var focus = table.getFocusModel().getFocusedCell();
        int keepColumn = focus == null || focus.getTableColumn() == null ? -1
                : table.getVisibleLeafColumns().indexOf(focus.getTableColumn());
        double scroll = verticalScroll();
        table.getColumns().clear();
        TreeItem<IndicatorRow> root = new TreeItem<>();
        if (data == null) {
            table.setRoot(root);
            return;
        }
        table.getColumns().add(text(messages.get("col.code"), IndicatorRow::code, 52));
        table.getColumns().add(text(messages.get("col.indicator"), IndicatorRow::name, 350));
        table.getColumns().add(text(messages.get("col.part"), IndicatorRow::part, 96));
        table.getColumns().add(text(messages.get("col.unit"), IndicatorRow::unit, 60));
        int[] span = data.yearSpan();
        boolean baselines = rows.values().stream().flatMap(List::stream)
                .anyMatch(r -> r.cells().values().stream().anyMatch(c -> !c.baseline().isEmpty()));
        for (int y = span[0]; y <= span[1]; y++) {
            int year = y;
            TreeTableColumn<IndicatorRow, String> yearColumn = new TreeTableColumn<>(messages.get("col.year", year));
            yearColumn.getStyleClass().add(Styles.YEAR_HEADER);
            if (baselines) {
                yearColumn.getColumns().add(text(messages.get("col.baseline"), r -> r.cell(year).baseline(), 60));
            }
            yearColumn.getColumns().add(editable(text(messages.get("col.target"), r -> r.cell(year).target(), 76),
                    year, true));
            yearColumn.getColumns().add(editable(text(messages.get("col.actual"), r -> r.cell(year).actual(), 62),
                    year, false));
            yearColumn.getColumns().add(statusColumn(year));
            table.getColumns().add(yearColumn);
        }
        for (Map.Entry<String, List<IndicatorRow>> e : rows.entrySet()) {
            TreeItem<IndicatorRow> parent = root;
            if (!e.getKey().isEmpty()) {
                parent = new TreeItem<>(IndicatorRow.heading(e.getKey()));
                parent.setExpanded(true);
                root.getChildren().add(parent);
            }
            for (IndicatorRow r : e.getValue()) {
                parent.getChildren().add(new TreeItem<>(r));
            }
        }
        table.setRoot(root);
        if (keepIndicator != 0) {
            reselect(root, keepIndicator, keepPart, keepColumn);
        }
        restoreScroll(scroll);
    }

    /** A target or actual column: its cells edit through the controller. */
    private TreeTableColumn<IndicatorRow, String> editable(TreeTableColumn<IndicatorRow, String> c, int year,
                                                          boolean target) {
        c.setUserData(new int[] {year, target ? 1 : 0});
        c.setEditable(true);
        c.setCellFactory(col -> new EditCell());
        c.setOnEditCommit(e -> {
            IndicatorRow row = e.getRowValue().getValue();
            if (editing != null && row != null && !row.group()) {
                editing.edit(new GridEditor.Cell(row, year, target), e.getNewValue());
            }
            table.refresh();
        });
        return c;
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
                        String[] lines = text.replace("\r\n", "\n").replaceAll("\n$", "").split("\n", -1);
                        int cols = 0;
                        for (String l : lines) {
                            cols = Math.max(cols, l.split("\t", -1).length);
                        }
                        editing.paste(pasteTargets(lines.length, cols), text);
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
            // Typed faster than the field took the focus: the characters belong to the field.
            if (activeField != null && !activeField.isFocused() && ch != null && !ch.isEmpty()
                    && !Character.isISOControl(ch.charAt(0))) {
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
            table.edit(focus.getRow(), focus.getTableColumn());
            e.consume();
        }
    }

    /** Selects the row (and column) of the same indicator and part again after the rows were rebuilt. */
    private void reselect(TreeItem<IndicatorRow> root, long indicatorId, String part, int column) {
        for (TreeItem<IndicatorRow> group : root.getChildren()) {
            List<TreeItem<IndicatorRow>> candidates = group.getChildren().isEmpty() ? List.of(group)
                    : group.getChildren();
            for (TreeItem<IndicatorRow> item : candidates) {
                IndicatorRow r = item.getValue();
                if (r != null && r.indicatorId() == indicatorId && r.part().equals(part)) {
                    int index = table.getRow(item);
                    if (column >= 0 && column < table.getVisibleLeafColumns().size()) {
                        table.getSelectionModel().clearAndSelect(index, table.getVisibleLeafColumns().get(column));
                        table.getFocusModel().focus(index, table.getVisibleLeafColumns().get(column));
                    } else {
                        table.getSelectionModel().select(item);
                    }
                    return;
                }
            }
        }
    }

    private double verticalScroll() {
        var bar = (javafx.scene.control.ScrollBar) table.lookup(".scroll-bar:vertical");
        return bar == null ? -1 : bar.getValue();
    }

    private void restoreScroll(double value) {
        if (value < 0) {
            return;
        }
        javafx.application.Platform.runLater(() -> {
            var bar = (javafx.scene.control.ScrollBar) table.lookup(".scroll-bar:vertical");
            if (bar != null) {
                bar.setValue(value);
            }
        });
    }

    private static TreeTableColumn<IndicatorRow, String> text(String title, Function<IndicatorRow, String> value,
                                                             double width) {
        TreeTableColumn<IndicatorRow, String> c = new TreeTableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(f.getValue().getValue() == null ? ""
                : value.apply(f.getValue().getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    private TreeTableColumn<IndicatorRow, String> statusColumn(int year) {
        TreeTableColumn<IndicatorRow, String> c = new TreeTableColumn<>(messages.get("col.status"));
        c.setPrefWidth(76);
        c.setSortable(false);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(""));
        c.setCellFactory(col -> new TreeTableCell<>() {
            @Override
            protected void updateItem(String ignored, boolean empty) {
                super.updateItem(ignored, empty);
                getStyleClass().removeAll(Styles.allStatuses());
                IndicatorRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                if (row == null || row.group()) {
                    setText(null);
                    setTooltip(null);
                    return;
                }
                YearCell cell = row.cell(year);
                Status s = cell.status();
                if (s == Status.NO_TARGET) {
                    setText(null);
                    setTooltip(null);
                    return;
                }
                setText(s.symbol() + " " + messages.get(s.messageKey()));
                getStyleClass().add(Styles.status(s));
                setTooltip(new Tooltip(tooltip(cell)));
            }
        });
        return c;
    }

    private String tooltip(YearCell cell) {
        String status = messages.get(cell.status().messageKey());
        if (cell.actual().isEmpty()) {
            return messages.get("status.tooltipPending", status, cell.target());
        }
        if (Double.isNaN(cell.achievement())) {
            return messages.get("status.tooltip", status, cell.target(), cell.actual());
        }
        return messages.get("status.tooltipAchievement", status, cell.target(), cell.actual(),
                String.format(java.util.Locale.ROOT, "%.1f", cell.achievement() * 100));
    }
}
