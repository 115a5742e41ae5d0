package org.plandesk.plan.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableDoubleValue;
import javafx.beans.value.ObservableValue;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.plandesk.chart.ui.ChartActions;
import org.plandesk.chart.ui.ChartPane;
import org.plandesk.chart.ui.ChartsViewModel;
import org.plandesk.chart.ui.DashboardPane;
import org.plandesk.plan.Plan;
import org.plandesk.plan.PlanData;
import org.plandesk.plan.Status;
import org.plandesk.plan.service.PlanSummary;
import org.plandesk.shared.Messages;
import org.plandesk.shared.Settings;
import org.plandesk.shared.ui.Styles;

/** Plans on the left; the selected plan's metadata, indicator grid and task tree on the right. */
public final class PlanBrowserView {
    private final Messages messages;
    private final SplitPane root = new SplitPane();
    private final ListView<PlanSummary> list = new ListView<>();
    private final Label title = new Label();
    private final GridPane meta = new GridPane();
    private final IndicatorGridView grid;
    private final TaskTreeView tasks;
    private final SplitPane chartSide = new SplitPane();
    private final SplitPane gridAndChart;
    private final ChartPane chartPane;
    private final ObservableValue<PlanData> vmData;
    private final Runnable reloadPlan;
    private final TextField filterText = new TextField();
    private final ChoiceBox<Status> filterStatus = new ChoiceBox<>();
    private final YearFocus yearFocus;
    private final ChartsViewModel chartsModel;
    private final ObservableMap<Long, YearCounts> counts;
    private Settings settings;

