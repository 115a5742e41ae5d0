package org.plandesk.chart.ui;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.plandesk.chart.PlanChart;
import org.plandesk.plan.IndicatorGroup;
import org.plandesk.plan.PlanData;
import org.plandesk.shared.Messages;

/** The plan dashboard: small multiples of all indicators, or of one 一级指标, and the status summary. */
public final class DashboardPane extends BorderPane {
    public DashboardPane(ChartsViewModel vm, ChartActions actions, Messages messages) {
        ChoiceBox<String> groups = new ChoiceBox<>();
        groups.setId("dashboardGroup");
        String all = messages.get("dashboard.all");
        String summary = messages.get("dashboard.summary");
        ChartCanvas canvas = new ChartCanvas(actions.theme());
        canvas.setId("dashboardCanvas");
        vm.dataProperty().addListener((o, old, data) -> {
            String keep = groups.getValue();
            groups.getItems().setAll(summary, all);
            if (data != null) {
                data.groups().stream().map(IndicatorGroup::name).forEach(groups.getItems()::add);
            }
            groups.setValue(groups.getItems().contains(keep) ? keep : summary);
        });
        canvas.chartProperty()
                .bind(Bindings.createObjectBinding(
                        () -> {
                            PlanData d = vm.dataProperty().get();
                            String g = groups.getValue();
                            if (d == null || g == null) {
                                return (PlanChart) null;
                            }
                            if (g.equals(summary)) {
                                return vm.summary(d);
                            }
                            return vm.charts()
                                    .dashboard(
                                            d,
                                            g.equals(all) ? null : g,
                                            vm.yearProperty().get());
                        },
                        vm.dataProperty(),
                        vm.yearProperty(),
                        groups.valueProperty()));
        Button export = new Button(messages.get("chart.action.export"));
        export.setOnAction(e ->
                actions.export(getScene().getWindow(), canvas.chartProperty().get()));
        Button copy = new Button(messages.get("chart.action.copy"));
        copy.setOnAction(
                e -> actions.copy(getScene().getWindow(), canvas.chartProperty().get()));
        HBox bar = new HBox(8, new Label(messages.get("dashboard.show")), groups, export, copy);
        bar.setStyle("-fx-padding: 4 6 4 6; -fx-alignment: center-left;");
        setTop(bar);
        setCenter(canvas);
    }
}
