package org.plandesk.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import org.plandesk.shared.BackgroundTasks;
import javafx.stage.Stage;
import org.plandesk.shared.ChartFonts;
import org.plandesk.shared.Settings;
import org.plandesk.workspace.WorkspaceLocations;

/** The JavaFX application: registers the fonts, builds the main window and opens the workspace. */
public final class PlanDeskApp extends Application {
    private BackgroundTasks runner;
    private MainWindow window;

    /** Starts the JavaFX toolkit and the window; returns when the window has been closed. */
    public static void launch(String[] args) {
        Application.launch(PlanDeskApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        UiFonts.load();
        ChartFonts chartFonts = ChartFonts.register();
        runner = new BackgroundTasks(Platform::runLater);
        window = new MainWindow(stage, Settings.user(), runner, Clock.systemDefaultZone(), chartFonts);
        window.show();
        window.open(workspaceArgument(getParameters().getRaw()), true);
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
        if (runner != null) {
            runner.close();
        }
    }

    static Path workspaceArgument(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if ("--workspace".equals(a) && i + 1 < args.size()) {
                return Path.of(args.get(i + 1));
            }
            if (a.startsWith("--workspace=")) {
                return Path.of(a.substring("--workspace=".length()));
            }
        }
        return WorkspaceLocations.defaultWorkspace();
    }
}