    public PlanBrowserView(
            PlanBrowserViewModel vm,
            ChartsViewModel charts,
            ChartActions actions,
            Messages messages,
            Runnable present) {
        this.messages = messages;
        this.vmData = vm.dataProperty();
        this.reloadPlan = vm::reloadPlan;
        this.grid = new IndicatorGridView(messages);
        this.tasks = new TaskTreeView(messages);
        charts.dataProperty().bind(vm.dataProperty());
        grid.node()
                .getSelectionModel()
                .selectedItemProperty()
                .addListener((o, old, now) -> charts.indicatorIdProperty()
                        .set(
                                now == null || now.getValue() == null
                                        ? 0L
                                        : now.getValue().indicatorId()));
        list.setId("planList");
        list.setItems(vm.plans());
        list.setCellFactory(l -> new PlanCell());
        list.setPlaceholder(new Label(messages.get("plan.none")));
        list.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (now != null) {
                vm.selectedProperty().set(now);
            }
        });
        vm.selectedProperty().addListener((o, old, now) -> {
            if (now != null && list.getSelectionModel().getSelectedItem() != now) {
                list.getSelectionModel().select(now);
            }
        });
        vm.rowsProperty().addListener((o, old, now) -> show(vm.dataProperty().get(), vm));
        // a change to the task tree alone leaves the grid's rows equal, so the tree follows the data itself
        vm.dataProperty().addListener((o, old, now) -> tasks.show(now));

        title.setId("planTitle");
        title.getStyleClass().add(Styles.PLAN_TITLE);
        meta.setHgap(12);
        meta.setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        meta.getColumnConstraints().addAll(labels, values, labels, values);

        yearFocus = new YearFocus(messages, year -> {
            grid.setYearFocus(year);
            charts.yearProperty().set(year);
            if (vm.selectedProperty().get() != null) {
                vm.refreshCounts(List.of(vm.selectedProperty().get()));
            }
        });
        counts = vm.counts();
        chartsModel = charts;
        vm.setYearOf((id, span) -> YearFocus.rememberedYear(settings, id, span));
        vm.counts().addListener((MapChangeListener<Long, YearCounts>) c -> list.refresh());
        filterText.setPromptText(messages.get("filter.prompt"));
        filterText.setId("gridFilter");
        filterStatus.setId("gridStatusFilter");
        filterStatus.getItems().addAll(null, Status.MISSED, Status.AT_RISK, Status.PENDING, Status.MET);
        filterStatus.setConverter(new StringConverter<>() {
            @Override
            public String toString(Status st) {
                return st == null
                        ? messages.get("filter.all")
                        : messages.get("filter.only", messages.get(st.messageKey()));
            }

            @Override
            public Status fromString(String x) {
                return null;
            }
        });
        filterStatus.setValue(null);
        filterText.textProperty().addListener(o -> showGrid(vm));
        filterStatus.valueProperty().addListener(o -> showGrid(vm));
        HBox filters = new HBox(6, yearFocus.node(), filterText, filterStatus);
        filters.setPadding(new Insets(4, 6, 4, 6));
        BorderPane gridPane = new BorderPane(grid.node());
        gridPane.setTop(filters);
        chartSide.setOrientation(Orientation.VERTICAL);
        chartPane = new ChartPane(charts, actions, messages, present);
        chartSide.getItems().add(chartPane);
        gridAndChart = new SplitPane(gridPane, chartSide);
        gridAndChart.setDividerPositions(0.66);
        gridAndChart.setId("gridAndChart");
        TabPane tabs = new TabPane(
                new Tab(messages.get("tab.indicators"), gridAndChart),
                new Tab(messages.get("tab.tasks"), tasks.node()),
                new Tab(messages.get("tab.dashboard"), new DashboardPane(charts, actions, messages)));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("planTabs");
        VBox header = new VBox(6, title, meta);
        header.setPadding(new Insets(10, 12, 8, 12));
        BorderPane detail = new BorderPane(tabs);
        detail.setTop(header);

        Label listHeader = new Label(messages.get("plans.header"));
        listHeader.getStyleClass().add(Styles.META_LABEL);
        listHeader.setPadding(new Insets(8, 10, 4, 10));
        BorderPane left = new BorderPane(list);
        left.setTop(listHeader);
        left.setMinWidth(180);
        root.getItems().addAll(left, detail);
        root.setDividerPositions(0.2);
        SplitPane.setResizableWithParent(left, false);
    }

    public Node node() {
        return root;
    }

    /**
     * 视图 → 缩放: the grid, its filters and the chart beside it follow the factor (the grid through its font size,
     * the chart drawn enlarged).
     */
    public void bindZoom(ObservableDoubleValue factor) {
        gridAndChart.styleProperty().bind(Bindings.createStringBinding(() -> Styles.zoomed(factor.get()), factor));
        chartPane.zoomProperty().bind(factor);
        grid.setZoom(factor.get());
        factor.addListener((o, old, now) -> grid.setZoom(now.doubleValue()));
    }

    public SplitPane splitPane() {
        return root;
    }

    /** Adds a pane under the chart that follows the grid's focused cell (the cell's history). */
    public void addCellPane(Function<ObservableValue<GridEditor.Cell>, Node> factory) {
        chartSide.getItems().add(factory.apply(grid.focusedCellProperty()));
        chartSide.setDividerPositions(0.72);
    }

    /** Makes the task tree and the grid's structure editable through {@code h}. */
    public void setStructureHandler(StructureHandler h) {
        tasks.setHandler(h, messages);
        grid.setStructureHandler(h);
    }

    /** The plan on screen, or null. */
    public PlanData data() {
        return vmData.getValue();
    }

    /** The task tree (to select a task after an edit). */
    public TaskTreeView taskTree() {
        return tasks;
    }

    /** 关联学校登记计算 on a part's row hands the row to {@code linker}. */
    public void setPartLinker(Consumer<IndicatorRow> linker) {
        grid.setPartLinker(linker);
    }

    /** 编辑指标 on the grid opens the indicator editor; the result goes to {@code save}. */
    public void setIndicatorSaver(Consumer<IndicatorDialog.Result> save) {
        grid.setIndicatorEditor(id -> {
            var data = vmData.getValue();
            if (data == null) {
                return;
            }
            data.indicators().stream()
                    .filter(i -> i.id() == id)
                    .findFirst()
                    .ifPresent(ind -> new IndicatorDialog(messages)
                            .ask(
                                    root.getScene().getWindow(),
                                    ind,
                                    data.parts(ind),
                                    data.ownRange(ind),
                                    Completions.units(data))
                            .ifPresent(save));
        });
    }

    /** Remembers the grid's column widths in the settings. */
    public void rememberColumns(Settings settings) {
        this.settings = settings;
        grid.rememberColumns(settings);
        yearFocus.rememberIn(settings);
    }

    /** Makes the indicator grid editable through this controller. */
    public void setEditing(PlanGridViewModel controller) {
        grid.setEditing(controller);
    }

    private void show(PlanData data, PlanBrowserViewModel vm) {
        meta.getChildren().clear();
        if (data == null) {
            title.setText("");
            grid.show(null, vm.rowsProperty().get());
            tasks.show(null);
            return;
        }
        Plan p = data.plan();
        title.setText(p.title());
        Integer focus = yearFocus.show(p.id(), data.yearSpan(), vm.currentYear());
        grid.setYearFocus(focus);
        chartsModel.yearProperty().set(focus);
        int row = 0;
        row = metaPair(row, 0, "plan.kind", p.kind());
        row = metaPair(row - 1, 2, "plan.period", p.period());
        row = metaPair(row, 0, "plan.issuer", p.issuer());
        row = metaPair(row - 1, 2, "plan.docNumber", p.docNumber());
        row = metaPair(
                row,
                0,
                "plan.issueDate",
                p.issueDate() == null ? "" : p.issueDate().toString());
        row = metaPair(row - 1, 2, "plan.source", p.source());
        if (!p.note().isBlank()) {
            Label l = metaLabel("plan.note");
            Label v = metaValue(p.note());
            meta.add(l, 0, row);
            meta.add(v, 1, row, 3, 1);
        }
        showGrid(vm);
        tasks.show(data);
    }

    /** The grid with the text and status filters applied. */
    private void showGrid(PlanBrowserViewModel vm) {
        grid.show(
                vm.dataProperty().get(),
                IndicatorRows.filter(vm.rowsProperty().get(), filterText.getText(), filterStatus.getValue()));
    }

    private int metaPair(int row, int column, String key, String value) {
        meta.add(metaLabel(key), column, row);
        meta.add(metaValue(value == null || value.isBlank() ? "—" : value), column + 1, row);
        return row + 1;
    }

    private Label metaLabel(String key) {
        Label l = new Label(messages.get(key));
        l.getStyleClass().add(Styles.META_LABEL);
        return l;
    }

    private static Label metaValue(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.META_VALUE);
        l.setWrapText(true);
        return l;
    }

    /** A plan in the list: its short name, then period and number of indicators. */
    /** "2024年：达成 3 · 未达成 1 · 待填报 98": the statuses that occur in the year in focus. */
    private String standing(YearCounts n) {
        List<String> parts = new ArrayList<>();
        int[] values = {n.met(), n.missed(), n.atRisk(), n.pending()};
        Status[] statuses = {Status.MET, Status.MISSED, Status.AT_RISK, Status.PENDING};
        for (int i = 0; i < values.length; i++) {
            if (values[i] > 0) {
                parts.add(messages.get(statuses[i].messageKey()) + " " + values[i]);
            }
        }
        return messages.get(
                "plan.counts",
                n.year(),
                parts.isEmpty() ? messages.get("status.no_target") : String.join(" · ", parts));
    }

    private final class PlanCell extends ListCell<PlanSummary> {
        @Override
        protected void updateItem(PlanSummary item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label name = new Label(item.plan().displayName());
            name.setWrapText(true);
            Label sub = new Label(
                    item.plan().period() + " · " + messages.get("plan.indicatorCount", item.indicatorCount()));
            sub.getStyleClass().add(Styles.PLAN_CELL_PERIOD);
            VBox box = new VBox(2, name, sub);
            YearCounts n = counts.get(item.plan().id());
            if (n != null) {
                Label standing = new Label(standing(n));
                standing.setId("planCounts-" + item.plan().id());
                standing.setWrapText(true);
                // wraps within the list instead of running past its edge
                standing.prefWidthProperty().bind(list.widthProperty().subtract(36));
                standing.getStyleClass().add(Styles.PLAN_CELL_PERIOD);
                box.getChildren().add(standing);
            }
            box.setPadding(new Insets(3, 0, 3, 0));
            setGraphic(box);
            setText(null);
        }
    }

    /** Reloads the shown plan's figures only (after a cell edit). */
    public void reloadPlan() {
        reloadPlan.run();
    }
}
