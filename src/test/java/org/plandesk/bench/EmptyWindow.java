package org.plandesk.bench;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;

/**
 * The yardstick of issue 14 §3: a JavaFX program that shows an empty window and nothing else, on the same JDK and
 * JavaFX jars as PlanDesk, without an AOT cache. {@link StartupBenchmark} times it beside PlanDesk.
 */
public final class EmptyWindow {
    private EmptyWindow() {}

    /** The window. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            stage.setTitle("EmptyWindow");
            stage.setScene(new Scene(new Pane(), 800, 600));
            stage.show();
        }
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }
}
