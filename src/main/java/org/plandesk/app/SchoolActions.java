package org.plandesk.app;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.Stage;
import org.plandesk.chart.ui.ChartActions;
import org.plandesk.context.AppContext;
import org.plandesk.plan.ui.IndicatorRow;
import org.plandesk.school.BalanceLink;
import org.plandesk.school.ui.BalanceLinkDialog;
import org.plandesk.school.ui.SchoolsWindow;
import org.plandesk.shared.Failures;
import org.plandesk.shared.Messages;
import org.plandesk.shared.TaskRunner;
import org.plandesk.shared.undo.UndoStack;

/** 学校 menu and 关联学校登记计算: opens the schools window and links plan parts to registry figures. */
final class SchoolActions {
    private final Stage stage;
    private final Messages messages;
    private final TaskRunner runner;
    private final Supplier<AppContext> context;
    private final Supplier<UndoStack> undo;
    private final Consumer<String> status;
    private final Runnable reload;
    private SchoolsWindow window;

    SchoolActions(
            Stage stage,
            Messages messages,
            TaskRunner runner,
            Supplier<AppContext> context,
            Supplier<UndoStack> undo,
            Consumer<String> status,
            Runnable reload) {
        this.stage = stage;
        this.messages = messages;
        this.runner = runner;
        this.context = context;
        this.undo = undo;
        this.status = status;
        this.reload = reload;
    }

    /** Opens (or brings forward) the schools window of the open workspace. */
    SchoolsWindow open(ChartActions charts, ZoneId zone) {
        AppContext ctx = context.get();
        if (ctx == null) {
            return null;
        }
        if (window == null || !window.stage().isShowing()) {
            window = new SchoolsWindow(
                    stage,
                    new SchoolsWindow.Services(ctx.schools(), ctx.schoolImports(), ctx.balance()),
                    messages,
                    runner,
                    undo.get(),
                    charts,
                    zone,
                    reload);
        }
        window.show();
        return window;
    }

    /** Closes the schools window (the workspace or the language changes). */
    void close() {
        if (window != null) {
            window.stage().close();
            window = null;
        }
    }

    /** 关联学校登记计算 of a part's row. */
    void link(IndicatorRow row) {
        AppContext ctx = context.get();
        if (ctx == null || row.partId() == 0) {
            status.accept(messages.get("link.noPart"));
            return;
        }
        String name = row.name() + (row.part().isEmpty() ? "" : " " + row.part());
        runner.read(
                p -> new Object[] {
                    ctx.balance().districts(),
                    ctx.balanceLinks().link(row.partId()).orElse(null)
                },
                r -> {
                    @SuppressWarnings("unchecked")
                    List<String> districts = (List<String>) r[0];
                    if (districts.isEmpty()) {
                        status.accept(messages.get("link.noRegistry"));
                        return;
                    }
                    BalanceLinkDialog.ask(stage, messages, name, row.partId(), districts, (BalanceLink) r[1])
                            .ifPresent(answer -> runner.run(
                                    p -> undo.get()
                                            .record(
                                                    answer instanceof BalanceLinkDialog.Link l
                                                            ? ctx.balanceLinks()
                                                                    .link(l.link(), messages.get("undo.link", name))
                                                            : ctx.balanceLinks()
                                                                    .unlink(
                                                                            row.partId(),
                                                                            messages.get("undo.unlink", name))),
                                    edit -> {
                                        status.accept(messages.get(
                                                "edit.saved", LocalTime.now().withNano(0)));
                                        reload.run();
                                    },
                                    e -> status.accept(Failures.describe(e, messages))));
                },
                e -> status.accept(Failures.describe(e, messages)));
    }
}
