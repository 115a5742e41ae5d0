package org.plandesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.plandesk.plan.service.PlanSummary;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** 图表 → 生成实施情况报告…: the plan in view, the year in focus, as a Word document written in the background. */
class ReportMenuTest extends WindowTestBase {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void theMenuWritesTheReportOfThePlanInViewForTheYearInFocus(FxRobot robot) throws Exception {
        ListView<PlanSummary> list = planList(robot);
        selectPlan(robot, list, "钱塘优学");
        waitUntil(() -> window.chartsModel().currentProperty().get() != null);
        Path docx = dir.resolve("report-" + System.nanoTime() + ".docx");
        String[] offered = new String[1];
        robot.interact(() -> window.chartActions().chooseReportWith((w, name) -> {
            offered[0] = name;
            return Optional.of(docx);
        }));
        robot.clickOn("#chartMenu");
        robot.clickOn("生成实施情况报告(R)…");
        waitUntil(() -> Files.exists(docx));
        assertThat(offered[0]).isEqualTo("钱塘优学2024年实施情况报告.docx");
        try (InputStream in = Files.newInputStream(docx);
                XWPFDocument doc = new XWPFDocument(in)) {
            assertThat(doc.getParagraphs().stream().map(XWPFParagraph::getText))
                    .contains("钱塘优学2024年实施情况报告")
                    .anySatisfy(p -> assertThat(p).contains("有目标的指标共 92 项"));
            // one row per part: 序号2 has three (高中, 初中, 小学), the group rows one cell
            assertThat(doc.getTables().get(0).getRows()).hasSizeGreaterThan(92 + 7);
        }
    }
}
