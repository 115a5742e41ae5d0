package org.plandesk.chart.ui;

import javafx.beans.property.DoubleProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.plandesk.shared.Messages;

/** The chart beside the grid, with its toolbar: export, copy, own window, presentation. */
public final class ChartPane extends BorderPane {
    private final ChartCanvas canvas;

    public ChartPane(ChartsViewModel vm, ChartActions actions, Messages messages, Runnable present) {
        canvas = new ChartCanvas(actions.theme());
        canvas.setId("chartCanvas");
        canvas.chartProperty().bind(vm.currentProperty());
        Button export = button(
                messages.get("chart.action.export"),
                "exportChart",
                () -> actions.export(
                        getScene().getWindow(), vm.currentProperty().get()));
        Button copy = button(
                messages.get("chart.action.copy"),
                "copyChart",
                () -> actions.copy(getScene().getWindow(), vm.currentProperty().get()));
        Button window = button(
                messages.get("chart.action.window"),
                "chartWindow",
                () -> actions.openWindow(getScene().getWindow(), vm.currentProperty()));
        Button show = button(messages.get("chart.action.present"), "presentCharts", present);
        show.setTooltip(new Tooltip("F5"));
        HBox bar = new HBox(6, export, copy, window, show);
        bar.setStyle("-fx-padding: 4 6 4 6;");
        setTop(bar);
        setCenter(canvas);
        setMinWidth(0);
    }

    /** The zoom of the chart drawn here (视图 → 缩放). */
    public DoubleProperty zoomProperty() {
        return canvas.zoomProperty();
    }

    private static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(true);
        return b;
    }
}
