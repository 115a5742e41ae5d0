package org.plandesk.app;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.plandesk.chart.TrajectoryChart;
import org.plandesk.chart.ui.AcrossPlansDialog;
import org.plandesk.chart.ui.ChartsViewModel;
import org.plandesk.plan.PlanData;
import org.plandesk.plan.service.PlanSummary;
import org.plandesk.shared.Failures;
import org.plandesk.shared.TaskRunner;
import org.plandesk.shared.ui.Alerts;

/**
 * The menu actions on the plan in view that go beyond the chart beside the grid — print, every chart of the plan, the
 * progress report, charts across plans — split out of {@link MainWindow}, which keeps the window and the workspace.
 */
final class ChartMenuActions {
    private final MainWindow w;
    private final TaskRunner runner;
    private final Clock clock;

    ChartMenuActions(MainWindow w, TaskRunner runner, Clock clock) {
        this.w = w;
        this.runner = runner;
        this.clock = clock;
    }

    private ChartsViewModel charts() {
        return w.chartsModel();
    }

    /** 文件 → 打印… (Ctrl+P): the plan's table for the year in focus and the chart in view. */
    void print() {
        if (charts() != null && charts().dataProperty().get() != null) {
            w.chartActions()
                    .print(
                            w.stage(),
                            charts().dataProperty().get(),
                            charts().yearProperty().get(),
                            charts().currentProperty().get(),
                            LocalDate.now(clock),
                            w.dialogSizes());
        }
    }

    void exportAllCharts() {
        if (charts() == null || charts().dataProperty().get() == null) {
            return;
        }
        var plan = charts().dataProperty().get().plan();
        w.chartActions()
                .exportAll(
                        w.stage(),
                        charts().presentation()
                                .subList(1, charts().presentation().size()),
                        plan.title(),
                        w.messages().get("chart.deckSubtitle", plan.period(), LocalDate.now(clock)));
    }

    /** 图表 → 生成实施情况报告…: the year in focus, or the plan's last year that has begun. */
    void writeReport() {
        PlanData data = charts() == null ? null : charts().dataProperty().get();
        if (data == null || w.context() == null) {
            return;
        }
        Integer focus = charts().yearProperty().get();
        int year = focus != null
                ? focus
                : Math.max(
                        data.plan().startYear(),
                        Math.min(data.plan().endYear(), LocalDate.now(clock).getYear()));
        w.chartActions().report(w.stage(), data, year);
    }

    void compareAcrossPlans() {
        if (w.context() == null) {
            return;
        }
        var service = w.context().plans();
        String start = charts().currentProperty().get() instanceof TrajectoryChart t
                ? t.spec().title()
                : "";
        runner.read(
                p -> {
                    List<PlanData> all = new ArrayList<>();
                    for (PlanSummary s : service.plans()) {
                        all.add(service.load(s.plan().id()));
                    }
                    return all;
                },
                all -> new AcrossPlansDialog(w.messages(), w.dialogSizes())
                        .ask(w.stage(), all, start)
                        .ifPresent(chosen -> w.chartActions()
                                .openWindow(
                                        w.stage(),
                                        new SimpleObjectProperty<>(
                                                charts().charts().across(chosen)))),
                e -> Alerts.error(w.stage(), w.messages(), Failures.describe(e, w.messages())));
    }
}
