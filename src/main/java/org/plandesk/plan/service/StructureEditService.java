package org.plandesk.plan.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plandesk.plan.Direction;
import org.plandesk.plan.Indicator;
import org.plandesk.plan.IndicatorGroup;
import org.plandesk.plan.Part;
import org.plandesk.plan.Task;
import org.plandesk.plan.store.IndicatorRepository;
import org.plandesk.plan.store.PlanRepository;
import org.plandesk.shared.InputRejectedException;
import org.plandesk.shared.Problem;
import org.plandesk.shared.store.RowHistory;
import org.plandesk.shared.store.RowScope;
import org.plandesk.shared.undo.UndoableEdit;

/**
 * Changes to a plan's structure — the task tree (add, edit, move, indent, outdent, delete) and the indicator groups
 * and indicators (add, rename, move, delete) — each one transaction and one undo step. Undo and redo put the
 * structure's rows back exactly, ids included, so history and links stay attached.
 */
public final class StructureEditService {
    private final RowHistory history;
    private final PlanRepository plans;
    private final IndicatorRepository indicators;

    public StructureEditService(RowHistory history, PlanRepository plans, IndicatorRepository indicators) {
        this.history = history;
        this.plans = plans;
        this.indicators = indicators;
    }

    /** A change to the structure, on the transaction's connection. */
    @FunctionalInterface
    interface Change {
        void apply(Connection c) throws SQLException, InputRejectedException;
    }

    private UndoableEdit edit(long planId, String description, Change change) throws InputRejectedException {
        RowScope structure = RowScope.of("task", "plan_id = ?", planId)
                .and("indicator_group", "plan_id = ?", planId)
                .and("indicator", "plan_id = ?", planId);
        return history.edit(description, structure, c -> {
            change.apply(c);
            return null;
        });
    }

    // ---- tasks

    /** Adds a task under {@code parentId} (0: top level), after {@code afterId} (0: at the end). */
    public UndoableEdit addTask(Task task, long afterId, String description) throws InputRejectedException {
        requireTitle(task.title());
        return edit(task.planId(), description, c -> {
            List<Task> siblings = siblings(c, task.planId(), task.parentId());
            int at = siblings.size();
            for (int i = 0; i < siblings.size(); i++) {
                if (siblings.get(i).id() == afterId) {
                    at = i + 1;
                }
            }
            long id = plans.insertTask(c, task);
            siblings.add(at, withPlace(task, id, task.parentId(), 0));
            renumber(c, siblings);
        });
    }

    /** Saves a task's level, code, title, 牵头单位 and 责任单位. */
    public UndoableEdit updateTask(Task task, String description) throws InputRejectedException {
        requireTitle(task.title());
        return edit(task.planId(), description, c -> plans.updateTask(c, task));
    }

    /** Deletes a task with everything under it. */
    public UndoableEdit deleteTask(long planId, long taskId, String description) throws InputRejectedException {
        return edit(planId, description, c -> plans.deleteTask(c, taskId));
    }

    /** Moves a task up (−1) or down (+1) among its siblings. */
    public UndoableEdit moveTask(long planId, long taskId, int delta, String description)
            throws InputRejectedException {
        return edit(planId, description, c -> {
            Task t = task(c, planId, taskId);
            List<Task> siblings = siblings(c, planId, t.parentId());
            int i = indexOf(siblings, taskId);
            int j = i + delta;
            if (j < 0 || j >= siblings.size()) {
                throw InputRejectedException.of(Problem.of("structure.cannotMove"));
            }
            siblings.add(j, siblings.remove(i));
            renumber(c, siblings);
        });
    }

    /** Makes a task the last child of the sibling above it (→). */
    public UndoableEdit indentTask(long planId, long taskId, String description) throws InputRejectedException {
        return edit(planId, description, c -> {
            Task t = task(c, planId, taskId);
            List<Task> siblings = siblings(c, planId, t.parentId());
            int i = indexOf(siblings, taskId);
            if (i == 0) {
                throw InputRejectedException.of(Problem.of("structure.cannotIndent"));
            }
            Task parent = siblings.get(i - 1);
            List<Task> children = siblings(c, planId, parent.id());
            children.add(withPlace(t, t.id(), parent.id(), 0));
            renumber(c, children);
        });
    }

