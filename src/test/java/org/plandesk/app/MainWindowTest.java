package org.plandesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.plandesk.chart.StatusSummaryChart;
import org.plandesk.chart.TrajectoryChart;
import org.plandesk.chart.ui.ChartCanvas;
import org.plandesk.plan.Status;
import org.plandesk.plan.Task;
import org.plandesk.plan.service.PlanSummary;
import org.plandesk.plan.ui.IndicatorRow;
import org.plandesk.shared.Change;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main window on the sample workspace, driven as a user would. */
class MainWindowTest extends WindowTestBase {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    @SuppressWarnings("unchecked")
    private static TreeTableView<IndicatorRow> grid(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#indicatorGrid").tryQuery().isPresent());
        return robot.lookup("#indicatorGrid").queryAs(TreeTableView.class);
    }

    @Test
    void opensOnTheSampleWorkspaceAndShowsAPlansIndicators(FxRobot robot) throws Exception {
        planList(robot);
        assertThat(stage.getTitle()).startsWith("PlanDesk 规划台 — sample-");
        assertThat(stage.getIcons()).hasSize(6);

        waitUntil(() -> robot.lookup("钱塘优学").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents(5);
        waitUntil(() ->
                robot.lookup("钱塘优学").tryQuery().map(n -> n.getScene() != null).orElse(false));
        robot.clickOn("钱塘优学");
        Label title = robot.lookup("#planTitle").queryAs(Label.class);
        waitUntil(() -> title.getText().contains("钱塘优学"));
        TreeTableView<IndicatorRow> grid = grid(robot);
        waitUntil(() -> grid.getRoot() != null && grid.getRoot().getChildren().size() == 7);
        TreeItem<IndicatorRow> firstGroup = grid.getRoot().getChildren().get(0);
        assertThat(firstGroup.getValue().name()).isEqualTo("好学生 全面成长");
        IndicatorRow qualityHigh = firstGroup.getChildren().get(1).getValue();
        assertThat(qualityHigh.name()).isEqualTo("高中、初中、小学毕业生学业水平优良率");
        assertThat(qualityHigh.part()).isEqualTo("高中");
        assertThat(qualityHigh.cell(2023).target()).isEqualTo("79.5");
        assertThat(firstGroup.getChildren().get(2).getValue().cell(2023).target())
                .isEqualTo("45");
        // The year in focus (2024, the period's last) beside the names; with 全部年份, 2022–2024, each with 目标 | 实际 | 状态.
        assertThat(grid.getColumns()).extracting(c -> c.getText()).containsExactly("序号", "指标", "分项", "单位", "2024年");
        showAllYears(robot);
        waitUntil(() -> grid.getColumns().size() == 7);
        assertThat(grid.getColumns())
                .extracting(c -> c.getText())
                .containsExactly("序号", "指标", "分项", "单位", "2022年", "2023年", "2024年");
        assertThat(grid.getColumns().get(4).getColumns())
                .extracting(c -> c.getText())
                .containsExactly("目标", "实际", "状态");
        // Pending shows with its symbol, not colour alone.
        assertThat(robot.lookup(".pd-status-pending").queryAll()).isNotEmpty();
        assertThat(robot.lookup("… 待填报").tryQuery()).isPresent();

        robot.clickOn("任务结构");
        @SuppressWarnings("unchecked")
        TreeTableView<Task> tasks = robot.lookup("#taskTree").queryAs(TreeTableView.class);
        assertThat(tasks.getRoot().getChildren()).hasSize(2);
        assertThat(tasks.getRoot().getChildren().get(0).getChildren()).hasSize(6);
    }

    @Test
    void theChartBesideTheGridFollowsTheSelectionAndAnEditAndPresentsWithF5(FxRobot robot) throws Exception {
        ListView<PlanSummary> list = planList(robot);
        selectPlan(robot, list, "钱塘优学");
        TreeTableView<IndicatorRow> grid = grid(robot);
        waitUntil(() -> grid.getRoot() != null && grid.getRoot().getChildren().size() == 7);
        TreeItem<IndicatorRow> row17 = grid.getRoot().getChildren().get(2).getChildren().stream()
                .filter(i -> i.getValue().code().equals("17"))
                .findFirst()
                .orElseThrow();
        robot.interact(() -> {
            grid.scrollTo(grid.getRow(row17));
            grid.getSelectionModel().select(row17);
        });
        var canvas = robot.lookup("#chartCanvas").queryAs(ChartCanvas.class);
        waitUntil(() -> canvas.chartProperty().get() != null
                && canvas.chartProperty().get().title().equals("初中/小学校际优质均衡差异系数"));

        // An actual entered elsewhere shows in the chart as soon as the plan reloads.
        var ctx = window.context();
        var data = ctx.plans().load(ctx.plans().find("钱塘优学").orElseThrow().id());
        var ind = data.indicators().stream()
                .filter(i -> i.code().equals("17"))
                .findFirst()
                .orElseThrow();
        ctx.plans().setActual(data.parts(ind).get(0).id(), 2022, 0.46, null, "0.46", "test", "");
        robot.interact(() -> window.planBrowser().refresh(-1));
        waitUntil(() -> canvas.chartProperty().get() instanceof TrajectoryChart t
                && !t.spec().parts().get(0).actuals().isEmpty());

        robot.clickOn("#copyChart");
        waitUntil(() -> WaitForAsyncUtils.asyncFx(
                        () -> Clipboard.getSystemClipboard().hasImage())
                .get());
        var image = WaitForAsyncUtils.asyncFx(
                        () -> Clipboard.getSystemClipboard().getImage())
                .get();
        assertThat(image.getWidth()).isEqualTo(1920);

        robot.press(KeyCode.F5).release(KeyCode.F5);
        waitUntil(() -> robot.lookup("#presentationCanvas").tryQuery().isPresent());
        var shown = robot.lookup("#presentationCanvas").queryAs(ChartCanvas.class);
        assertThat(shown.chartProperty().get()).isInstanceOf(StatusSummaryChart.class);
        robot.press(KeyCode.PAGE_DOWN).release(KeyCode.PAGE_DOWN);
        waitUntil(() -> shown.chartProperty().get().title().equals("新培养“钱塘好少年”人数"));
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#presentationCanvas").tryQuery().isEmpty());
    }

    @Test
    void pastingATableFromExcelPreviewsItAndImportsTheRowsWithoutProblems(FxRobot robot) throws Exception {
        ListView<PlanSummary> list = planList(robot);
        String pasted = "序号\t一级指标\t二级指标\t2024年目标\t2023年实际\n" + "1\t好学生\t体质健康达标率(%)\t≥95\t93.5\n2\t\t近视率(%)\t约50\t52\n";
        robot.interact(() -> {
            var content = new ClipboardContent();
            content.putString(pasted);
            Clipboard.getSystemClipboard().setContent(content);
        });
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.V).release(KeyCode.V, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#importProblems").tryQuery().isPresent());
        ListView<String> problems = robot.lookup("#importProblems").queryAs(ListView.class);
        assertThat(problems.getItems()).containsExactly("第3行 “2024年目标”：无法识别“约50”，请写成 ≥50 或 50");
        var title = robot.lookup("#importTitle").queryAs(TextField.class);
        robot.interact(() -> title.setText("粘贴的规划"));
        robot.clickOn("仅导入无问题的行");
        waitUntil(() -> list.getItems().stream().anyMatch(p -> p.plan().title().equals("粘贴的规划")));
        var pastedPlan = list.getItems().stream()
                .filter(p -> p.plan().title().equals("粘贴的规划"))
                .findFirst()
                .orElseThrow();
        assertThat(pastedPlan.indicatorCount()).isEqualTo(1);

        // The import is one undo step, named in the Edit menu.
        assertThat(window.undoStack().nextUndo().orElseThrow().description()).contains("粘贴的规划");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> list.getItems().stream().noneMatch(p -> p.plan().title().equals("粘贴的规划")));
        assertThat(list.getItems()).hasSize(5);
    }

