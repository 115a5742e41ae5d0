package org.plandesk.shared.ui.grid;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TablePositionBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.skin.TableColumnHeader;

/**
 * Keeps a table's first columns (序号, 指标, 分项, 单位; a school's name) in view while the others scroll right. JavaFX
 * tables have no frozen columns, so the cells and headers of those columns move along with the horizontal scroll bar
 * and are drawn above the cells that scroll under them.
 */
public final class FrozenColumns {
    /** Style class of a frozen cell: an opaque background in the row's own colour. */
    public static final String FROZEN = "pd-frozen";

    private final Control table;
    private final Set<Object> columns = Collections.newSetFromMap(new IdentityHashMap<>());
    private final DoubleProperty offset = new SimpleDoubleProperty();
    private ScrollBar bar;

    private final Supplier<List<? extends TableColumnBase<?, ?>>> leaves;

    private FrozenColumns(Control table, Supplier<List<? extends TableColumnBase<?, ?>>> leaves) {
        this.table = table;
        this.leaves = leaves;
        table.skinProperty().addListener((o, old, now) -> Platform.runLater(this::attach));
        offset.addListener((o, old, now) -> placeHeaders());
    }

    /** Frozen columns for a tree table (the plan grid). */
    public static FrozenColumns of(TreeTableView<?> table) {
        FrozenColumns f = new FrozenColumns(table, table::getVisibleLeafColumns);
        f.follow(table.getColumns(), table.getFocusModel().focusedCellProperty());
        return f;
    }

    /** Frozen columns for a table (the school registry). */
    public static FrozenColumns of(TableView<?> table) {
        FrozenColumns f = new FrozenColumns(table, table::getVisibleLeafColumns);
        f.follow(table.getColumns(), table.getFocusModel().focusedCellProperty());
        return f;
    }

    /** Places the headers again when the columns change, and uncovers a focused cell that went under the frozen ones. */
    private void follow(ObservableList<?> columns, ObservableValue<?> focusedCell) {
        columns.addListener((ListChangeListener<Object>) c -> Platform.runLater(this::placeHeaders));
        focusedCell.addListener((o, old, now) -> {
            if (now instanceof TablePositionBase<?> p && p.getTableColumn() != null) {
                Platform.runLater(() -> uncover(p.getTableColumn()));
            }
        });
    }

    /**
     * The table scrolls a focused cell into its viewport without knowing that the frozen columns cover its left part:
     * a cell that went under them is scrolled out from under them (← along a row).
     */
    private void uncover(TableColumnBase<?, ?> column) {
        if (bar == null || columns.contains(column)) {
            return;
        }
        double frozenWidth = 0;
        double start = 0;
        boolean found = false;
        for (TableColumnBase<?, ?> c : leaves.get()) {
            if (c == column) {
                found = true;
            }
            if (columns.contains(c)) {
                frozenWidth += c.getWidth();
            }
            if (!found) {
                start += c.getWidth();
            }
        }
        if (found && start < bar.getValue() + frozenWidth) {
            bar.setValue(Math.max(bar.getMin(), start - frozenWidth));
        }
    }

    /** Freezes a leaf column of the tree table; its cell factory is kept and its cells follow the scroll bar. */
    public <S, T> TreeTableColumn<S, T> freeze(TreeTableColumn<S, T> column) {
        var factory = column.getCellFactory();
        column.setCellFactory(c -> pinned(factory.call(c)));
        columns.add(column);
        return column;
    }

    /** Freezes a leaf column of the table. */
    public <S, T> TableColumn<S, T> freeze(TableColumn<S, T> column) {
        var factory = column.getCellFactory();
        column.setCellFactory(c -> pinned(factory.call(c)));
        columns.add(column);
        return column;
    }

    /** Forgets the frozen columns (before the table's columns are built again). */
    public void clear() {
        columns.clear();
    }

    /** How far the frozen columns are moved right now: the horizontal scroll position in pixels. */
    public double offset() {
        return offset.get();
    }

    private <C extends IndexedCell<?>> C pinned(C cell) {
        cell.translateXProperty().bind(offset);
        cell.setViewOrder(-1);
        cell.getStyleClass().add(FROZEN);
        return cell;
    }

    /** Finds the table's horizontal scroll bar once its skin exists, and follows it. */
    private void attach() {
        if (bar != null) {
            return;
        }
        for (Node n : table.lookupAll(".scroll-bar")) {
            if (n instanceof ScrollBar s && s.getOrientation() == Orientation.HORIZONTAL) {
                bar = s;
                offset.bind(s.valueProperty());
                placeHeaders();
                return;
            }
        }
    }

    /** The headers are made again with the columns: move the frozen ones by the offset and draw them on top. */
    private void placeHeaders() {
        if (bar == null) {
            attach();
            return;
        }
        for (Node n : table.lookupAll(".column-header")) {
            if (n instanceof TableColumnHeader h && columns.contains(h.getTableColumn())) {
                if (!h.translateXProperty().isBound()) {
                    h.translateXProperty().bind(offset);
                }
                h.setViewOrder(-1);
            }
        }
    }
}
