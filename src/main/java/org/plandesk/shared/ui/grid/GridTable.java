package org.plandesk.shared.ui.grid;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Control;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePositionBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;

/**
 * What the grid kit needs of a table, the same for a {@link TableView} (the school grid) and a {@link TreeTableView}
 * (the plan grid): rows and visible leaf columns by index, focus, selection, editing and scrolling.
 */
public interface GridTable {
    Control control();

    int rowCount();

    int columnCount();

    /** The focused cell as {row, column}, or null. */
    int[] focus();

    /** The selected cells as {row, column} pairs. */
    List<int[]> selected();

    /** Focuses and selects a cell; with {@code extend}, selects the rectangle from the anchor to it. */
    void select(int row, int column, int anchorRow, int anchorColumn, boolean extend);

    void edit(int row, int column);

    boolean isEditing();

    /** Stops editing without saving. */
    void cancelEdit();

    void scrollTo(int row, int column);

    /** A {@link TableView} as a grid. */
    static <S> GridTable of(TableView<S> t) {
        return new GridTable() {
            @Override
            public Control control() {
                return t;
            }

            @Override
            public int rowCount() {
                return t.getItems().size();
            }

            @Override
            public int columnCount() {
                return t.getVisibleLeafColumns().size();
            }

            @Override
            public int[] focus() {
                var f = t.getFocusModel().getFocusedCell();
                return f == null || f.getRow() < 0 || f.getTableColumn() == null
                        ? null
                        : new int[] {f.getRow(), t.getVisibleLeafIndex(f.getTableColumn())};
            }

            @Override
            public List<int[]> selected() {
                return positions(
                        t.getSelectionModel().getSelectedCells(), c -> t.getVisibleLeafIndex((TableColumn<S, ?>) c));
            }

            @Override
            public void select(int row, int column, int anchorRow, int anchorColumn, boolean extend) {
                var col = t.getVisibleLeafColumn(column);
                if (extend) {
                    t.getSelectionModel().clearSelection();
                    t.getSelectionModel()
                            .selectRange(
                                    Math.min(row, anchorRow),
                                    t.getVisibleLeafColumn(Math.min(column, anchorColumn)),
                                    Math.max(row, anchorRow),
                                    t.getVisibleLeafColumn(Math.max(column, anchorColumn)));
                } else {
                    t.getSelectionModel().clearAndSelect(row, col);
                }
                t.getFocusModel().focus(row, col);
            }

            @Override
            public void edit(int row, int column) {
                t.edit(row, t.getVisibleLeafColumn(column));
            }

            @Override
            public boolean isEditing() {
                return t.getEditingCell() != null;
            }

            @Override
            public void cancelEdit() {
                t.edit(-1, null);
            }

            @Override
            public void scrollTo(int row, int column) {
                t.scrollTo(Math.max(0, row - 3));
                t.scrollToColumn(t.getVisibleLeafColumn(column));
            }
        };
    }

    /**
     * Keeps the focused cell of a table whose rows are replaced in place (a row saved and read back): JavaFX moves the
     * focus to the row's first column then. Call before {@code table.setItems(items)}, so that this listener sees the
     * focus before the table's own listener changes it.
     */
    static <S> void keepFocus(TableView<S> t, ObservableList<S> items) {
        items.addListener((ListChangeListener<S>) c -> {
            var f = t.getFocusModel().getFocusedCell();
            if (f == null || f.getRow() < 0 || f.getTableColumn() == null || t.getEditingCell() != null) {
                return;
            }
            int row = f.getRow();
            var column = f.getTableColumn();
            boolean single = t.getSelectionModel().getSelectedCells().size() <= 1;
            Platform.runLater(() -> {
                if (row < t.getItems().size() && t.getEditingCell() == null) {
                    if (single) {
                        t.getSelectionModel().clearAndSelect(row, column);
                    }
                    t.getFocusModel().focus(row, column);
                }
            });
        });
    }

    /** A {@link TreeTableView} as a grid: its expanded rows, top to bottom. */
    static <S> GridTable of(TreeTableView<S> t) {
        return new GridTable() {
            @Override
            public Control control() {
                return t;
            }

            @Override
            public int rowCount() {
                return t.getExpandedItemCount();
            }

            @Override
            public int columnCount() {
                return t.getVisibleLeafColumns().size();
            }

            @Override
            public int[] focus() {
                var f = t.getFocusModel().getFocusedCell();
                return f == null || f.getRow() < 0 || f.getTableColumn() == null
                        ? null
                        : new int[] {f.getRow(), t.getVisibleLeafIndex(f.getTableColumn())};
            }

            @Override
            public List<int[]> selected() {
                return positions(
                        t.getSelectionModel().getSelectedCells(),
                        c -> t.getVisibleLeafIndex((TreeTableColumn<S, ?>) c));
            }

            @Override
            public void select(int row, int column, int anchorRow, int anchorColumn, boolean extend) {
                var col = t.getVisibleLeafColumn(column);
                if (extend) {
                    t.getSelectionModel().clearSelection();
                    t.getSelectionModel()
                            .selectRange(
                                    Math.min(row, anchorRow),
                                    t.getVisibleLeafColumn(Math.min(column, anchorColumn)),
                                    Math.max(row, anchorRow),
                                    t.getVisibleLeafColumn(Math.max(column, anchorColumn)));
                } else {
                    t.getSelectionModel().clearAndSelect(row, col);
                }
                t.getFocusModel().focus(row, col);
            }

            @Override
            public void edit(int row, int column) {
                t.edit(row, t.getVisibleLeafColumn(column));
            }

            @Override
            public boolean isEditing() {
                return t.getEditingCell() != null;
            }

            @Override
            public void cancelEdit() {
                t.edit(-1, null);
            }

            @Override
            public void scrollTo(int row, int column) {
                t.scrollTo(Math.max(0, row - 3));
                t.scrollToColumn(t.getVisibleLeafColumn(column));
            }
        };
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static List<int[]> positions(List<? extends TablePositionBase> cells, ToIntFunction<Object> columnIndex) {
        List<int[]> out = new ArrayList<>();
        for (TablePositionBase p : cells) {
            if (p.getRow() >= 0 && p.getTableColumn() != null) {
                out.add(new int[] {p.getRow(), columnIndex.applyAsInt(p.getTableColumn())});
            }
        }
        return out;
    }
}
