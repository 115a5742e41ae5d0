package org.plandesk.chart.ui;

import java.awt.geom.Rectangle2D;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import org.jfree.fx.FXGraphics2D;
import org.plandesk.chart.ChartTheme;
import org.plandesk.chart.PlanChart;

/**
 * Draws a {@link PlanChart} on screen with the same drawing code as the exports (DESIGN D6), redrawn when the chart,
 * the theme or the size changes.
 */
public final class ChartCanvas extends Pane {
    private final Canvas canvas = new Canvas();
    private final ObjectProperty<PlanChart> chart = new SimpleObjectProperty<>();
    private final ObjectProperty<ChartTheme> theme = new SimpleObjectProperty<>();
    private final DoubleProperty zoom = new SimpleDoubleProperty(1.0);

    public ChartCanvas(ChartTheme initialTheme) {
        theme.set(initialTheme);
        getChildren().add(canvas);
        canvas.widthProperty().bind(widthProperty());
        canvas.heightProperty().bind(heightProperty());
        canvas.widthProperty().addListener(o -> redraw());
        canvas.heightProperty().addListener(o -> redraw());
        chart.addListener(o -> redraw());
        theme.addListener(o -> redraw());
        zoom.addListener(o -> redraw());
        setMinSize(0, 0);
    }

    public ObjectProperty<PlanChart> chartProperty() {
        return chart;
    }

    public ObjectProperty<ChartTheme> themeProperty() {
        return theme;
    }

    /** 视图 → 缩放: the chart is laid out for a smaller area and drawn enlarged, so its text and marks grow. */
    public DoubleProperty zoomProperty() {
        return zoom;
    }

    private void redraw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.clearRect(0, 0, w, h);
        if (w < 10 || h < 10 || chart.get() == null) {
            return;
        }
        // the zoom scales the context: saved and restored, so that it does not pile up over redraws
        gc.save();
        FXGraphics2D g = new FXGraphics2D(gc);
        g.setPaint(theme.get().background());
        g.fill(new Rectangle2D.Double(0, 0, w, h));
        double z = zoom.get() > 0 ? zoom.get() : 1.0;
        g.scale(z, z);
        chart.get().draw(g, new Rectangle2D.Double(0, 0, w / z, h / z), theme.get());
        g.dispose();
        gc.restore();
    }
}
