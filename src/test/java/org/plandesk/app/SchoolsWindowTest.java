package org.plandesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.function.Supplier;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.plandesk.io.TableFiles;
import org.plandesk.plan.Status;
import org.plandesk.plan.service.PlanSummary;
import org.plandesk.plan.ui.IndicatorRow;
import org.plandesk.school.BalanceIndicator;
import org.plandesk.school.Figure;
import org.plandesk.school.Section;
import org.plandesk.school.io.ExampleSchools;
import org.plandesk.school.io.SchoolTableParser;
import org.plandesk.school.service.SchoolService.RegistryRow;
import org.plandesk.school.ui.SchoolsWindow;
import org.plandesk.shared.Change;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The schools window and the link from a plan part to the registry, driven as a user would. */
class SchoolsWindowTest extends WindowTestBase {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    @SuppressWarnings("unchecked")
    @Test
    void typingAFigureRecomputesTheStatisticsAndALinkedPlanPartTakesItsActual(FxRobot robot) throws Exception {
        waitUntil(() ->
                window.context() != null && robot.lookup("#planList").tryQuery().isPresent());
        window.context()
                .schoolImports()
                .apply(new SchoolTableParser().parse(TableFiles.read(ExampleSchools.bytes(), "e.csv", null)));
        SchoolsWindow[] schools = new SchoolsWindow[1];
        robot.interact(() -> schools[0] = window.openSchools());
        TableView<RegistryRow> table = robot.lookup("#registryTable").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 20);
        var balance = schools[0].balance();
        waitUntil(() -> balance.currentProperty().get() != null);
        double before = balance.currentProperty()
                .get()
                .indicator(BalanceIndicator.FLOOR_AREA)
                .cv();

        // type a much larger floor area for the first school: saved, and the statistics follow
        var floor = table.getColumns().stream()
                .filter(c -> "fig_floor_area".equals(c.getId()))
                .findFirst()
                .orElseThrow();
        robot.interact(() -> {
            schools[0].stage().requestFocus();
            table.requestFocus();
            table.getSelectionModel().clearAndSelect(0, floor);
            table.getFocusModel().focus(0, floor);
            table.edit(0, floor);
        });
        robot.targetWindow(schools[0].stage());
        robot.write("40000");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> table.getItems().get(0).figures().get(Figure.FLOOR_AREA) == 40000);
        waitUntil(() -> balance.currentProperty()
                        .get()
                        .indicator(BalanceIndicator.FLOOR_AREA)
                        .cv()
                > before + 0.1);
        @SuppressWarnings("unchecked")
        ListView<Change> history = robot.lookup("#registryHistory").queryAs(ListView.class);
        robot.interact(() -> table.getFocusModel().focus(1, floor));
        robot.interact(() -> table.getFocusModel().focus(0, floor));
        waitUntil(() -> !history.getItems().isEmpty()
                && "40000".equals(history.getItems().get(0).newValue()));

        // a bad entry is refused with its reason and the old value stays
        double kept = table.getItems().get(1).figures().get(Figure.FLOOR_AREA);
        robot.interact(() -> table.edit(1, floor));
        robot.targetWindow(schools[0].stage());
        robot.write("很多").type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup(n -> n instanceof Label l
                        && l.getText() != null
                        && l.getText().contains("“很多”不是数字"))
                .tryQuery()
                .isPresent());
        assertThat(table.getItems().get(1).figures().get(Figure.FLOOR_AREA)).isEqualTo(kept);

        // Ctrl+Z in the schools window takes the typed value back
        robot.interact(() -> table.requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> table.getItems().get(0).figures().get(Figure.FLOOR_AREA) != 40000);
        robot.interact(() -> schools[0].stage().close());
        robot.targetWindow(window.stage());

        // 关联学校登记计算 on 钱塘 序号17 初中: its actuals come from the registry
        ListView<PlanSummary> list = planList(robot);
        selectPlan(robot, list, "钱塘优学");
        TreeTableView<IndicatorRow> grid = robot.lookup("#indicatorGrid").queryAs(TreeTableView.class);
        waitUntil(() -> grid.getRoot() != null && grid.getRoot().getChildren().size() == 7);
        int[] index = {-1};
        robot.interact(() -> {
            for (int r = 0; r < grid.getExpandedItemCount(); r++) {
                IndicatorRow row = grid.getTreeItem(r).getValue();
                if (row != null && row.code().equals("17")) {
                    index[0] = r;
                    break;
                }
            }
            grid.scrollTo(index[0]);
            grid.requestFocus();
            grid.getSelectionModel().clearAndSelect(index[0]);
        });
        robot.interact(() -> grid.getContextMenu().show(grid, 300, 300));
        robot.clickOn("#linkItem");
        waitUntil(() -> robot.lookup("#linkDistrict").tryQuery().isPresent());
        robot.clickOn("确定");
        Supplier<IndicatorRow> row17 = () -> {
            for (int r = 0; r < grid.getExpandedItemCount(); r++) {
                IndicatorRow row = grid.getTreeItem(r).getValue();
                if (row != null && row.code().equals("17") && row.part().equals("初中")) {
                    return row;
                }
            }
            return null;
        };
        waitUntil(() -> row17.get() != null && !row17.get().cell(2024).actual().isEmpty());
        double junior = window.context()
                .balance()
                .report(2024, "示例区")
                .stage("示例区", Section.JUNIOR)
                .orElseThrow()
                .compositeCv();
        // stored as reported: three decimals
        assertThat(row17.get().cell(2024).actual()).isEqualTo(String.format(Locale.ROOT, "%.3f", junior));
        assertThat(row17.get().cell(2024).status()).isEqualTo(Status.MET);
    }
}
