package org.plandesk.app;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.plandesk.TestContexts;
import org.plandesk.plan.service.PlanSummary;
import org.plandesk.plan.ui.IndicatorRow;
import org.plandesk.shared.BackgroundTasks;
import org.plandesk.shared.ChartFonts;
import org.plandesk.shared.Settings;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main window on a fresh sample workspace with throw-away settings, for TestFX tests that drive it as a user
 * would; closed and cleaned up after each test.
 */
@ExtendWith(ApplicationExtension.class)
abstract class WindowTestBase {
    @TempDir
    static Path dir;

    protected Preferences prefs;
    protected Settings settings;
    protected MainWindow window;
    protected BackgroundTasks runner;
    protected Stage stage;

    /** Opens the window; each test class calls it from its own {@code @Start} (TestFX looks only there). */
    void open(Stage stage) {
        this.stage = stage;
        prefs = Preferences.userRoot().node("org/plandesk/test-" + System.nanoTime());
        settings = new Settings(prefs);
        settings.put("backupFolder", dir.resolve("backups-" + System.nanoTime()).toString());
        // the window tests drive edits; the automatic backup is tested on its own (AutomaticBackupsTest)
        settings.put("autoBackup", "off");
        runner = new BackgroundTasks(Platform::runLater);
        UiFonts.load();
        ChartFonts fonts = ChartFonts.register();
        window = new MainWindow(stage, settings, runner, TestContexts.CLOCK, () -> fonts);
        window.show();
        window.open(dir.resolve("sample-" + System.nanoTime()), true);
    }

    @AfterEach
    void tearDown(FxRobot robot) throws Exception {
        robot.interact(() -> window.close());
        runner.close();
        prefs.removeNode();
    }

    /**
     * Waits until the condition holds, asking it on the JavaFX thread: a lookup from the test thread while the window
     * rebuilds its scene would walk a list the JavaFX thread is changing.
     */
    static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFxThread(condition));
    }

    /** Asks something of the scene on the JavaFX thread (a lookup from the test thread races the scene's changes). */
    static <T> T onFxThread(Callable<T> question) throws Exception {
        if (Platform.isFxApplicationThread()) {
            return question.call();
        }
        return WaitForAsyncUtils.asyncFx(question).get(20, TimeUnit.SECONDS);
    }

    /** The plan list once the sample's five plans are in it. */
    @SuppressWarnings("unchecked")
    static ListView<PlanSummary> planList(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#planList").tryQuery().isPresent());
        ListView<PlanSummary> list = robot.lookup("#planList").queryAs(ListView.class);
        waitUntil(() -> list.getItems().size() == 5);
        return list;
    }

    /** Chooses 全部年份 in the year selector above the grid, as a user does, so every year's columns show. */
    static void showAllYears(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#yearFocus").tryQuery().isPresent());
        robot.clickOn("#yearFocus");
        robot.clickOn("全部年份");
        waitUntil(() -> robot.lookup("#yearFocus").queryAs(ChoiceBox.class).getValue() == null);
    }
    /** Focuses the grid cell of an indicator's part and a leaf column (by the year column's title and sub-column). */
    static void focusCell(
            FxRobot robot, TreeTableView<IndicatorRow> grid, String code, int partIndex, int yearColumn, int sub) {
        robot.interact(() -> {
            int index = -1;
            for (int r = 0; r < grid.getExpandedItemCount(); r++) {
                IndicatorRow row = grid.getTreeItem(r).getValue();
                if (row != null && row.code().equals(code)) {
                    index = r + partIndex;
                    break;
                }
            }
            var column = grid.getColumns().get(yearColumn).getColumns().get(sub);
            grid.requestFocus();
            grid.scrollTo(index);
            grid.getSelectionModel().clearAndSelect(index, column);
            grid.getFocusModel().focus(index, column);
        });
    }

    /** Selects a plan in the plan list by its short name, as a click on it would. */
    static void selectPlan(FxRobot robot, ListView<PlanSummary> list, String shortName) {
        robot.interact(() -> list.getSelectionModel()
                .select(list.getItems().stream()
                        .filter(s -> s.plan().shortName().equals(shortName))
                        .findFirst()
                        .orElseThrow()));
    }

    /** The grid's first row of the indicator with this 序号, or null (asked on the JavaFX thread by waitUntil). */
    static IndicatorRow rowOf(TreeTableView<IndicatorRow> grid, String code) {
        for (int r = 0; r < grid.getExpandedItemCount(); r++) {
            IndicatorRow row = grid.getTreeItem(r).getValue();
            if (row != null && row.code().equals(code)) {
                return row;
            }
        }
        return null;
    }
}
