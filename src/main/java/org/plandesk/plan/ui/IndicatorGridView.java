package org.plandesk.plan.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import org.plandesk.plan.PlanData;
import org.plandesk.plan.Status;
import org.plandesk.shared.Messages;
import org.plandesk.shared.Settings;
import org.plandesk.shared.ui.Styles;
import org.plandesk.shared.ui.grid.FrozenColumns;
import org.plandesk.shared.ui.grid.GridTable;
import org.plandesk.shared.ui.grid.Spreadsheet;

/** The read-only indicator grid: 一级指标 headings, one row per part, per year 目标 | 实际 | 状态. */
public final class IndicatorGridView {
    private final Messages messages;
    private final TreeTableView<IndicatorRow> table = new TreeTableView<>();
    private final GridInput input;
    private final Spreadsheet<GridEditor.Cell> spreadsheet;
    private final FrozenColumns frozen = FrozenColumns.of(table);

    public IndicatorGridView(Messages messages) {
        this.messages = messages;
        table.setId("indicatorGrid");
        table.setPlaceholder(new Label(messages.get("grid.empty")));
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        input = new GridInput(table, messages);
        spreadsheet = new Spreadsheet<>(GridTable.of(table), input);
        table.getFocusModel()
                .focusedCellProperty()
                .addListener((o, old, now) -> focused.set(
                        now == null
                                        || now.getTableColumn() == null
                                        || !(now.getTableColumn().getUserData() instanceof YearColumn y)
                                        || now.getTreeItem() == null
                                        || now.getTreeItem().getValue() == null
                                        || now.getTreeItem().getValue().group()
                                ? null
                                : new GridEditor.Cell(now.getTreeItem().getValue(), y.year(), y.target())));
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

    /** The editable cell that has the focus (a part's target or actual in a year), or null. */
    public ReadOnlyObjectProperty<GridEditor.Cell> focusedCellProperty() {
        return focused.getReadOnlyProperty();
    }

    private final ReadOnlyObjectWrapper<GridEditor.Cell> focused = new ReadOnlyObjectWrapper<>();

    /** Remembers column widths in the settings (one width per kind of column, the same for every year). */
    public void rememberColumns(Settings settings) {
        this.settings = settings;
    }

    private Settings settings;
    /** 视图 → 缩放: column widths are this many times their unzoomed widths (remembered unzoomed). */
    private double zoom = 1.0;

    /** Zooms the columns' widths with the text (the text follows the font size of an enclosing pane). */
    public void setZoom(double factor) {
        double ratio = factor / zoom;
        zoom = factor;
        scale(table.getColumns(), ratio);
    }

    private static void scale(List<? extends TreeTableColumn<IndicatorRow, ?>> columns, double ratio) {
        for (TreeTableColumn<IndicatorRow, ?> c : columns) {
            if (c.getColumns().isEmpty()) {
                // to half pixels, so that zooming in and out again gives back the very width
                c.setPrefWidth(Math.round(c.getPrefWidth() * ratio * 2) / 2.0);
            } else {
                scale(c.getColumns(), ratio);
            }
        }
    }

    /** Applies the remembered width of a kind of column and remembers changes to it. */
    private <T> TreeTableColumn<IndicatorRow, T> remembered(TreeTableColumn<IndicatorRow, T> c, String key) {
        if (settings != null) {
            settings.getDouble("grid.width." + key).ifPresent(w -> c.setPrefWidth(w * zoom));
            c.widthProperty().addListener((o, old, now) -> {
                if (now.doubleValue() > 0 && Math.abs(now.doubleValue() - old.doubleValue()) > 0.5) {
                    settings.putDouble("grid.width." + key, now.doubleValue() / zoom);
                }
            });
        }
        return c;
    }

    /** What 编辑指标 does with the selected row's indicator id. */
    public void setStructureHandler(StructureHandler h) {
        input.setStructureHandler(h);
    }

    /** 关联学校登记计算 on a part's row hands the row to {@code linker}. */
    public void setPartLinker(Consumer<IndicatorRow> linker) {
        input.setPartLinker(linker);
    }

    public void setIndicatorEditor(Consumer<Long> editor) {
        input.setIndicatorEditor(editor);
    }

    /** Makes target and actual cells editable through this controller. */
    public void setEditing(PlanGridViewModel controller) {
        input.setEditing(controller);
        table.setEditable(controller != null);
    }

    /** The year in focus (null: every year): only its columns show beside the names. */
    private final ObjectProperty<Integer> yearFocus = new SimpleObjectProperty<>();

    /**
     * Shows only that year's columns beside the names (null: every year). The columns are rebuilt rather than hidden:
     * a TreeTableView whose nested columns are hidden keeps drawing its cells in the old column order (seen: the
     * 2022 targets under the 2024 header).
     */
    public void setYearFocus(Integer year) {
        if (Objects.equals(yearFocus.get(), year)) {
            return;
        }
        yearFocus.set(year);
        if (shownData != null) {
            show(shownData, shownRows);
        }
    }

    private PlanData shownData;
    private Map<String, List<IndicatorRow>> shownRows;

    /** Shows a plan's rows; the year columns follow the plan's span of years. */
    public void show(PlanData data, Map<String, List<IndicatorRow>> rows) {
        shownData = data;
        shownRows = rows;
        String layout = data == null ? null : layout(data, rows) + "|" + yearFocus.get();
        if (layout != null && layout.equals(shownLayout) && updateInPlace(rows)) {
            return;
        }
        shownLayout = layout;
        TreeItem<IndicatorRow> was = table.getSelectionModel().getSelectedItem();
        long keepIndicator =
                was == null || was.getValue() == null ? 0 : was.getValue().indicatorId();
        String keepPart =
                was == null || was.getValue() == null ? "" : was.getValue().part();
        var focus = table.getFocusModel().getFocusedCell();
        int keepColumn = focus == null || focus.getTableColumn() == null
                ? -1
                : table.getVisibleLeafColumns().indexOf(focus.getTableColumn());
        double scroll = verticalScroll();
        table.getColumns().clear();
        TreeItem<IndicatorRow> root = new TreeItem<>();
        if (data == null) {
            table.setRoot(root);
            return;
        }
        frozen.clear();
        table.getColumns()
                .add(frozen.freeze(remembered(text(messages.get("col.code"), IndicatorRow::code, 52), "code")));
        table.getColumns()
                .add(frozen.freeze(remembered(
                        withTooltip(text(messages.get("col.indicator"), IndicatorRow::name, 244)), "indicator")));
        table.getColumns()
                .add(frozen.freeze(
                        remembered(withTooltip(text(messages.get("col.part"), IndicatorRow::part, 72)), "part")));
        table.getColumns()
                .add(frozen.freeze(remembered(text(messages.get("col.unit"), IndicatorRow::unit, 48), "unit")));
        int[] span = data.yearSpan();
        boolean baselines = rows.values().stream()
                .flatMap(List::stream)
                .anyMatch(r ->
                        r.cells().values().stream().anyMatch(c -> !c.baseline().isEmpty()));
        for (int y = span[0]; y <= span[1]; y++) {
            int year = y;
            if (yearFocus.get() != null && yearFocus.get() != year) {
                continue;
            }
            TreeTableColumn<IndicatorRow, String> yearColumn = new TreeTableColumn<>(messages.get("col.year", year));
            yearColumn.getStyleClass().add(Styles.YEAR_HEADER);
            if (baselines) {
                yearColumn
                        .getColumns()
                        .add(text(
                                messages.get("col.baseline"), r -> r.cell(year).baseline(), 60));
            }
            yearColumn
                    .getColumns()
                    .add(remembered(
                            editable(
                                    text(
                                            messages.get("col.target"),
                                            r -> r.cell(year).target(),
                                            76),
                                    year,
                                    true),
                            "target"));
            yearColumn
                    .getColumns()
                    .add(remembered(
                            editable(
                                    text(
                                            messages.get("col.actual"),
                                            r -> r.cell(year).actual(),
                                            62),
                                    year,
                                    false),
                            "actual"));
            yearColumn.getColumns().add(remembered(statusColumn(year), "status"));
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

    /** The years, columns and rows (by indicator and part) shown: while it stays the same, rows are updated in place. */
    private String shownLayout;

    private static String layout(PlanData data, Map<String, List<IndicatorRow>> rows) {
        StringBuilder b = new StringBuilder(Arrays.toString(data.yearSpan()));
        b.append(rows.values().stream()
                .flatMap(List::stream)
                .anyMatch(r ->
                        r.cells().values().stream().anyMatch(c -> !c.baseline().isEmpty())));
        for (var e : rows.entrySet()) {
            b.append('|').append(e.getKey());
            for (IndicatorRow r : e.getValue()) {
                b.append(',').append(r.indicatorId()).append('/').append(r.partId());
            }
        }
        return b.toString();
    }

    /**
     * An edit changed values, not the layout: only the rows whose values changed get their new value, so the grid
     * keeps its columns, focus, selection and scroll position, and nothing else is rebuilt.
     */
    private boolean updateInPlace(Map<String, List<IndicatorRow>> rows) {
        TreeItem<IndicatorRow> root = table.getRoot();
        if (root == null) {
            return false;
        }
        List<TreeItem<IndicatorRow>> items = new ArrayList<>();
        for (TreeItem<IndicatorRow> top : root.getChildren()) {
            if (top.getValue() != null && top.getValue().group()) {
                items.addAll(top.getChildren());
            } else {
                items.add(top);
            }
        }
        List<IndicatorRow> fresh = rows.values().stream().flatMap(List::stream).toList();
        if (fresh.size() != items.size()) {
            return false;
        }
        for (int i = 0; i < fresh.size(); i++) {
            if (!fresh.get(i).equals(items.get(i).getValue())) {
                items.get(i).setValue(fresh.get(i));
            }
        }
        return true;
    }

    /** A target or actual column: its cells edit through the controller. */
    private TreeTableColumn<IndicatorRow, String> editable(
            TreeTableColumn<IndicatorRow, String> c, int year, boolean target) {
        c.setUserData(new YearColumn(year, target));
        c.setEditable(true);
        c.setCellFactory(col -> spreadsheet.treeCell());
        return c;
    }

    /** Selects the row (and column) of the same indicator and part again after the rows were rebuilt. */
    private void reselect(TreeItem<IndicatorRow> root, long indicatorId, String part, int column) {
        for (TreeItem<IndicatorRow> group : root.getChildren()) {
            List<TreeItem<IndicatorRow>> candidates =
                    group.getChildren().isEmpty() ? List.of(group) : group.getChildren();
            for (TreeItem<IndicatorRow> item : candidates) {
                IndicatorRow r = item.getValue();
                if (r != null && r.indicatorId() == indicatorId && r.part().equals(part)) {
                    int index = table.getRow(item);
                    if (column >= 0 && column < table.getVisibleLeafColumns().size()) {
                        table.getSelectionModel()
                                .clearAndSelect(
                                        index, table.getVisibleLeafColumns().get(column));
                        table.getFocusModel()
                                .focus(index, table.getVisibleLeafColumns().get(column));
                    } else {
                        table.getSelectionModel().select(item);
                    }
                    return;
                }
            }
        }
    }

    private double verticalScroll() {
        var bar = (ScrollBar) table.lookup(".scroll-bar:vertical");
        return bar == null ? -1 : bar.getValue();
    }

    private void restoreScroll(double value) {
        if (value < 0) {
            return;
        }
        Platform.runLater(() -> {
            var bar = (ScrollBar) table.lookup(".scroll-bar:vertical");
            if (bar != null) {
                bar.setValue(value);
            }
        });
    }

    private TreeTableColumn<IndicatorRow, String> text(
            String title, Function<IndicatorRow, String> value, double width) {
        TreeTableColumn<IndicatorRow, String> c = new TreeTableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(
                f.getValue().getValue() == null ? "" : value.apply(f.getValue().getValue())));
        c.setPrefWidth(width * zoom);
        c.setSortable(false);
        return c;
    }

    /** A name column whose cells show the whole name in a tooltip (a long name is cut off with "…" in the cell). */
    private static TreeTableColumn<IndicatorRow, String> withTooltip(TreeTableColumn<IndicatorRow, String> c) {
        c.setCellFactory(col -> new TreeTableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                boolean blank = empty || text == null || text.isEmpty();
                setText(blank ? null : text);
                setTooltip(blank ? null : new Tooltip(text));
            }
        });
        return c;
    }

    private TreeTableColumn<IndicatorRow, String> statusColumn(int year) {
        TreeTableColumn<IndicatorRow, String> c = new TreeTableColumn<>(messages.get("col.status"));
        c.setPrefWidth(76 * zoom);
        c.setSortable(false);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(""));
        c.setCellFactory(col -> new TreeTableCell<>() {
            @Override
            protected void updateItem(String ignored, boolean empty) {
                super.updateItem(ignored, empty);
                getStyleClass().removeAll(Styles.allStatuses(Status.class));
                IndicatorRow row =
                        empty || getTableRow() == null ? null : getTableRow().getItem();
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
        String rule = cell.status() == Status.MET && !cell.sign().equals("~")
                ? messages.get("status.ruleMet", cell.actual(), cell.sign(), cell.bound(), status)
                : messages.get("status.rule", cell.actual(), cell.target(), status);
        if (Double.isNaN(cell.achievement())) {
            return rule;
        }
        return rule + messages.get("status.achievement", String.format(Locale.ROOT, "%.1f", cell.achievement() * 100));
    }
}
