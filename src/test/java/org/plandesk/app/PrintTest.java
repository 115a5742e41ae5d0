package org.plandesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.plandesk.plan.service.PlanSummary;
import org.plandesk.shared.Text;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** 文件 → 打印… (Ctrl+P): a preview of every page, paged with the keys, and the same pages as a PDF. */
class PrintTest extends WindowTestBase {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void ctrlPShowsThePagesOfTheYearInFocusAndExportsThemAsAPdf(FxRobot robot) throws Exception {
        ListView<PlanSummary> list = planList(robot);
        selectPlan(robot, list, "钱塘优学");
        waitUntil(() -> window.chartsModel().currentProperty().get() != null);
        robot.clickOn("#planList");
        robot.press(KeyCode.CONTROL, KeyCode.P).release(KeyCode.P, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#printPageLabel").tryQuery().isPresent()
                && robot.lookup("#printPageLabel").queryLabeled().getText().startsWith("第 1 / "));
        String first = robot.lookup("#printPageLabel").queryLabeled().getText();
        int pages = Integer.parseInt(first.replaceAll("第 1 / (\\d+) 页", "$1"));
        assertThat(pages).isGreaterThan(1);
        robot.press(KeyCode.PAGE_DOWN).release(KeyCode.PAGE_DOWN);
        waitUntil(() -> robot.lookup("#printPageLabel").queryLabeled().getText().equals("第 2 / " + pages + " 页"));
        robot.clickOn("下一页 ▶");
        waitUntil(() -> robot.lookup("#printPageLabel").queryLabeled().getText().equals("第 3 / " + pages + " 页"));

        Path pdf = dir.resolve("print-" + System.nanoTime() + ".pdf");
        robot.interact(() -> window.chartActions().choosePdfWith((w, name) -> {
            assertThat(name).contains("钱塘优学");
            return Optional.of(pdf);
        }));
        robot.clickOn("导出为 PDF…");
        waitUntil(() -> Files.exists(pdf));
        waitUntil(() -> robot.lookup(".pd-status-bar .label").queryAll().stream()
                .anyMatch(n -> n instanceof Labeled l
                        && l.getText().contains(pdf.getFileName().toString())));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(pages);
            String text = Text.normalize(new PDFTextStripper().getText(doc));
            String chart =
                    Text.normalize(window.chartsModel().currentProperty().get().title());
            assertThat(chart).isEqualTo(Text.normalize("钱塘优学：2024年达成情况"));
            assertThat(text).contains("2024年·目标、实际与状态").contains("≥2200");
            assertThat(text.substring(text.length() - 300)).contains(chart);
        }
        robot.clickOn("关闭");
        waitUntil(() -> robot.lookup("#printCanvas").tryQuery().isEmpty());
    }
}
