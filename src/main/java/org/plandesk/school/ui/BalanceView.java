package org.plandesk.school.ui;

import java.text.DecimalFormat;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.plandesk.chart.PlanChart;
import org.plandesk.chart.ui.ChartActions;
import org.plandesk.chart.ui.ChartCanvas;
import org.plandesk.plan.Status;
import org.plandesk.school.BalanceReport.IndicatorStat;
import org.plandesk.school.BalanceReport.SectionResult;
import org.plandesk.school.Section;
import org.plandesk.shared.Messages;
import org.plandesk.shared.Numbers;
import org.plandesk.shared.ui.Styles;

/**
 * 均衡统计: the chosen district and stage's seven coefficients against their thresholds and the composite, each
 * school section's compliance, and the charts beside them with export, copy and export-all.
 */
public final class BalanceView {
    private static final DecimalFormat THREE = new DecimalFormat("0.000");
    private final BorderPane root = new BorderPane();

    public BalanceView(BalanceViewModel vm, ChartActions actions, Messages messages) {
        ComboBox<String> district = new ComboBox<>(vm.districts());
        district.setId("balanceDistrict");
        district.valueProperty().bindBidirectional(vm.districtProperty());
        ComboBox<Section> stage = new ComboBox<>();
        stage.setId("balanceStage");
        stage.getItems().setAll(Section.PRIMARY, Section.JUNIOR);
        stage.valueProperty().bindBidirectional(vm.stageProperty());
        stage.setButtonCell(sectionCell());
        stage.setCellFactory(l -> sectionCell());
        ComboBox<PlanChart> chart = new ComboBox<>(vm.charts());
        chart.setId("balanceChart");
        chart.valueProperty().bindBidirectional(vm.chartProperty());
        chart.setButtonCell(chartCell());
        chart.setCellFactory(l -> chartCell());
        chart.setMaxWidth(420);
        Button export = new Button(messages.get("balance.export"));
        export.setOnAction(e -> {
            if (vm.chartProperty().get() != null) {
                actions.export(root.getScene().getWindow(), vm.chartProperty().get());
            }
        });
        Button copy = new Button(messages.get("balance.copy"));
        copy.setOnAction(e -> {
            if (vm.chartProperty().get() != null) {
                actions.copy(root.getScene().getWindow(), vm.chartProperty().get());
            }
        });
        Button all = new Button(messages.get("balance.exportAll"));
        all.setOnAction(e -> {
            if (!vm.charts().isEmpty() && vm.reportProperty().get() != null) {
                actions.exportAll(
                        root.getScene().getWindow(),
                        List.copyOf(vm.charts()),
                        messages.get(
                                "balance.deckTitle",
                                vm.districtProperty().get(),
                                vm.stageProperty().get().label(),
                                vm.reportProperty().get().year()),
                        messages.get(
                                "chart.balance.footer",
                                vm.reportProperty().get().year()));
            }
        });
        HBox bar = new HBox(
                8,
                new Label(messages.get("registry.district")),
                district,
                new Label(messages.get("balance.stage")),
                stage,
                new Label(messages.get("balance.chart")),
                chart,
                export,
                copy,
                all);
        bar.setStyle("-fx-padding: 6; -fx-alignment: center-left;");

        TableView<IndicatorStat> stats = new TableView<>();
        stats.setId("balanceStats");
        stats.setPlaceholder(new Label(messages.get("balance.none")));
        stats.getColumns()
                .add(column(
                        messages.get("balance.indicator"), s -> s.indicator().label(), 230));
        stats.getColumns().add(column(messages.get("balance.standard"), s -> Numbers.format(s.standard()), 60));
        stats.getColumns()
                .add(column(messages.get("balance.mean"), s -> three(s.stats().mean()), 80));
        stats.getColumns()
                .add(column(messages.get("balance.sd"), s -> three(s.stats().sd()), 80));
        stats.getColumns().add(column(messages.get("balance.cv"), s -> three(s.cv()), 70));
        stats.getColumns().add(column(messages.get("balance.threshold"), s -> Numbers.format(s.threshold()), 60));
        stats.getColumns()
                .add(column(
                        messages.get("balance.result"),
                        s -> (s.pass() ? Status.MET : Status.MISSED).symbol() + " "
                                + messages.get(s.pass() ? "balance.pass" : "balance.fail"),
                        110));
        stats.setPrefHeight(250);
        stats.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label composite = new Label();
        composite.setId("balanceComposite");
        composite.getStyleClass().add(Styles.META_VALUE);
        TableView<SectionResult> schools = new TableView<>();
        schools.setId("balanceSchools");
        schools.setPlaceholder(new Label(messages.get("balance.none")));
        schools.getColumns()
                .add(columnS(messages.get("registry.name"), r -> r.school().name(), 200));
        schools.getColumns().add(columnS(messages.get("balance.students"), r -> Numbers.format(r.students()), 70));
        schools.getColumns()
                .add(columnS(messages.get("balance.met"), r -> r.compliance().met() + " / 7", 60));
        schools.getColumns()
                .add(columnS(
                        messages.get("balance.compliant"),
                        r -> (r.compliance().compliant() ? Status.MET : Status.MISSED).symbol() + " "
                                + messages.get(r.compliance().compliant() ? "balance.yes" : "balance.no"),
                        80));
        schools.getColumns().add(columnS(messages.get("balance.shortfalls"), r -> shortfalls(r), 320));
        schools.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label warnings = new Label();
        warnings.setId("balanceWarnings");
        warnings.setWrapText(true);
        warnings.getStyleClass().add(Styles.MUTED);
        warnings.textProperty().bind(vm.warningsProperty());
        vm.currentProperty().addListener((o, old, s) -> {
            stats.getItems().setAll(s == null ? List.of() : s.indicators());
            schools.getItems().setAll(s == null ? List.of() : s.sections());
            composite.setText(
                    s == null
                            ? ""
                            : messages.get(
                                    "balance.compositeLine",
                                    three(s.compositeCv()),
                                    s.compliantCount(),
                                    s.sections().size()));
        });
        VBox left = new VBox(6, stats, composite, schools, warnings);
        VBox.setVgrow(schools, Priority.ALWAYS);
        left.setStyle("-fx-padding: 6;");
        ChartCanvas canvas = new ChartCanvas(actions.theme());
        canvas.setId("balanceCanvas");
        canvas.chartProperty().bind(vm.chartProperty());
        SplitPane split = new SplitPane(left, canvas);
        split.setDividerPositions(0.5);
        root.setTop(bar);
        root.setCenter(split);
    }

