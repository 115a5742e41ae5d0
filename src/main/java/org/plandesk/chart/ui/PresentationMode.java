package org.plandesk.chart.ui;

import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.plandesk.chart.ChartTheme;
import org.plandesk.chart.PlanChart;

/**
 * The plan's charts full screen, one per screen: arrows, PageUp/PageDown and space move, T switches the light and the
 * dark projector theme, Esc leaves. Text scales with the screen, so it reads from the back of the room.
 */
public final class PresentationMode {
    private final Stage stage = new Stage();
    private final ChartCanvas canvas;
    private final List<PlanChart> charts;
    private int index;

    public PresentationMode(Window owner, List<PlanChart> charts, ChartTheme theme) {
        this.charts = List.copyOf(charts);
        this.canvas = new ChartCanvas(theme.withVariant(ChartTheme.Variant.DARK));
        canvas.setId("presentationCanvas");
        stage.initOwner(owner);
        StackPane root = new StackPane(canvas);
        Scene scene = new Scene(root, 1280, 720);
        scene.setOnKeyPressed(e -> {
            KeyCode k = e.getCode();
            if (k == KeyCode.RIGHT || k == KeyCode.DOWN || k == KeyCode.PAGE_DOWN || k == KeyCode.SPACE) {
                show(index + 1);
            } else if (k == KeyCode.LEFT || k == KeyCode.UP || k == KeyCode.PAGE_UP) {
                show(index - 1);
            } else if (k == KeyCode.HOME) {
                show(0);
            } else if (k == KeyCode.END) {
                show(this.charts.size() - 1);
            } else if (k == KeyCode.T) {
                ChartTheme t = canvas.themeProperty().get();
                canvas.themeProperty()
                        .set(t.withVariant(
                                t.variant() == ChartTheme.Variant.DARK
                                        ? ChartTheme.Variant.LIGHT
                                        : ChartTheme.Variant.DARK));
            } else if (k == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setScene(scene);
        stage.setFullScreenExitHint("");
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        show(0);
    }

    public void open() {
        Rectangle2D screen = Screen.getPrimary().getBounds();
        stage.setX(screen.getMinX());
        stage.setY(screen.getMinY());
        stage.setWidth(screen.getWidth());
        stage.setHeight(screen.getHeight());
        stage.setFullScreen(true);
        stage.show();
    }

    /** Index of the chart on screen. */
    public int index() {
        return index;
    }

    public Stage stage() {
        return stage;
    }

    public ChartCanvas canvas() {
        return canvas;
    }

    private void show(int i) {
        if (charts.isEmpty()) {
            return;
        }
        index = Math.max(0, Math.min(charts.size() - 1, i));
        canvas.chartProperty().set(charts.get(index));
        stage.setTitle(charts.get(index).title() + "  (" + (index + 1) + "/" + charts.size() + ")");
    }
}
