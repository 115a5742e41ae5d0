package org.plandesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.plandesk.TestContexts;
import org.plandesk.chart.ui.ChartCanvas;
import org.plandesk.context.AppContext;
import org.plandesk.plan.service.PlanSummary;
import org.plandesk.plan.ui.IndicatorRow;
import org.plandesk.workspace.WorkspaceLocations;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** What every desktop user expects: recent workspaces, dialog titles without markup, buttons in the app's language. */
class DesktopHabitsTest extends WindowTestBase {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void recentWorkspacesReopenAnEarlierOneWithOneClick(FxRobot robot) throws Exception {
        planList(robot);
        String sample = stage.getTitle().substring(stage.getTitle().indexOf("sample-"));
        Path other = dir.resolve("other-" + System.nanoTime());
        robot.interact(() -> window.open(other, false));
        waitUntil(() -> stage.getTitle().contains(other.getFileName().toString()));
        waitUntil(() -> robot.lookup("文件(F)").tryQuery().isPresent());
        robot.clickOn("文件(F)");
        robot.clickOn("最近的工作区(T)");
        robot.clickOn(sample + "  —  " + dir.toAbsolutePath().normalize());
        waitUntil(() -> stage.getTitle().endsWith(sample));
        assertThat(new RecentWorkspaces(settings).list())
                .first()
                .satisfies(p -> assertThat(p.getFileName().toString()).isEqualTo(sample));
    }

