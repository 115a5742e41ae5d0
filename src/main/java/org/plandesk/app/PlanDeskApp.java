package org.plandesk.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.plandesk.backup.Backups;
import org.plandesk.chart.ui.ChartsViewModel;
import org.plandesk.shared.AppLog;
import org.plandesk.shared.BackgroundTasks;
import org.plandesk.shared.ChartFonts;
import org.plandesk.shared.Messages;
import org.plandesk.shared.Settings;
import org.plandesk.shared.ui.Alerts;
import org.plandesk.workspace.WorkspaceLocations;

/** The JavaFX application: registers the fonts, builds the main window and opens the workspace. */
public final class PlanDeskApp extends Application {
    private static final System.Logger LOG = System.getLogger(PlanDeskApp.class.getName());
    /**
     * The last argument of the AOT training run (installer/linux/postinst): the window opens the workspace, shows the
     * first plan's grid and chart, and exits, so that the JDK's AOT cache holds what the first screen needs.
     */
    public static final String TRAINING = "--aot-training";

    private BackgroundTasks runner;
    private MainWindow window;

    /** Starts the JavaFX toolkit and the window; returns when the window has been closed. */
    public static void launch(String[] args) {
        Application.launch(PlanDeskApp.class, args);
    }

    /**
     * Shows the window at once, with nothing in it yet, as quickly as an empty JavaFX window appears; what fills it
     * (the bundled font, menus, the plan browser) is built once that first frame is on the screen, and the workspace
     * and the chart font load in the background from there.
     */
    @Override
    public void start(Stage stage) {
        Path log = AppLog.fileIn(WorkspaceLocations.defaultWorkspace().getParent());
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> unexpected(log, e));
        Settings settings = Settings.user();
        stage.setTitle(Messages.forLanguage(settings.language()).get("app.name"));
        WindowFit.restore(stage, settings);
        Pane first = new Pane();
        first.setStyle("-fx-background-color: white;");
        stage.setScene(new Scene(first));
        stage.show();
        afterFirstFrame(() -> fill(stage, settings));
    }

    private void fill(Stage stage, Settings settings) {
        // registering the chart font with Java2D takes about 300 ms of a core: beside the window's filling, not
        // before the window (two cores here; it would slow the toolkit's start)
        CompletableFuture<ChartFonts> chartFonts = CompletableFuture.supplyAsync(ChartFonts::register);
        UiFonts.load();
        runner = new BackgroundTasks(Platform::runLater);
        window = new MainWindow(stage, settings, runner, Clock.systemDefaultZone(), chartFonts::join);
        window.show();
        Optional<Path> backup = backupArgument(getParameters().getRaw());
        if (backup.isPresent()) {
            // after the window has been drawn: the question comes over it, not before it
            Platform.runLater(() -> window.offerRestore(backup.get(), WorkspaceLocations.defaultWorkspace()));
        } else {
            window.open(workspaceArgument(getParameters().getRaw()), true);
        }
        if (getParameters().getRaw().contains(TRAINING)) {
            exitWhenTheFirstScreenIsShown();
        }
    }

    /** Runs {@code then} on the JavaFX thread once a frame has been drawn (the next pulse after this one). */
    private static void afterFirstFrame(Runnable then) {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses >= 2) {
                    stop();
                    then.run();
                }
            }
        }.start();
    }

    private void exitWhenTheFirstScreenIsShown() {
        AnimationTimer watch = new AnimationTimer() {
            private int pulsesSinceShown = -1;

            @Override
            public void handle(long now) {
                ChartsViewModel charts = window == null ? null : window.chartsModel();
                if (pulsesSinceShown < 0
                        && charts != null
                        && charts.currentProperty().get() != null) {
                    pulsesSinceShown = 0;
                } else if (pulsesSinceShown >= 0 && ++pulsesSinceShown > 10) {
                    stop();
                    Platform.exit();
                }
            }
        };
        watch.start();
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

    /** Any failure nobody caught: logged, and told to the user in their language with where the log is. */
    private void unexpected(Path log, Throwable e) {
        LOG.log(System.Logger.Level.ERROR, "uncaught", e);
        Runnable show = () -> {
            Messages m = Messages.forLanguage(Settings.user().language());
            Alerts.error(null, m, m.get("error.unexpected", String.valueOf(e.getMessage()), log));
        };
        if (Platform.isFxApplicationThread()) {
            show.run();
        } else {
            Platform.runLater(show);
        }
    }

    /** A PlanDesk backup given as the only argument (a double-click on a {@code .pdbak} file). */
    static Optional<Path> backupArgument(List<String> args) {
        return args.size() == 1 && Backups.isOpenedBackup(args.get(0))
                ? Optional.of(Path.of(args.get(0)))
                : Optional.empty();
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
