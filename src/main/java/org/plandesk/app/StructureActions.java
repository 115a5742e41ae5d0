package org.plandesk.app;

import java.time.LocalTime;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.stage.Stage;
import org.plandesk.plan.Indicator;
import org.plandesk.plan.IndicatorGroup;
import org.plandesk.plan.PlanData;
import org.plandesk.plan.Task;
import org.plandesk.plan.TaskLevel;
import org.plandesk.plan.service.StructureEditService;
import org.plandesk.plan.ui.Completions;
import org.plandesk.plan.ui.IndicatorRow;
import org.plandesk.plan.ui.StructureDialogs;
import org.plandesk.plan.ui.StructureHandler;
import org.plandesk.shared.Failures;
import org.plandesk.shared.InputRejectedException;
import org.plandesk.shared.Messages;
import org.plandesk.shared.Problem;
import org.plandesk.shared.TaskRunner;
import org.plandesk.shared.undo.UndoStack;
import org.plandesk.shared.undo.UndoableEdit;

/** Structural edits from the task tree and the grid: asks what is needed, runs the change in the background, undoably. */
final class StructureActions implements StructureHandler {
    /** A structural change that may be refused with a reason. */
    @FunctionalInterface
    interface Change {
        UndoableEdit run(StructureEditService s) throws Exception;
    }

    private final Stage stage;
    private final Messages messages;
    private final TaskRunner runner;
    private final StructureEditService service;
    private final Supplier<UndoStack> undo;
    private final Consumer<String> status;
    private final Runnable reload;
    private final Supplier<PlanData> plan;
    private final Predicate<Problem> confirm;

    StructureActions(
            Stage stage,
            Messages messages,
            TaskRunner runner,
            StructureEditService service,
            Supplier<UndoStack> undo,
            Consumer<String> status,
            Runnable reload,
            Supplier<PlanData> plan,
            Predicate<Problem> confirm) {
        this.stage = stage;
        this.messages = messages;
        this.runner = runner;
        this.service = service;
        this.undo = undo;
        this.status = status;
        this.reload = reload;
        this.plan = plan;
        this.confirm = confirm;
    }

    private void run(Change change) {
        runner.run(
                p -> undo.get().record(change.run(service)),
                edit -> {
                    status.accept(messages.get("edit.saved", LocalTime.now().withNano(0)));
                    reload.run();
                },
                e -> status.accept(
                        e instanceof InputRejectedException r
                                ? String.join("；", r.lines(messages))
                                : Failures.describe(e, messages)));
    }

    @Override
    public void addTask(Task selected, boolean child) {
        PlanData d = plan.get();
        if (d == null) {
            return;
        }
        long planId = d.plan().id();
        long parent = selected == null ? 0 : child ? selected.id() : selected.parentId();
        long after = selected == null || child ? 0 : selected.id();
        TaskLevel level = selected == null ? TaskLevel.SECTION : child ? next(selected.level()) : selected.level();
        StructureDialogs.task(
                        stage,
                        messages,
                        new Task(0, planId, parent, level, "", "", "", "", 0),
                        "task.menu.add",
                        Completions.bodies(plan.get()))
                .ifPresent(t -> run(s -> s.addTask(t, after, messages.get("undo.taskAdd", t.title()))));
    }

    private static TaskLevel next(TaskLevel l) {
        return l.ordinal() + 1 < TaskLevel.values().length ? TaskLevel.values()[l.ordinal() + 1] : l;
    }

    @Override
    public void editTask(Task selected) {
        StructureDialogs.task(stage, messages, selected, "task.menu.edit", Completions.bodies(plan.get()))
                .ifPresent(t -> run(s -> s.updateTask(t, messages.get("undo.taskEdit", t.title()))));
    }

    @Override
    public void moveTask(Task selected, int delta) {
        run(s -> s.moveTask(selected.planId(), selected.id(), delta, messages.get("undo.taskMove", selected.title())));
    }

