package org.plandesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.plandesk.TestContexts;
import org.plandesk.context.AppContext;
import org.plandesk.plan.io.wide.WideWriters;
import org.plandesk.plan.service.ImportDiff;
import org.plandesk.plan.service.PlanSummary;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Importing a plan's own table again: it goes into that plan, and the preview lists what changes. */
class ImportPreviewTest extends WindowTestBase {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPlansOwnTableDefaultsToThatPlanAndThePreviewListsEveryChange(FxRobot robot) throws Exception {
        ListView<PlanSummary> list = planList(robot);
        String csv;
        try (AppContext other = TestContexts.sample(dir.resolve("export-" + System.nanoTime()))) {
            long id = other.plans().plans().stream()
                    .filter(s -> s.plan().shortName().equals("钱塘优学"))
                    .findFirst()
                    .orElseThrow()
                    .plan()
                    .id();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            WideWriters.csv(other.plans().load(id), StandardCharsets.UTF_8, out);
            csv = out.toString(StandardCharsets.UTF_8);
        }
        String first = "1,好学生 全面成长,新培养“钱塘好少年”人数,,名,≥2000,≥2100,≥2200";
        assertThat(csv).contains(first);
        // a file name that names no plan: the plan is recognised by its indicators and period
        Path table = dir.resolve("从同事处收到-" + System.nanoTime() + ".csv");
        Files.writeString(table, csv.replace(first, first.replace("≥2200", "≥2300")));
        robot.interact(() -> window.dropped(List.of(table.toFile())));
        waitUntil(() -> robot.lookup("#importChanges").tryQuery().isPresent()
                && !robot.lookup("#importChanges")
                        .queryAs(TableView.class)
                        .getItems()
                        .isEmpty());

        ChoiceBox<PlanSummary> target = robot.lookup("#importTarget").queryAs(ChoiceBox.class);
        assertThat(target.getValue().plan().shortName()).isEqualTo("钱塘优学");
        assertThat(robot.lookup("#importMatched").queryAs(Label.class).getText())
                .contains("钱塘优学");
        robot.clickOn("变化（1）");
        TableView<ImportDiff.Changed> changes = robot.lookup("#importChanges").queryAs(TableView.class);
        assertThat(changes.getItems())
                .extracting(c -> c.row().indicator() + " " + c.row().year() + " " + c.oldText() + " → " + c.newText())
                .containsExactly("新培养“钱塘好少年”人数 2024 ≥2200 → ≥2300");
        assertThat(robot.lookup("#importSummary").queryAs(Label.class).getText())
                .contains("新增 0 个值，修改 1 个");

        robot.clickOn("导入");
        waitUntil(() -> window.undoStack().nextUndo().isPresent()
                && window.undoStack().nextUndo().orElseThrow().description().contains("钱塘优学"));
        // no second 钱塘优学: the five plans are still five
        waitUntil(() -> list.getItems().size() == 5);
        assertThat(list.getItems().stream().filter(s -> s.plan().shortName().equals("钱塘优学")))
                .hasSize(1);
        // the result shows in a notification in the window's corner, without a click to close it
        waitUntil(() -> robot.lookup(".notification-bar")
                .lookup((Node n) -> n instanceof Labeled l
                        && l.getText() != null
                        && l.getText().startsWith("已导入到“钱塘优学”"))
                .tryQuery()
                .isPresent());
    }

    @Test
    void thePreviewOpensAtFullSizeTenTimesInARowAndAtTheSizeTheUserLastGaveIt(FxRobot robot) throws Exception {
        planList(robot);
        Path table = dir.resolve("sizes-" + System.nanoTime() + ".csv");
        Files.writeString(table, "序号,指标,单位,2025年目标,2024年实际\n1,学前三年毛入园率,%,≥95,150\n");
        for (int i = 0; i < 10; i++) {
            robot.interact(() -> window.dropped(List.of(table.toFile())));
            waitUntil(() -> robot.lookup("#importValues").tryQuery().isPresent());
            // a rate of 150 % is pointed out, without stopping the import
            waitUntil(() -> robot.lookup("#importImplausible")
                    .queryLabeled()
                    .getText()
                    .startsWith("请核对：1 个实际值不在其指标的合理范围内，如第2行“学前三年毛入园率”2024年的 150（合理范围 0–100）"));
            DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
            Window w = pane.getScene().getWindow();
            // its content's height at least (the tabs ask for 460 px): never a collapsed strip
            waitUntil(() -> w.getHeight() >= 460 && pane.getHeight() >= 460);
            if (i == 8) {
                robot.interact(() -> {
                    w.setWidth(1000);
                    w.setHeight(640);
                });
            }
            if (i == 9) {
                assertThat(w.getWidth()).isEqualTo(1000);
                assertThat(w.getHeight()).isEqualTo(640);
            }
            robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
            waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isEmpty());
        }
        assertThat(settings.getDouble("dialog.import.height")).hasValue(640);
    }
}
