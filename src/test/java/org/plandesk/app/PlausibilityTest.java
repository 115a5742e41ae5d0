package org.plandesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.plandesk.plan.service.PlanSummary;
import org.plandesk.plan.ui.IndicatorRow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** An actual outside the indicator's plausible range asks before it is saved; 编辑指标 sets the range. */
class PlausibilityTest extends WindowTestBase {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    @SuppressWarnings("unchecked")
    void eightInACoefficientCellAsksFirstAndARangeGivenInTheIndicatorEditorIsUsed(FxRobot robot) throws Exception {
        ListView<PlanSummary> list = planList(robot);
        selectPlan(robot, list, "钱塘优学");
        waitUntil(() -> robot.lookup("#indicatorGrid").tryQuery().isPresent());
        TreeTableView<IndicatorRow> grid = robot.lookup("#indicatorGrid").queryAs(TreeTableView.class);
        waitUntil(() -> grid.getRoot() != null && grid.getRoot().getChildren().size() == 7);
        showAllYears(robot);
        Function<String, IndicatorRow> rowOf = code -> rowOf(grid, code);
        // 序号17 初中/小学校际优质均衡差异系数 (no unit): a coefficient, 0–1
        focusCell(robot, grid, "17", 0, 4, 1);
        robot.write("8").type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        assertThat(robot.lookup(".dialog-pane").queryAs(DialogPane.class).getContentText())
                .contains("8")
                .contains("合理范围（0–1）");
        // titled in the app's language, not the OS's "Confirmation"
        assertThat(((Stage) robot.lookup(".dialog-pane")
                                .queryAs(DialogPane.class)
                                .getScene()
                                .getWindow())
                        .getTitle())
                .isEqualTo("PlanDesk 规划台");
        robot.clickOn("取消");
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isEmpty());
        // not saved: the entry stays in the cell to be corrected
        assertThat(rowOf.apply("17").cell(2022).actual()).isEmpty();
        assertThat(window.undoStack().nextUndo()).isEmpty();
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);

        // 编辑指标: the range field says what the unit implies; 0–10 given
        robot.rightClickOn(robot.lookup(
                        (Node n) -> n instanceof TreeTableCell<?, ?> c && "初中/小学校际优质均衡差异系数".equals(c.getText()))
                .queryAs(Node.class));
        waitUntil(() -> robot.lookup("#editIndicatorItem").tryQuery().isPresent());
        robot.clickOn("#editIndicatorItem");
        waitUntil(() -> robot.lookup("#rangeMax").tryQuery().isPresent());
        assertThat(robot.lookup("#rangeHint").queryLabeled().getText()).contains("0–1");
        robot.clickOn("#rangeMin").write("0");
        robot.clickOn("#rangeMax").write("10");
        robot.clickOn("确定");
        waitUntil(() -> rowOf.apply("17") != null
                && rowOf.apply("17").range().max() != null
                && rowOf.apply("17").range().max() == 10.0);

        focusCell(robot, grid, "17", 0, 4, 1);
        robot.write("8").type(KeyCode.ENTER);
        waitUntil(() -> rowOf.apply("17").cell(2022).actual().equals("8"));
        assertThat(robot.lookup(".dialog-pane").tryQuery()).isEmpty();
    }
}