    @Override
    public void indentTask(Task selected, boolean in) {
        String d = messages.get("undo.taskMove", selected.title());
        run(s -> in
                ? s.indentTask(selected.planId(), selected.id(), d)
                : s.outdentTask(selected.planId(), selected.id(), d));
    }

    @Override
    public void deleteTask(Task selected) {
        if (confirm.test(Problem.of("structure.confirmDeleteTask", selected.title()))) {
            run(s -> s.deleteTask(selected.planId(), selected.id(), messages.get("undo.taskDelete", selected.title())));
        }
    }

    private Indicator indicator(IndicatorRow at) {
        PlanData d = plan.get();
        if (d == null || at == null || at.group()) {
            return null;
        }
        return d.indicators().stream()
                .filter(i -> i.id() == at.indicatorId())
                .findFirst()
                .orElse(null);
    }

    /** The group of a heading row (by its name) or of an indicator row. */
    private IndicatorGroup group(IndicatorRow at) {
        PlanData d = plan.get();
        if (d == null || at == null) {
            return null;
        }
        long id = at.group()
                ? d.groups().stream()
                        .filter(g -> g.name().equals(at.name()))
                        .map(IndicatorGroup::id)
                        .findFirst()
                        .orElse(0L)
                : indicator(at) == null ? 0 : indicator(at).groupId();
        return d.groups().stream().filter(g -> g.id() == id).findFirst().orElse(null);
    }

    @Override
    public void addIndicator(IndicatorRow at) {
        PlanData d = plan.get();
        if (d == null) {
            return;
        }
        IndicatorGroup g = group(at);
        StructureDialogs.indicator(stage, messages, false, Completions.units(d))
                .ifPresent(n -> run(s -> s.addIndicator(
                        d.plan().id(),
                        g == null ? 0 : g.id(),
                        n.code(),
                        n.name(),
                        n.unit(),
                        n.direction(),
                        messages.get("undo.indicatorAdd", n.name()))));
    }

    @Override
    public void addGroup() {
        PlanData d = plan.get();
        if (d == null) {
            return;
        }
        StructureDialogs.indicator(stage, messages, true, Completions.units(d))
                .ifPresent(n -> run(s -> s.addGroup(
                        d.plan().id(),
                        n.group(),
                        n.code(),
                        n.name(),
                        n.unit(),
                        n.direction(),
                        messages.get("undo.groupAdd", n.group()))));
    }

    @Override
    public void renameGroup(IndicatorRow at) {
        IndicatorGroup g = group(at);
        if (g == null) {
            return;
        }
        StructureDialogs.groupName(stage, messages, g.name())
                .ifPresent(name ->
                        run(s -> s.renameGroup(g.planId(), g.id(), name, messages.get("undo.groupRename", name))));
    }

    @Override
    public void moveIndicator(IndicatorRow at, int delta) {
        Indicator i = indicator(at);
        if (i != null) {
            run(s -> s.moveIndicator(i.planId(), i.id(), delta, messages.get("undo.indicatorMove", i.name())));
        }
    }

    @Override
    public void moveGroup(IndicatorRow at, int delta) {
        IndicatorGroup g = group(at);
        if (g != null) {
            run(s -> s.moveGroup(g.planId(), g.id(), delta, messages.get("undo.groupMove", g.name())));
        }
    }

    @Override
    public void deleteIndicator(IndicatorRow at) {
        Indicator i = indicator(at);
        if (i != null && confirm.test(Problem.of("structure.confirmDeleteIndicator", i.name()))) {
            run(s -> s.deleteIndicator(i.planId(), i.id(), messages.get("undo.indicatorDelete", i.name())));
        }
    }

    @Override
    public void deleteGroup(IndicatorRow at) {
        IndicatorGroup g = group(at);
        if (g != null && confirm.test(Problem.of("structure.confirmDeleteGroup", g.name()))) {
            run(s -> s.deleteGroup(g.planId(), g.id(), messages.get("undo.groupDelete", g.name())));
        }
    }
}