    @Test
    void typingTargetsAndActualsShowsTheStatusAndAPasteIsUndoneInOneStep(FxRobot robot) throws Exception {
        ListView<PlanSummary> list = planList(robot);
        selectPlan(robot, list, "钱塘优学");
        TreeTableView<IndicatorRow> grid = grid(robot);
        waitUntil(() -> grid.getRoot() != null && grid.getRoot().getChildren().size() == 7);
        showAllYears(robot);
        Function<String, IndicatorRow> rowOf = code -> rowOf(grid, code);
        // 序号3, 2022: target ≥95 typed as >=95, actual 96 → 达成.
        focusCell(robot, grid, "3", 0, 4, 0);
        robot.write(">=95").type(KeyCode.ENTER);
        waitUntil(() -> rowOf.apply("3").cell(2022).target().equals(">=95"));
        focusCell(robot, grid, "3", 0, 4, 1);
        robot.write("96").type(KeyCode.ENTER);
        waitUntil(() -> rowOf.apply("3").cell(2022).status() == Status.MET);
        assertThat(robot.lookup("✔ 达成").tryQuery()).isPresent();

        // 序号17 初中, 2022: 0.46 against ≤0.45 → 未达成.
        focusCell(robot, grid, "17", 0, 4, 1);
        robot.write("0.46").type(KeyCode.ENTER);
        waitUntil(() -> rowOf.apply("17").cell(2022).status() == Status.MISSED);

        // Paste a 3×4 block (序号4–6, 2022 and 2023 target | actual), then undo it in one step.
        String before = rowOf.apply("5").cell(2023).target();
        robot.interact(() -> {
            var content = new ClipboardContent();
            content.putString("91\t90\t96\t97\n45\t48\t55\t50\n7\t8\t8\t9\n");
            Clipboard.getSystemClipboard().setContent(content);
        });
        focusCell(robot, grid, "4", 0, 4, 0);
        robot.press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
        waitUntil(() -> rowOf.apply("5").cell(2023).target().equals("55")
                && rowOf.apply("6").cell(2023).actual().equals("9"));
        assertThat(window.undoStack().nextUndo().orElseThrow().description()).isEqualTo("粘贴 12 个单元格");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> rowOf.apply("5").cell(2023).target().equals(before)
                && rowOf.apply("6").cell(2023).actual().isEmpty());
        assertThat(rowOf.apply("17").cell(2022).actual()).isEqualTo("0.46");

