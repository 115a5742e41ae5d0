package org.plandesk.app;

import java.time.Clock;
import java.time.LocalTime;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.stage.Stage;
import org.plandesk.context.AppContext;
import org.plandesk.plan.PlanData;
import org.plandesk.plan.ui.HistoryPane;
import org.plandesk.plan.ui.PlanBrowserView;
import org.plandesk.plan.ui.PlanDialog;
import org.plandesk.plan.ui.PlanGridViewModel;
import org.plandesk.shared.Messages;
import org.plandesk.shared.Problem;
import org.plandesk.shared.Settings;
import org.plandesk.shared.TaskRunner;
import org.plandesk.shared.ui.Alerts;
import org.plandesk.shared.undo.UndoStack;
import org.plandesk.shared.undo.UndoableEdit;

/** 新建规划, 编辑规划信息 and 删除规划: each saved at once in the background and undoable. */
final class PlanActions {
    private final Stage stage;
    private final Messages messages;
    private final TaskRunner runner;
    private final Supplier<AppContext> context;
    private final Supplier<UndoStack> undo;
    private final Consumer<String> status;
    private final Runnable reload;

    private final Clock clock;

    PlanActions(
            Stage stage,
            Messages messages,
            TaskRunner runner,
            Supplier<AppContext> context,
            Supplier<UndoStack> undo,
            Consumer<String> status,
            Runnable reload,
            Clock clock) {
        this.clock = clock;
        this.stage = stage;
        this.messages = messages;
        this.runner = runner;
        this.context = context;
        this.undo = undo;
        this.status = status;
        this.reload = reload;
    }

    /** Makes the plan view editable: cells, the history of a cell, the indicator editor, remembered columns. */
    void wire(PlanBrowserView browser, Settings settings, Predicate<Problem> confirm) {
        AppContext ctx = context.get();
        PlanGridViewModel editor = new PlanGridViewModel(
                ctx.cells(), runner, messages, clock, e -> undo.get().record(e), browser::reloadPlan, status, confirm);
        browser.setEditing(editor);
        browser.rememberColumns(settings);
        var plansService = ctx.plans();
        browser.addCellPane(focused -> new HistoryPane(
                focused,
                cell -> plansService
                        .history(cell.target() ? "target" : "actual", cell.row().partId())
                        .stream()
                        .filter(c -> c.field().equals(Integer.toString(cell.year())))
                        .toList(),
                runner,
                messages,
                editor::edit,
                clock.getZone()));
        browser.setStructureHandler(new StructureActions(
                stage, messages, runner, ctx.structure(), undo, status, reload, browser::data, confirm));
        var indicatorEdits = ctx.indicatorEdits();
        browser.setIndicatorSaver(result -> runner.run(
                p -> undo.get()
                        .record(indicatorEdits.save(
                                result.indicator(),
                                result.parts(),
                                result.range(),
                                messages.get(
                                        "undo.indicator", result.indicator().name()))),
                this::done,
                this::failed));
    }

    void create() {
        AppContext ctx = context.get();
        if (ctx == null) {
            return;
        }
        new PlanDialog(messages)
                .ask(stage, null, "planForm.new")
                .ifPresent(p -> runner.run(
                        x -> undo.get().record(ctx.planEdits().create(p, messages.get("undo.planNew", p.title()))),
                        this::done,
                        this::failed));
    }

    void edit(PlanData current) {
        AppContext ctx = context.get();
        if (ctx == null || current == null) {
            return;
        }
        new PlanDialog(messages)
                .ask(stage, current.plan(), "planForm.edit")
                .ifPresent(p -> runner.run(
                        x -> undo.get()
                                .record(ctx.planEdits().update(p, messages.get("undo.planEdit", p.displayName()))),
                        this::done,
                        this::failed));
    }

    void duplicate(PlanData current) {
        AppContext ctx = context.get();
        if (ctx == null || current == null) {
            return;
        }
        long id = current.plan().id();
        String title = messages.get("planForm.copyTitle", current.plan().title());
        runner.run(
                x -> undo.get()
                        .record(ctx.planEdits()
                                .duplicate(
                                        id,
                                        title,
                                        messages.get(
                                                "undo.planCopy", current.plan().displayName()))),
                this::done,
                this::failed);
    }

    void delete(PlanData current) {
        AppContext ctx = context.get();
        if (ctx == null || current == null) {
            return;
        }
        if (Alerts.confirm(
                stage,
                messages,
                messages.get(
                        "planForm.deleteAsk",
                        current.plan().title(),
                        current.indicators().size()))) {
            long id = current.plan().id();
            runner.run(
                    x -> undo.get()
                            .record(ctx.planEdits()
                                    .delete(
                                            id,
                                            messages.get(
                                                    "undo.planDelete",
                                                    current.plan().displayName()))),
                    this::done,
                    this::failed);
        }
    }

    private void done(UndoableEdit edit) {
        status.accept(messages.get("edit.saved", LocalTime.now().withNano(0)));
        reload.run();
    }

    private void failed(Throwable e) {
        Alerts.failure(stage, messages, e);
    }
}