    public BorderPane node() {
        return root;
    }

    private static String three(double v) {
        return Double.isNaN(v) ? "—" : THREE.format(v);
    }

    private static String shortfalls(SectionResult r) {
        StringBuilder b = new StringBuilder();
        for (var s : r.compliance().shortfalls()) {
            if (!b.isEmpty()) {
                b.append("；");
            }
            b.append(s.indicator().shortLabel())
                    .append(' ')
                    .append(Double.isNaN(s.value()) ? "—" : THREE.format(s.value()))
                    .append(" / ")
                    .append(Numbers.format(s.standard()));
            if (!Double.isNaN(s.value())) {
                b.append("（").append(Math.round(s.ratio() * 100)).append("%）");
            }
        }
        return b.toString();
    }

    private static TableColumn<IndicatorStat, String> column(
            String title, Function<IndicatorStat, String> v, double w) {
        TableColumn<IndicatorStat, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(v.apply(d.getValue())));
        c.setPrefWidth(w);
        c.setSortable(false);
        return c;
    }

    private static TableColumn<SectionResult, String> columnS(
            String title, Function<SectionResult, String> v, double w) {
        TableColumn<SectionResult, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(v.apply(d.getValue())));
        c.setPrefWidth(w);
        return c;
    }

    private static ListCell<Section> sectionCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Section s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : s.label());
            }
        };
    }

    private static ListCell<PlanChart> chartCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(PlanChart c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : c.title());
            }
        };
    }
}