        // The history of a cell lists its changes and puts an old value back in one click.
        focusCell(robot, grid, "17", 0, 4, 1);
        robot.write("0.45").type(KeyCode.ENTER);
        waitUntil(() -> rowOf.apply("17").cell(2022).status() == Status.MET);
        focusCell(robot, grid, "17", 0, 4, 1);
        @SuppressWarnings("unchecked")
        ListView<Change> history = robot.lookup("#historyList").queryAs(ListView.class);
        waitUntil(() -> history.getItems().size() == 2);
        assertThat(history.getItems().get(0).oldValue()).isEqualTo("0.46");
        assertThat(history.getItems().get(0).newValue()).isEqualTo("0.45");
        robot.interact(() -> history.getSelectionModel().select(0));
        robot.clickOn("#historyRestore");
        waitUntil(() -> rowOf.apply("17").cell(2022).actual().equals("0.46"));
    }

    @Test
    void deletingAPlanAsksAndIsUndone(FxRobot robot) throws Exception {
        ListView<PlanSummary> list = planList(robot);
        selectPlan(robot, list, "衢州教育现代化先行区");
        waitUntil(() -> window.currentPlan() != null
                && window.currentPlan().plan().title().startsWith("衢州"));
        robot.clickOn("规划(P)");
        robot.clickOn("删除规划(D)…");
        waitUntil(() -> robot.lookup("确定").tryQuery().isPresent());
        robot.clickOn("确定");
        waitUntil(() -> list.getItems().size() == 4);
        assertThat(window.undoStack().nextUndo().orElseThrow().description()).isEqualTo("删除规划“衢州教育现代化先行区”");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> list.getItems().size() == 5);
        assertThat(list.getItems()).anySatisfy(p -> {
            assertThat(p.plan().docNumber()).isEqualTo("衢政办发〔2024〕32号");
            assertThat(p.indicatorCount()).isEqualTo(29);
        });
    }

    @Test
    void theLanguageSwitchCoversTheWindowAndIsRemembered(FxRobot robot) throws Exception {
        planList(robot);
        TreeTableView<IndicatorRow> before = grid(robot);
        waitUntil(() -> before.getColumns().size() > 4);
        robot.interact(() -> before.getColumns().get(1).setPrefWidth(420));
        waitUntil(() -> settings.getDouble("grid.width.indicator").orElse(0) == 420);
        robot.clickOn("视图(V)");
        robot.clickOn("语言(L)");
        robot.clickOn("English");
        waitUntil(() -> robot.lookup("#planTabs").tryQuery().isPresent()
                && robot.lookup("#planTabs")
                        .queryAs(TabPane.class)
                        .getTabs()
                        .get(0)
                        .getText()
                        .equals("Indicators"));
        assertThat(settings.language()).isEqualTo("en");
        assertThat(robot.lookup("View").tryQuery()).isPresent();
        TreeTableView<IndicatorRow> grid = grid(robot);
        waitUntil(() -> !grid.getColumns().isEmpty());
        assertThat(grid.getColumns().get(1).getText()).isEqualTo("Indicator");
        assertThat(grid.getColumns().get(1).getPrefWidth()).isEqualTo(420);
        robot.interact(() -> window.switchLanguage("zh"));
        waitUntil(() -> robot.lookup("#planTabs")
                .queryAs(TabPane.class)
                .getTabs()
                .get(0)
                .getText()
                .equals("指标"));
        assertThat(settings.language()).isEqualTo("zh");
    }
}