    /** Moves a task one level up, right after its parent (←). */
    public UndoableEdit outdentTask(long planId, long taskId, String description) throws InputRejectedException {
        return edit(planId, description, c -> {
            Task t = task(c, planId, taskId);
            if (t.parentId() == 0) {
                throw InputRejectedException.of(Problem.of("structure.cannotOutdent"));
            }
            Task parent = task(c, planId, t.parentId());
            List<Task> siblings = siblings(c, planId, parent.parentId());
            siblings.add(indexOf(siblings, parent.id()) + 1, withPlace(t, t.id(), parent.parentId(), 0));
            renumber(c, siblings);
        });
    }

    private static void requireTitle(String title) throws InputRejectedException {
        if (title == null || title.isBlank()) {
            throw InputRejectedException.of(Problem.of("structure.titleRequired"));
        }
    }

    private Task task(Connection c, long planId, long id) throws SQLException {
        return plans.tasks(c, planId).stream()
                .filter(t -> t.id() == id)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no task " + id));
    }

    private List<Task> siblings(Connection c, long planId, long parentId) throws SQLException {
        return new ArrayList<>(plans.tasks(c, planId).stream()
                .filter(t -> t.parentId() == parentId)
                .toList());
    }

    private static int indexOf(List<Task> tasks, long id) {
        for (int i = 0; i < tasks.size(); i++) {
            if (tasks.get(i).id() == id) {
                return i;
            }
        }
        throw new IllegalArgumentException("no task " + id);
    }

    private static Task withPlace(Task t, long id, long parentId, int sort) {
        return new Task(id, t.planId(), parentId, t.level(), t.code(), t.title(), t.lead(), t.responsible(), sort);
    }

    private void renumber(Connection c, List<Task> siblings) throws SQLException {
        for (int i = 0; i < siblings.size(); i++) {
            Task t = siblings.get(i);
            plans.updateTask(c, withPlace(t, t.id(), t.parentId(), i));
        }
    }

    // ---- indicator groups and indicators

    /** A new indicator, with one part, at the end of its group (group 0: without a group). */
    public UndoableEdit addIndicator(
            long planId, long groupId, String code, String name, String unit, Direction direction, String description)
            throws InputRejectedException {
        requireName(name);
        return edit(planId, description, c -> insertIndicator(c, planId, groupId, code, name, unit, direction));
    }

    /** A new 一级指标 with its first indicator (a group shows in the grid by its indicators). */
    public UndoableEdit addGroup(
            long planId,
            String groupName,
            String code,
            String name,
            String unit,
            Direction direction,
            String description)
            throws InputRejectedException {
        requireName(name);
        return edit(planId, description, c -> {
            checkGroupName(c, planId, groupName, 0);
            long groupId = indicators.insertGroup(
                    c,
                    new IndicatorGroup(
                            0,
                            planId,
                            groupName.strip(),
                            indicators.groups(c, planId).size()));
            insertIndicator(c, planId, groupId, code, name, unit, direction);
        });
    }

    public UndoableEdit renameGroup(long planId, long groupId, String name, String description)
            throws InputRejectedException {
        return edit(planId, description, c -> {
            checkGroupName(c, planId, name, groupId);
            IndicatorGroup g = indicators.groups(c, planId).stream()
                    .filter(x -> x.id() == groupId)
                    .findFirst()
                    .orElseThrow();
            indicators.updateGroup(c, new IndicatorGroup(groupId, planId, name.strip(), g.sortOrder()));
        });
    }

    /** Deletes a 一级指标 with its indicators and their values. */
    public UndoableEdit deleteGroup(long planId, long groupId, String description) throws InputRejectedException {
        return edit(planId, description, c -> indicators.deleteGroup(c, groupId));
    }

    /** Deletes an indicator with its parts and values. */
    public UndoableEdit deleteIndicator(long planId, long indicatorId, String description)
            throws InputRejectedException {
        return edit(planId, description, c -> indicators.deleteIndicator(c, indicatorId));
    }

