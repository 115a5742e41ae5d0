package org.plandesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.ListView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.plandesk.plan.Status;
import org.plandesk.plan.Task;
import org.plandesk.plan.service.PlanSummary;
import org.plandesk.plan.ui.IndicatorRow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Changing a plan's structure in the window: parts, indicators, tasks. */
class WorkbenchStructureTest extends WindowTestBase {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    @SuppressWarnings("unchecked")
    private TreeTableView<IndicatorRow> openQiantang(FxRobot robot) throws Exception {
        ListView<PlanSummary> list = planList(robot);
        selectPlan(robot, list, "钱塘优学");
        waitUntil(() -> robot.lookup("#indicatorGrid").tryQuery().isPresent());
        TreeTableView<IndicatorRow> grid = robot.lookup("#indicatorGrid").queryAs(TreeTableView.class);
        waitUntil(() -> grid.getRoot() != null && grid.getRoot().getChildren().size() == 7);
        return grid;
    }

    private static int rowIndex(TreeTableView<IndicatorRow> grid, String code, String part) {
        String[] current = {""};
        for (int r = 0; r < grid.getExpandedItemCount(); r++) {
            IndicatorRow row = grid.getTreeItem(r).getValue();
            if (row == null || row.group()) {
                continue;
            }
            if (!row.code().isEmpty()) {
                current[0] = row.code();
            }
            if (current[0].equals(code) && (part == null || row.part().equals(part))) {
                return r;
            }
        }
        return -1;
    }

    private static void openContextMenuOn(FxRobot robot, TreeTableView<IndicatorRow> grid, int index) {
        robot.interact(() -> {
            grid.requestFocus();
            grid.scrollTo(index);
            grid.getSelectionModel().clearAndSelect(index);
            grid.getContextMenu().show(grid, 300, 300);
        });
    }

    @Test
    void addAPartToAnIndicatorAndEnterItsValues(FxRobot robot) throws Exception {
        TreeTableView<IndicatorRow> grid = openQiantang(robot);
        showAllYears(robot);
        // 序号3 has one part; add a second with the indicator editor
        openContextMenuOn(robot, grid, rowIndex(grid, "3", null));
        robot.clickOn("#editIndicatorItem");
        waitUntil(() -> robot.lookup("#addPart").tryQuery().isPresent());
        robot.clickOn("#addPart");
        robot.clickOn("确定");
        waitUntil(() -> rowIndex(grid, "3", "分项2") >= 0);
        int index = rowIndex(grid, "3", "分项2");
        // the year columns start at 4: 2022 target | actual | status
        robot.interact(() -> {
            var column = grid.getColumns().get(4).getColumns().get(0);
            grid.requestFocus();
            grid.getSelectionModel().clearAndSelect(index, column);
            grid.getFocusModel().focus(index, column);
        });
        robot.write("≥90").type(KeyCode.ENTER);
        waitUntil(() -> grid.getTreeItem(rowIndex(grid, "3", "分项2"))
                .getValue()
                .cell(2022)
                .target()
                .equals("≥90"));
        robot.interact(() -> {
            int i = rowIndex(grid, "3", "分项2");
            var column = grid.getColumns().get(4).getColumns().get(1);
            grid.requestFocus();
            grid.getSelectionModel().clearAndSelect(i, column);
            grid.getFocusModel().focus(i, column);
        });
        robot.write("93").type(KeyCode.ENTER);
        waitUntil(() -> grid.getTreeItem(rowIndex(grid, "3", "分项2"))
                        .getValue()
                        .cell(2022)
                        .status()
                == Status.MET);
    }

    @Test
    void addAnIndicatorFromTheGridAndATaskFromTheTreeAndUndoThem(FxRobot robot) throws Exception {
        TreeTableView<IndicatorRow> grid = openQiantang(robot);
        int before = grid.getExpandedItemCount();
        openContextMenuOn(robot, grid, rowIndex(grid, "17", null));
        robot.clickOn("#structure_menu_addIndicator");
        waitUntil(() -> robot.lookup("#newIndicatorName").tryQuery().isPresent());
        robot.clickOn("#newIndicatorCode").write("17a");
        robot.clickOn("#newIndicatorName").write("示例新增指标");
        robot.clickOn("确定");
        waitUntil(() -> rowIndex(grid, "17a", null) >= 0);
        assertThat(grid.getExpandedItemCount()).isEqualTo(before + 1);
        assertThat(window.undoStack().nextUndo().orElseThrow().description()).contains("示例新增指标");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> rowIndex(grid, "17a", null) < 0);

