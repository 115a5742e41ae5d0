package org.plandesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.event.Event;
import javafx.event.EventType;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.plandesk.io.TableFiles;
import org.plandesk.plan.service.PlanSummary;
import org.plandesk.plan.ui.IndicatorRow;
import org.plandesk.plan.ui.YearColumn;
import org.plandesk.school.Figure;
import org.plandesk.school.io.ExampleSchools;
import org.plandesk.school.io.SchoolTableParser;
import org.plandesk.school.service.SchoolService.RegistryRow;
import org.plandesk.school.ui.SchoolsWindow;
import org.plandesk.shared.ui.grid.Spreadsheet;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The one grid kit, driven with the keys in the plan grid and in the school grid. */
class GridKitTest extends WindowTestBase {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    private static int[] focus(TreeTableView<IndicatorRow> grid) {
        var f = grid.getFocusModel().getFocusedCell();
        return new int[] {f.getRow(), grid.getVisibleLeafIndex(f.getTableColumn())};
    }

    @SuppressWarnings("unchecked")
    @Test
    void thePlanGridMovesWithArrowsTabAndEnterAndKeepsARefusedEntryInTheCell(FxRobot robot) throws Exception {
        ListView<PlanSummary> list = planList(robot);
        selectPlan(robot, list, "钱塘优学");
        waitUntil(() -> robot.lookup("#indicatorGrid").tryQuery().isPresent());
        TreeTableView<IndicatorRow> grid = robot.lookup("#indicatorGrid").queryAs(TreeTableView.class);
        waitUntil(() -> grid.getRoot() != null && grid.getRoot().getChildren().size() == 7);
        showAllYears(robot);
        int first = -1;
        for (int r = 0; r < grid.getExpandedItemCount() && first < 0; r++) {
            IndicatorRow row = grid.getTreeItem(r).getValue();
            if (row != null && row.code().equals("3")) {
                first = r;
            }
        }
        int row3 = first;
        var target2022 = grid.getColumns().get(4).getColumns().get(0);
        robot.interact(() -> {
            grid.requestFocus();
            grid.scrollTo(row3);
            grid.getSelectionModel().clearAndSelect(row3, target2022);
            grid.getFocusModel().focus(row3, target2022);
        });
        int col = grid.getVisibleLeafIndex(target2022);
        int rows = grid.getExpandedItemCount();

        // → moves one cell right (the tree table would fold the row); ← back; Tab right; Shift+Tab left
        robot.type(KeyCode.RIGHT);
        assertThat(focus(grid)).containsExactly(row3, col + 1);
        robot.type(KeyCode.LEFT);
        assertThat(focus(grid)).containsExactly(row3, col);
        assertThat(grid.getExpandedItemCount()).isEqualTo(rows);
        robot.type(KeyCode.TAB);
        assertThat(focus(grid)).containsExactly(row3, col + 1);
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        assertThat(focus(grid)).containsExactly(row3, col);
        // Shift+↓ extends the selection over two rows; Enter moves down, Shift+Enter up
        robot.press(KeyCode.SHIFT).type(KeyCode.DOWN).release(KeyCode.SHIFT);
        assertThat(grid.getSelectionModel().getSelectedCells()).hasSize(2);
        robot.type(KeyCode.UP);
        assertThat(focus(grid)).containsExactly(row3, col);

        // a refused entry stays in the cell, marked, with the reason; Esc leaves the old value
        String old = grid.getTreeItem(row3).getValue().cell(2022).target();
        robot.write("约95").type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup(
                        n -> n instanceof TextField t && t.getStyleClass().contains(Spreadsheet.REFUSED))
                .tryQuery()
                .isPresent());
        TextField refused = robot.lookup(
                        n -> n instanceof TextField t && t.getStyleClass().contains(Spreadsheet.REFUSED))
                .queryAs(TextField.class);
        assertThat(refused.getText()).isEqualTo("约95");
        assertThat(refused.getTooltip().getText()).contains("约95");
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> grid.getEditingCell() == null);
        assertThat(grid.getTreeItem(row3).getValue().cell(2022).target()).isEqualTo(old);

        // a good entry saves and the focus goes down
        robot.write("≥97").type(KeyCode.ENTER);
        waitUntil(() -> grid.getTreeItem(row3).getValue() != null
                && "≥97".equals(grid.getTreeItem(row3).getValue().cell(2022).target()));
        assertThat(grid.getVisibleLeafColumn(focus(grid)[1]).getUserData()).isEqualTo(new YearColumn(2022, true));
    }

    @SuppressWarnings("unchecked")
    @Test
    void theSchoolGridTakesTheSameKeys(FxRobot robot) throws Exception {
        waitUntil(() ->
                window.context() != null && robot.lookup("#planList").tryQuery().isPresent());
        window.context()
                .schoolImports()
                .apply(new SchoolTableParser().parse(TableFiles.read(ExampleSchools.bytes(), "e.csv", null)));
        SchoolsWindow[] schools = new SchoolsWindow[1];
        robot.interact(() -> schools[0] = window.openSchools());
        TableView<RegistryRow> table = robot.lookup("#registryTable").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 20);
        var students = table.getColumns().stream()
                .filter(c -> c.getUserData() == Figure.STUDENTS)
                .findFirst()
                .orElseThrow();
        robot.interact(() -> {
            schools[0].stage().requestFocus();
            table.requestFocus();
            table.getSelectionModel().clearAndSelect(0, students);
            table.getFocusModel().focus(0, students);
        });
        robot.targetWindow(schools[0].stage());
        int col = table.getVisibleLeafIndex(students);
        robot.type(KeyCode.RIGHT);
        assertThat(table.getVisibleLeafIndex(
                        table.getFocusModel().getFocusedCell().getTableColumn()))
                .isEqualTo(col + 1);
        robot.type(KeyCode.LEFT);
        // typing on the cell edits it; Enter saves and moves down
        robot.write("1234").type(KeyCode.ENTER);
        waitUntil(() -> table.getItems().get(0).figures().get(Figure.STUDENTS) == 1234);
        waitUntil(() -> table.getFocusModel().getFocusedCell().getRow() == 1);
        // a refused figure stays in the cell
        robot.write("abc").type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup(
                        n -> n instanceof TextField t && t.getStyleClass().contains(Spreadsheet.REFUSED))
                .tryQuery()
                .isPresent());
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> table.getEditingCell() == null);
        // Ctrl+C copies the selection as tab-separated text
        robot.interact(() -> {
            table.getSelectionModel().clearAndSelect(0, students);
            table.getFocusModel().focus(0, students);
        });
        robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
        robot.press(KeyCode.CONTROL).type(KeyCode.C).release(KeyCode.CONTROL);
        String[] copied = new String[1];
        robot.interact(() -> copied[0] = Clipboard.getSystemClipboard().getString());
        assertThat(copied[0]).startsWith("1234\t").endsWith("\n");
    }

    /**
     * Under X, keys typed at 10 ms each reach JavaFX back to back, ahead of work the grid left for later: Enter and the
     * next value's first digit are handled in one go here, as they were on screen (where every other value went into
     * the same cell: history "96 → 97.25 → 98" on one row). Each value must go into its own row.
     */
    @SuppressWarnings("unchecked")
    @Test
    void valuesTypedBackToBackEachGoIntoTheirOwnRow(FxRobot robot) throws Exception {
        ListView<PlanSummary> list = planList(robot);
        selectPlan(robot, list, "钱塘优学");
        waitUntil(() -> robot.lookup("#indicatorGrid").tryQuery().isPresent());
        TreeTableView<IndicatorRow> grid = robot.lookup("#indicatorGrid").queryAs(TreeTableView.class);
        waitUntil(() -> rowOf(grid, "6") != null);
        // a low window: the rows below come into view (and get their cells) only while the values are typed
        robot.interact(() -> stage.setHeight(360));
        // 2024 (the year in focus), 实际 of 序号7 and the six part rows below it (8, 9 with two parts, 10, 11), then
        // over the heading 好学校 全域遍布 to 序号12
        waitUntil(() -> rowOf(grid, "12") != null);
        focusCell(robot, grid, "7", 0, 4, 1);
        int first = onFxThread(() -> grid.getFocusModel().getFocusedCell().getRow());
        String[] values = {"95.5", "96", "97.25", "98", "60", "9.5", "90", "11"};
        robot.interact(() -> {
            for (String v : values) {
                for (char ch : v.toCharArray()) {
                    key(
                            grid,
                            KeyEvent.KEY_PRESSED,
                            ch == '.' ? KeyCode.PERIOD : KeyCode.getKeyCode(String.valueOf(ch)),
                            "");
                    key(grid, KeyEvent.KEY_TYPED, KeyCode.UNDEFINED, String.valueOf(ch));
                }
                key(grid, KeyEvent.KEY_PRESSED, KeyCode.ENTER, "");
            }
        });
        for (int i = 0; i < values.length; i++) {
            int index = first + i + (i == 7 ? 1 : 0);
            String value = values[i];
            waitUntil(
                    () -> grid.getTreeItem(index).getValue().cell(2024).actual().equals(value));
        }
    }

    /** A key event as the scene delivers it: to whatever has the keyboard focus at that moment. */
    private static void key(TreeTableView<IndicatorRow> grid, EventType<KeyEvent> type, KeyCode code, String ch) {
        Node target = grid.getScene().getFocusOwner();
        String character = type == KeyEvent.KEY_TYPED ? ch : KeyEvent.CHAR_UNDEFINED;
        Event.fireEvent(target, new KeyEvent(type, character, "", code, false, false, false, false));
    }
}