    /** Moves an indicator up (−1) or down (+1) within its group. */
    public UndoableEdit moveIndicator(long planId, long indicatorId, int delta, String description)
            throws InputRejectedException {
        return edit(planId, description, c -> {
            Map<Long, List<Indicator>> blocks = blocks(c, planId);
            for (List<Indicator> block : blocks.values()) {
                for (int i = 0; i < block.size(); i++) {
                    if (block.get(i).id() == indicatorId) {
                        int j = i + delta;
                        if (j < 0 || j >= block.size()) {
                            throw InputRejectedException.of(Problem.of("structure.cannotMove"));
                        }
                        block.add(j, block.remove(i));
                        renumber(c, planId, blocks);
                        return;
                    }
                }
            }
        });
    }

    /** Moves a 一级指标 (with its indicators) up (−1) or down (+1). */
    public UndoableEdit moveGroup(long planId, long groupId, int delta, String description)
            throws InputRejectedException {
        return edit(planId, description, c -> {
            Map<Long, List<Indicator>> blocks = blocks(c, planId);
            List<Long> order = new ArrayList<>(blocks.keySet());
            int i = order.indexOf(groupId);
            int j = i + delta;
            if (i < 0 || j < 0 || j >= order.size() || order.get(j) == 0L) {
                throw InputRejectedException.of(Problem.of("structure.cannotMove"));
            }
            order.add(j, order.remove(i));
            Map<Long, List<Indicator>> moved = new LinkedHashMap<>();
            order.forEach(g -> moved.put(g, blocks.get(g)));
            renumber(c, planId, moved);
        });
    }

    private void insertIndicator(
            Connection c, long planId, long groupId, String code, String name, String unit, Direction direction)
            throws SQLException {
        Map<Long, List<Indicator>> blocks = blocks(c, planId);
        long id = indicators.insertIndicator(
                c,
                new Indicator(
                        0,
                        planId,
                        groupId,
                        code == null ? "" : code.strip(),
                        name.strip(),
                        unit == null ? "" : unit.strip(),
                        direction,
                        null,
                        null,
                        "",
                        0));
        indicators.insertPart(c, new Part(0, id, "", "", 0));
        Indicator created = indicators.indicators(c, planId).stream()
                .filter(x -> x.id() == id)
                .findFirst()
                .orElseThrow();
        blocks.computeIfAbsent(groupId, g -> new ArrayList<>()).add(created);
        renumber(c, planId, blocks);
    }

    /** The plan's indicators by group, in the order the grid shows them (a group where its first indicator is). */
    private Map<Long, List<Indicator>> blocks(Connection c, long planId) throws SQLException {
        Map<Long, List<Indicator>> out = new LinkedHashMap<>();
        for (Indicator i : indicators.indicators(c, planId)) {
            out.computeIfAbsent(i.groupId(), g -> new ArrayList<>()).add(i);
        }
        return out;
    }

    private void renumber(Connection c, long planId, Map<Long, List<Indicator>> blocks) throws SQLException {
        int n = 0;
        int g = 0;
        Map<Long, IndicatorGroup> groups = new LinkedHashMap<>();
        for (IndicatorGroup x : indicators.groups(c, planId)) {
            groups.put(x.id(), x);
        }
        for (Map.Entry<Long, List<Indicator>> block : blocks.entrySet()) {
            IndicatorGroup group = groups.get(block.getKey());
            if (group != null) {
                indicators.updateGroup(c, new IndicatorGroup(group.id(), planId, group.name(), g++));
            }
            for (Indicator i : block.getValue()) {
                int sort = n++;
                if (i.sortOrder() != sort) {
                    indicators.updateIndicator(
                            c,
                            new Indicator(
                                    i.id(),
                                    i.planId(),
                                    i.groupId(),
                                    i.code(),
                                    i.name(),
                                    i.unit(),
                                    i.direction(),
                                    i.attribute(),
                                    i.gradeScale(),
                                    i.note(),
                                    sort));
                }
            }
        }
    }

    private void checkGroupName(Connection c, long planId, String name, long self)
            throws SQLException, InputRejectedException {
        if (name == null || name.isBlank()) {
            throw InputRejectedException.of(Problem.of("structure.groupRequired"));
        }
        if (indicators.groups(c, planId).stream()
                .anyMatch(g -> g.id() != self && g.name().equals(name.strip()))) {
            throw InputRejectedException.of(Problem.of("structure.groupExists", name.strip()));
        }
    }

    private static void requireName(String name) throws InputRejectedException {
        if (name == null || name.isBlank()) {
            throw InputRejectedException.of(Problem.of("structure.nameRequired"));
        }
    }
}