        // the task tree: a new section at the top level from the keyboard (Ctrl+Shift+T), then Delete asks and removes
        // it
        robot.clickOn("任务结构");
        @SuppressWarnings("unchecked")
        TreeTableView<Task> tree = robot.lookup("#taskTree").queryAs(TreeTableView.class);
        int sections = tree.getRoot().getChildren().size();
        robot.interact(() -> {
            tree.requestFocus();
            tree.getSelectionModel().select(tree.getRoot().getChildren().get(sections - 1));
        });
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T).release(KeyCode.T, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#taskTitle").tryQuery().isPresent());
        robot.clickOn("#taskTitle").write("新增的部分");
        robot.clickOn("#taskLead").write("区教育局");
        robot.clickOn("确定");
        waitUntil(() -> tree.getRoot().getChildren().size() == sections + 1);
        TreeItem<Task> last = tree.getRoot().getChildren().get(sections);
        assertThat(last.getValue().title()).isEqualTo("新增的部分");
        assertThat(last.getValue().lead()).isEqualTo("区教育局");
    }

    @SuppressWarnings("unchecked")
    private static TreeItem<Task> findTask(TreeItem<Task> item, String code, String title) {
        for (TreeItem<Task> c : item.getChildren()) {
            if (c.getValue().code().equals(code)
                    && (title == null || c.getValue().title().contains(title))) {
                return c;
            }
            TreeItem<Task> found = findTask(c, code, title);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static List<String> childCodes(TreeItem<Task> item) {
        return item.getChildren().stream().map(c -> c.getValue().code()).toList();
    }

    @Test
    void aTaskAddedAfterTheLastChildStaysWithItsSiblings(FxRobot robot) throws Exception {
        openQiantang(robot);
        robot.clickOn("任务结构");
        @SuppressWarnings("unchecked")
        TreeTableView<Task> tree = robot.lookup("#taskTree").queryAs(TreeTableView.class);
        waitUntil(() -> findTask(tree.getRoot(), "20.", "教育应用场景") != null);
        int topLevel = tree.getRoot().getChildren().size();
        TreeItem<Task> twenty = findTask(tree.getRoot(), "20.", "教育应用场景");
        String sixth = twenty.getParent().getValue().code();
        assertThat(childCodes(twenty.getParent())).containsExactly("18.", "19.", "20.");

        // after 20. (the last child of （六）): Ctrl+Shift+T, a title, OK
        robot.interact(() -> {
            tree.requestFocus();
            tree.getSelectionModel().select(twenty);
        });
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T).release(KeyCode.T, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#taskTitle").tryQuery().isPresent());
        robot.clickOn("#taskCode").write("21.");
        robot.clickOn("#taskTitle").write("新增工程甲");
        robot.clickOn("确定");
        waitUntil(() -> findTask(tree.getRoot(), "21.", "新增工程甲") != null);
        TreeItem<Task> added = findTask(tree.getRoot(), "21.", "新增工程甲");
        assertThat(added.getParent().getValue().code()).isEqualTo(sixth);
        assertThat(childCodes(added.getParent())).containsExactly("18.", "19.", "20.", "21.");
        assertThat(tree.getRoot().getChildren()).hasSize(topLevel);

        // after 3. (the last child of （一）): 1. 新校标准领先工程 stays in （一）
        TreeItem<Task> three = findTask(tree.getRoot(), "3.", null);
        String first = three.getParent().getValue().code();
        robot.interact(() -> {
            tree.requestFocus();
            tree.getSelectionModel().select(three);
        });
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T).release(KeyCode.T, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#taskTitle").tryQuery().isPresent());
        robot.clickOn("#taskTitle").write("新增工程乙");
        robot.clickOn("确定");
        waitUntil(() -> findTask(tree.getRoot(), "", "新增工程乙") != null);
        TreeItem<Task> one = findTask(tree.getRoot(), "1.", "新校标准领先工程");
        assertThat(one.getParent().getValue().code()).isEqualTo(first);
        assertThat(findTask(tree.getRoot(), "", "新增工程乙").getParent()).isSameAs(one.getParent());
        assertThat(tree.getRoot().getChildren()).hasSize(topLevel);
    }
}