    @Test
    void theAboutBoxAndDialogTitlesSpeakTheAppsLanguageWithoutMnemonicMarkup(FxRobot robot) throws Exception {
        planList(robot);
        robot.clickOn("帮助(H)");
        robot.clickOn("关于 PlanDesk(A)");
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane about = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(about.getButtonTypes()).extracting(b -> b.getText()).containsExactly("确定");
        robot.clickOn("确定");
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isEmpty());
        // 新增任务 from 钱塘优学's task structure: its title is the menu label without "(_A)"
        ListView<PlanSummary> list = planList(robot);
        selectPlan(robot, list, "钱塘优学");
        waitUntil(() -> stage.getScene().getRoot().lookup(".pd-plan-title") instanceof Labeled l
                && l.getText().contains("钱塘优学"));
        robot.clickOn("任务结构");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T).release(KeyCode.T, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        Window dialog = robot.lookup(".dialog-pane").query().getScene().getWindow();
        String title = ((Stage) dialog).getTitle();
        assertThat(title).startsWith("新增任务").doesNotContain("_").doesNotContain("(A)");
        // 序号 typed, 名称 left empty, 确定: the dialog stays, keeps the 序号 and says why
        robot.clickOn("#taskCode");
        robot.write("21");
        robot.clickOn("确定");
        waitUntil(() -> robot.lookup("#dialogProblem").queryLabeled().getText().contains("不能为空"));
        // the name field is framed in red, as the grid frames a refused entry
        waitUntil(() -> robot.lookup("#taskTitle").query().getStyleClass().contains("pd-refused"));
        assertThat(robot.lookup("#taskCode").queryTextInputControl().getText()).isEqualTo("21");
        // a name typed in: the frame and the reason go at once
        robot.clickOn("#taskTitle");
        robot.write("x");
        waitUntil(() -> !robot.lookup("#taskTitle").query().getStyleClass().contains("pd-refused")
                && robot.lookup("#dialogProblem").queryLabeled().getText().isEmpty());
        robot.press(KeyCode.BACK_SPACE).release(KeyCode.BACK_SPACE);
        // 牵头单位 is completed from the bodies the plan already names (ControlsFX's auto-completion)
        robot.clickOn("#taskLead");
        robot.write("区教育局、区财");
        waitUntil(() -> robot.lookup(".auto-complete-popup").tryQuery().isPresent()
                && robot.lookup("区教育局、区财政局").tryQuery().isPresent());
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        assertThat(robot.lookup(".dialog-pane").tryQuery()).isPresent();
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }

    @Test
    void aTableDroppedOnTheWindowGoesToTheImportPreviewAndAWorkspaceFileIsOpened(FxRobot robot) throws Exception {
        planList(robot);
        Path table = dir.resolve("dropped-" + System.nanoTime() + ".csv");
        Files.writeString(table, "序号,指标,单位,2025年目标\n1,学前三年毛入园率,%,≥95\n");
        // the drop itself comes from the desktop (no robot can drag a file in from outside); what it does is this
        robot.interact(() -> window.dropped(List.of(table.toFile())));
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent()
                && robot.lookup("学前三年毛入园率").tryQuery().isPresent());
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isEmpty());
        Path other = dir.resolve("dropped-ws-" + System.nanoTime());
        try (AppContext ctx = AppContext.open(other, false, TestContexts.CLOCK)) {
            assertThat(ctx.plans().plans()).isEmpty();
        }
        robot.interact(() -> window.dropped(
                List.of(WorkspaceLocations.dataFile(other.toAbsolutePath()).toFile())));
        waitUntil(() -> stage.getTitle().endsWith(other.getFileName().toString()));
    }

    @Test
    void aYearInFocusShowsItsColumnsBesideTheNamesAndIsRememberedPerPlan(FxRobot robot) throws Exception {
        ListView<PlanSummary> list = planList(robot);
        Runnable qiantang = () -> list.getSelectionModel()
                .select(list.getItems().stream()
                        .filter(s -> s.plan().shortName().equals("钱塘优学"))
                        .findFirst()
                        .orElseThrow());
        robot.interact(qiantang);
        waitUntil(() -> robot.lookup("#indicatorGrid").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        TreeTableView<IndicatorRow> grid = robot.lookup("#indicatorGrid").queryAs(TreeTableView.class);
        // 2022–2024 seen on 2026-11-22: the current year is past the period, so its last year is in focus
        waitUntil(() -> visibleYears(grid).equals(List.of("2024年")));
        // under the 2024 header the 2024 figures, and no other year's (新培养“钱塘好少年”人数: ≥2000, ≥2100, ≥2200)
        waitUntil(() -> robot.lookup((Node n) -> n instanceof TreeTableCell<?, ?> c && "≥2200".equals(c.getText()))
                .tryQuery()
                .isPresent());
        assertThat(robot.lookup((Node n) -> n instanceof TreeTableCell<?, ?> c
                                && c.isVisible()
                                && ("≥2000".equals(c.getText()) || "≥2100".equals(c.getText())))
                        .tryQuery())
                .isEmpty();
        assertThat(grid.getColumns().get(1).getText()).isEqualTo("指标");
        // a long name cut off in its cell shows whole in a tooltip
        String longName = "市级及以上教师教育教学专业技能评比获奖人次/获一等奖比例";
        waitUntil(() -> robot.lookup((Node n) -> n instanceof TreeTableCell<?, ?> c
                        && longName.equals(c.getText())
                        && c.getTooltip() != null
                        && longName.equals(c.getTooltip().getText()))
                .tryQuery()
                .isPresent());
        showAllYears(robot);
        waitUntil(() -> visibleYears(grid).equals(List.of("2022年", "2023年", "2024年")));
        robot.clickOn("#yearFocus");
        // the item in the selector's popup, not the grid's column header of the same name
        waitUntil(() -> robot.lookup(".context-menu").tryQuery().isPresent());
        robot.clickOn(robot.lookup(".context-menu")
                .lookup((Node n) -> n instanceof Labeled l && "2022年".equals(l.getText()))
                .queryAs(Node.class));
        waitUntil(() -> visibleYears(grid).equals(List.of("2022年")));
        // the status summary beside the grid judges the year in focus and names it
        waitUntil(() -> window.chartsModel().currentProperty().get() != null
                && window.chartsModel().currentProperty().get().title().equals("钱塘优学：2022年达成情况"));
        // the plan list shows how the plan stands in its year in focus
        long id = list.getItems().stream()
                .filter(x -> x.plan().shortName().equals("钱塘优学"))
                .findFirst()
                .orElseThrow()
                .plan()
                .id();
        waitUntil(() -> robot.lookup("#planCounts-" + id).tryQuery().isPresent()
                && robot.lookup("#planCounts-" + id)
                        .queryLabeled()
                        .getText()
                        .matches("2022年：((达成|未达成|有风险|待填报) \\d+( · )?)+"));
        // the 一览 tab's small multiples follow it too: every tile judged in 2022, the year in the title
        robot.clickOn("一览");
        robot.interact(
                () -> robot.lookup("#dashboardGroup").queryAs(ChoiceBox.class).setValue("全部指标"));
        waitUntil(() -> robot.lookup("#dashboardCanvas")
                                .queryAs(ChartCanvas.class)
                                .chartProperty()
                                .get()
                        != null
                && robot.lookup("#dashboardCanvas")
                        .queryAs(ChartCanvas.class)
                        .chartProperty()
                        .get()
                        .title()
                        .equals("钱塘优学：2022年指标一览"));
        robot.clickOn("指标");
        // another plan and back: 2022 is still the year in focus of 钱塘优学
        robot.interact(() -> list.getSelectionModel().select(0));
        waitUntil(() -> !visibleYears(grid).contains("2022年"));
        robot.interact(qiantang);
        waitUntil(() -> visibleYears(grid).equals(List.of("2022年")));
    }

    @Test
    void withEveryYearShownTheNameColumnsStayInViewWhileTheYearsScrollRight(FxRobot robot) throws Exception {
        ListView<PlanSummary> list = planList(robot);
        selectPlan(robot, list, "钱塘优学");
        waitUntil(() -> robot.lookup("#indicatorGrid").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        TreeTableView<IndicatorRow> grid = robot.lookup("#indicatorGrid").queryAs(TreeTableView.class);
        robot.interact(() -> stage.setWidth(1000));
        showAllYears(robot);
        waitUntil(() -> visibleYears(grid).equals(List.of("2022年", "2023年", "2024年")));
        focusCell(robot, grid, "3", 0, 4, 0);
        String name = onFxThread(() -> rowOf(grid, "3").name());
        waitUntil(() -> cellX(robot, name) != null);
        double nameBefore = onFxThread(() -> cellX(robot, name));
        double headerBefore = onFxThread(() -> headerX(robot, "指标"));
        double yearBefore = onFxThread(() -> headerX(robot, "2022年"));
        // → to the last year's status column, as a user reads along a row
        for (int i = 0; i < 9; i++) {
            robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        }
        waitUntil(() -> grid.getFocusModel().getFocusedCell().getTableColumn().getParentColumn() != null
                && grid.getFocusModel()
                        .getFocusedCell()
                        .getTableColumn()
                        .getParentColumn()
                        .getText()
                        .equals("2024年"));
        // the years moved left under the names; the names and their header stayed where they were
        waitUntil(() -> headerX(robot, "2022年") < yearBefore - 50);
        waitUntil(() -> Math.abs(cellX(robot, name) - nameBefore) < 1);
        assertThat(onFxThread(() -> headerX(robot, "指标"))).isCloseTo(headerBefore, offset(1.0));
        // ← back to 2022's target: it comes out from under the frozen names instead of staying hidden behind them
        for (int i = 0; i < 9; i++) {
            robot.press(KeyCode.LEFT).release(KeyCode.LEFT);
        }
        waitUntil(() -> headerX(robot, "2022年")
                >= headerX(robot, "单位")
                        + onFxThread(() -> grid.getColumns().get(3).getWidth())
                        - 1);
    }

    /** Where a visible grid cell with this text starts on the screen (translations included), or null. */
    private static Double cellX(FxRobot robot, String text) {
        return robot.lookup((Node n) -> n instanceof TreeTableCell<?, ?> c && c.isVisible() && text.equals(c.getText()))
                .tryQuery()
                .map(n -> n.localToScreen(n.getBoundsInLocal()).getMinX())
                .orElse(null);
    }

    private static double headerX(FxRobot robot, String title) {
        Node header = robot.lookup((Node n) -> n instanceof TableColumnHeader h
                        && h.getTableColumn() != null
                        && title.equals(h.getTableColumn().getText()))
                .query();
        return header.localToScreen(header.getBoundsInLocal()).getMinX();
    }

    private static List<String> visibleYears(TreeTableView<IndicatorRow> grid) {
        return grid.getColumns().stream()
                .filter(c -> c.isVisible() && !c.getColumns().isEmpty())
                .map(c -> c.getText())
                .toList();
    }

    @Test
    void f1ListsEveryKeyReadFromTheMenusThemselves(FxRobot robot) throws Exception {
        planList(robot);
        robot.press(KeyCode.F1).release(KeyCode.F1);
        waitUntil(() -> robot.lookup("#shortcutsTable").tryQuery().isPresent());
        List<String> texts = robot.lookup("#shortcutsTable").lookup(".label").queryAllAs(Labeled.class).stream()
                .map(Labeled::getText)
                .toList();
        assertThat(texts).contains("文件 → 导入表格…", "编辑 → 重做（与 Ctrl+Y 相同）", "表格：向下填充", "Ctrl+D", "F5");
        // it opens at its full size, not collapsed to its buttons
        assertThat(robot.lookup(".dialog-pane").queryAs(DialogPane.class).getHeight())
                .isGreaterThan(240);
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }

    @Test
    void ctrlPlusAndMinusZoomTheGridAndTheChartAndCtrlZeroResetsIt(FxRobot robot) throws Exception {
        planList(robot);
        waitUntil(() -> robot.lookup("#indicatorGrid").tryQuery().isPresent()
                && robot.lookup(".tree-table-cell").tryQuery().isPresent());
        robot.clickOn("#planList");
        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#zoomLabel").queryLabeled().getText().equals("缩放 125%"));
        // the grid's text is drawn 1.25 times the stylesheet's 13 px, and the chart beside it is enlarged as much
        waitUntil(() -> robot.lookup((Node n) -> n instanceof TreeTableCell<?, ?> c
                        && c.getText() != null
                        && !c.getText().isEmpty()
                        && Math.abs(c.getFont().getSize() - 16.3) < 0.01)
                .tryQuery()
                .isPresent());
        assertThat(robot.lookup("#chartCanvas")
                        .queryAs(ChartCanvas.class)
                        .zoomProperty()
                        .get())
                .isEqualTo(1.25);
        assertThat(settings.getDouble("zoom")).hasValue(1.25);
        // the columns widen with their text; the width remembered is the unzoomed one
        @SuppressWarnings("unchecked")
        TreeTableView<IndicatorRow> grid = robot.lookup("#indicatorGrid").queryAs(TreeTableView.class);
        assertThat(grid.getColumns().get(1).getPrefWidth()).isEqualTo(244 * 1.25);
        assertThat(settings.getDouble("grid.width.indicator").orElse(244)).isEqualTo(244);
        robot.press(KeyCode.CONTROL, KeyCode.MINUS).release(KeyCode.MINUS, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#zoomLabel").queryLabeled().getText().equals("缩放 110%"));
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#zoomLabel").queryLabeled().getText().isEmpty());
        assertThat(robot.lookup("#chartCanvas")
                        .queryAs(ChartCanvas.class)
                        .zoomProperty()
                        .get())
                .isEqualTo(1.0);
        // the menu names the keys
        robot.clickOn("视图(V)");
        waitUntil(() -> robot.lookup("放大(I)").tryQuery().isPresent());
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }
}
