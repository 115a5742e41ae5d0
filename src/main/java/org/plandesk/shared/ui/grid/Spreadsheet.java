package org.plandesk.shared.ui.grid;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.event.ActionEvent;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.control.cell.TextFieldTreeTableCell;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.converter.DefaultStringConverter;
import org.plandesk.io.TabText;
import org.plandesk.shared.ui.Styles;

/**
 * The one grid kit (DESIGN §2): spreadsheet keys, selection, the clipboard and in-place editing for every
 * spreadsheet-like table, the plan grid and the school grid alike.
 * <ul>
 * <li>Arrows move one cell (also in a tree table, whose own ←/→ would fold rows), Shift+arrows extend the selection,
 * Tab / Shift+Tab move right / left, Enter / Shift+Enter down / up, Ctrl+Home / Ctrl+End to the first / last cell.</li>
 * <li>Typing on a cell starts editing it with what was typed, at any speed (characters that arrive before the cell has
 * built its field are kept for it); F2 edits; Enter saves and moves down; Esc keeps the old value.</li>
 * <li>Ctrl+C copies the selection as tab-separated text, Ctrl+V pastes a block from the focused cell, Delete clears,
 * Ctrl+D fills down.</li>
 * <li>An entry the feature refuses stays in the cell, marked, with the reason as its tooltip, to be corrected.</li>
 * </ul>
 */
public final class Spreadsheet<C> {
    /** Style class of a cell whose entry was refused. */
    public static final String REFUSED = "pd-refused";

    private final GridTable table;
    private final GridCells<C> cells;
    private final GridBlocks<C> blocks;
    private int anchorRow;
    private int anchorColumn;
    /** Typed before the editing cell built its field, or the refused text to put back. */
    private String pendingTyped;

    private String pendingReason;
    /** The field of the cell being edited, to catch what is typed before it has the focus. */
    private TextField activeField;
    /** An entry was just refused: its cell opens again, and the focus stays on it. */
    private boolean refusing;

    public Spreadsheet(GridTable table, GridCells<C> cells) {
        this.table = table;
        this.cells = cells;
        this.blocks = new GridBlocks<>(table, cells);
        table.control().addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        table.control().addEventFilter(KeyEvent.KEY_TYPED, this::keyTyped);
    }

    /** A cell for a {@link javafx.scene.control.TableView} column of this grid. */
    public <S> TableCell<S, String> tableCell() {
        return new TextFieldTableCell<>(new DefaultStringConverter()) {
            private final Editing editing = new Editing();

            @Override
            public void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                decorate(this, empty ? -1 : getIndex(), getTableView().getVisibleLeafIndex(getTableColumn()));
            }

            @Override
            public void startEdit() {
                super.startEdit();
                editing.started(isEditing() && getGraphic() instanceof TextField t ? t : null);
            }

            @Override
            public void commitEdit(String value) {
                editing.release();
                if (accepted(getIndex(), getTableView().getVisibleLeafIndex(getTableColumn()), value)) {
                    super.commitEdit(value);
                } else {
                    super.cancelEdit();
                }
            }

            @Override
            public void cancelEdit() {
                editing.release();
                super.cancelEdit();
            }
        };
    }

    /** A cell for a {@link javafx.scene.control.TreeTableView} column of this grid. */
    public <S> TreeTableCell<S, String> treeCell() {
        return new TextFieldTreeTableCell<>(new DefaultStringConverter()) {
            private final Editing editing = new Editing();

            @Override
            public void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                decorate(this, empty ? -1 : getIndex(), getTreeTableView().getVisibleLeafIndex(getTableColumn()));
            }

            @Override
            public void startEdit() {
                super.startEdit();
                editing.started(isEditing() && getGraphic() instanceof TextField t ? t : null);
            }

            @Override
            public void commitEdit(String value) {
                editing.release();
                if (accepted(getIndex(), getTreeTableView().getVisibleLeafIndex(getTableColumn()), value)) {
                    super.commitEdit(value);
                } else {
                    super.cancelEdit();
                }
            }

            @Override
            public void cancelEdit() {
                editing.release();
                super.cancelEdit();
            }
        };
    }

    /** The note mark and tooltip of a cell, and whether it can be edited at all. */
    private void decorate(IndexedCell<String> cell, int row, int column) {
        cell.getStyleClass().remove(Styles.NOTED);
        cell.setTooltip(null);
        C c = row < 0 || column < 0 ? null : cells.cellAt(row, column);
        cell.setEditable(c != null);
        if (c != null) {
            String tip = cells.tooltip(c);
            if (tip != null && !tip.isEmpty()) {
                cell.setTooltip(new Tooltip(tip));
            }
            if (cells.noted(c)) {
                cell.getStyleClass().add(Styles.NOTED);
            }
        }
    }

    /** What one editing cell does with its field: the seed typed before it existed, the caret, the refusal mark. */
    private final class Editing {
        private ChangeListener<String> keepCaret;
        private TextField field;

        void started(TextField f) {
            activeField = f;
            if (f != null && pendingTyped != null) {
                f.setText(pendingTyped);
                f.end();
                // The field selects all when it gains focus (later); keep the typed text and go on after it.
                keepCaret = (obs, was, now) -> {
                    if (!now.isEmpty() && now.equals(f.getText())) {
                        f.deselect();
                        f.end();
                    }
                };
                f.selectedTextProperty().addListener(keepCaret);
                field = f;
                if (pendingReason != null) {
                    f.getStyleClass().add(REFUSED);
                    f.setTooltip(new Tooltip(pendingReason));
                }
            }
            pendingTyped = null;
            pendingReason = null;
        }

        void release() {
            if (activeField != null && activeField == field) {
                activeField = null;
            }
            // the field goes away with the edit: the grid keeps the keyboard, as a spreadsheet does
            Platform.runLater(() -> {
                if (!table.isEditing()) {
                    table.control().requestFocus();
                }
            });
            if (field != null && keepCaret != null) {
                field.selectedTextProperty().removeListener(keepCaret);
            }
            field = null;
            keepCaret = null;
        }
    }

    /** Saves an edit; on refusal the editor opens again on the same cell with the text and the reason. */
    private boolean accepted(int row, int column, String value) {
        C cell = cells.cellAt(row, column);
        if (cell == null) {
            return false;
        }
        Optional<String> refused = cells.commit(cell, value == null ? "" : value);
        if (refused.isPresent()) {
            String text = value;
            String reason = refused.get();
            refusing = true;
            Platform.runLater(() -> {
                refusing = false;
                pendingTyped = text;
                pendingReason = reason;
                activeField = null;
                table.edit(row, column);
            });
            return false;
        }
        return true;
    }

    private void keyPressed(KeyEvent e) {
        if (table.isEditing()) {
            if (activeField != null && !ready(activeField) && e.getCode() == KeyCode.ESCAPE) {
                // Typed faster than the field took the focus: the key is the field's, as the characters were.
                int[] f = table.focus();
                activeField = null;
                table.cancelEdit();
                if (f != null) {
                    move(f[0], f[1], false);
                }
                e.consume();
                return;
            }
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.TAB) {
                int[] f = table.focus();
                int down = e.getCode() == KeyCode.ENTER ? (e.isShiftDown() ? -1 : 1) : 0;
                int right = e.getCode() == KeyCode.TAB ? (e.isShiftDown() ? -1 : 1) : 0;
                if (activeField != null) {
                    // Commit and move now, before the next key is handled: a move left for later lost every other
                    // value typed at 10 ms per key under X (the next digit opened the editor on the same cell again,
                    // and the deferred move then saw an edit going on and stayed).
                    TextField field = activeField;
                    field.fireEvent(new ActionEvent(field, field));
                    e.consume();
                    if (f != null && !table.isEditing() && !refusing) {
                        move(nextEntryRow(f[0], down, f[1] + right), f[1] + right, false);
                    }
                    return;
                }
                if (pendingTyped != null && f != null) {
                    // Enter came before the cell built its field (a row scrolled into view gets its cells on the next
                    // pulse): what was typed is the entry; seen on screen as "99" and "80" joined into 9980
                    String text = pendingTyped;
                    pendingTyped = null;
                    table.cancelEdit();
                    e.consume();
                    if (accepted(f[0], f[1], text)) {
                        move(nextEntryRow(f[0], down, f[1] + right), f[1] + right, false);
                    }
                    return;
                }
                // a field the grid did not open itself commits on Enter; afterwards the focus moves
                if (f != null) {
                    Platform.runLater(() -> {
                        if (!table.isEditing() && !refusing) {
                            move(nextEntryRow(f[0], down, f[1] + right), f[1] + right, false);
                        }
                    });
                }
            }
            return;
        }
        boolean shortcut = e.isShortcutDown();
        int[] f = table.focus();
        switch (e.getCode()) {
            case C -> {
                if (shortcut) {
                    ClipboardContent content = new ClipboardContent();
                    content.putString(blocks.copy());
                    Clipboard.getSystemClipboard().setContent(content);
                    e.consume();
                }
            }
            case V -> {
                if (shortcut && !e.isShiftDown()) {
                    String text = Clipboard.getSystemClipboard().getString();
                    if (text != null && !text.isEmpty() && f != null) {
                        List<List<String>> block = TabText.parse(text);
                        cells.paste(blocks.targets(f, block.size(), TabText.width(block)), block);
                    }
                    e.consume();
                }
            }
            case D -> {
                if (shortcut) {
                    cells.fillDown(blocks.selected());
                    e.consume();
                }
            }
            case DELETE, BACK_SPACE -> {
                List<C> all = new ArrayList<>();
                blocks.selected().forEach(all::addAll);
                if (!all.isEmpty()) {
                    cells.clear(all);
                }
                e.consume();
            }
            case F2 -> {
                if (f != null && cells.cellAt(f[0], f[1]) != null) {
                    table.edit(f[0], f[1]);
                }
                e.consume();
            }
            case LEFT, RIGHT, UP, DOWN -> {
                if (f != null && !shortcut && !e.isAltDown()) {
                    int dr = e.getCode() == KeyCode.UP ? -1 : e.getCode() == KeyCode.DOWN ? 1 : 0;
                    int dc = e.getCode() == KeyCode.LEFT ? -1 : e.getCode() == KeyCode.RIGHT ? 1 : 0;
                    move(f[0] + dr, f[1] + dc, e.isShiftDown());
                    e.consume();
                }
            }
            case TAB -> {
                if (f != null && !shortcut) {
                    move(f[0], f[1] + (e.isShiftDown() ? -1 : 1), false);
                    e.consume();
                }
            }
            case ENTER -> {
                if (f != null && !shortcut) {
                    move(f[0] + (e.isShiftDown() ? -1 : 1), f[1], false);
                    e.consume();
                }
            }
            case HOME, END -> {
                if (shortcut) {
                    boolean home = e.getCode() == KeyCode.HOME;
                    move(home ? 0 : table.rowCount() - 1, home ? 0 : table.columnCount() - 1, false);
                    e.consume();
                }
            }
            default -> {
                // other keys do what the table does
            }
        }
    }

    /**
     * The row an entry moves to after Enter: the next row down (or up) whose cell in that column takes an entry, over
     * the 一级指标 heading rows between (typing on a heading went nowhere: the value after a group's last row was
     * lost). Without one, the plain next row.
     */
    private int nextEntryRow(int row, int step, int column) {
        if (step == 0) {
            return row;
        }
        for (int r = row + step; r >= 0 && r < table.rowCount(); r += step) {
            if (cells.cellAt(r, column) != null) {
                return r;
            }
        }
        return row + step;
    }

    /** Moves the focus (and the selection, or its far corner with Shift) to a cell, kept inside the grid. */
    private void move(int row, int column, boolean extend) {
        int r = Math.max(0, Math.min(table.rowCount() - 1, row));
        int c = Math.max(0, Math.min(table.columnCount() - 1, column));
        if (r < 0 || c < 0) {
            return;
        }
        if (!extend) {
            anchorRow = r;
            anchorColumn = c;
        }
        table.select(r, c, anchorRow, anchorColumn, extend);
        table.scrollTo(r, c);
    }

    /** A field takes typed keys itself once it has the focus and its skin (created on the pulse after it shows). */
    private static boolean ready(TextField field) {
        return field.isFocused() && field.getSkin() != null;
    }

    /** Typing on a cell starts editing it with what was typed, as in a spreadsheet. */
    private void keyTyped(KeyEvent e) {
        if (e.isShortcutDown()) {
            return;
        }
        String ch = e.getCharacter();
        boolean printable = ch != null && !ch.isEmpty() && !Character.isISOControl(ch.charAt(0));
        if (table.isEditing()) {
            if (printable && activeField == null && pendingTyped != null) {
                // Typed before the cell has built its field (it does so on the next pulse): keep it for the field.
                pendingTyped += ch;
                e.consume();
            } else if (printable && activeField != null && !ready(activeField)) {
                // Typed faster than the field took the focus or got its skin (which handles typing, on the next
                // pulse): the characters belong to the field.
                activeField.deselect();
                activeField.end();
                activeField.appendText(ch);
                e.consume();
            }
            return;
        }
        int[] f = table.focus();
        if (printable && f != null && cells.cellAt(f[0], f[1]) != null) {
            pendingTyped = ch;
            pendingReason = null;
            activeField = null;
            table.edit(f[0], f[1]);
            e.consume();
        }
    }
}
