package org.plandesk.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A plan's tasks as a tree built from their parent links, never from the sort order alone: {@code sort_order} only
 * orders siblings. A child whose parent sorts after it stays under its parent.
 */
public final class TaskTree {
    private TaskTree() {}

    /**
     * The tasks in pre-order — each parent before its children, siblings by sort order then id. A task whose parent
     * is missing (or part of a cycle) is placed at the top level, so no task is ever lost.
     */
    public static List<Task> preOrder(List<Task> tasks) {
        Map<Long, List<Task>> children = new LinkedHashMap<>();
        Set<Long> ids = new HashSet<>();
        for (Task t : tasks) {
            ids.add(t.id());
        }
        List<Task> roots = new ArrayList<>();
        for (Task t : tasks) {
            if (t.parentId() == 0 || !ids.contains(t.parentId()) || t.parentId() == t.id()) {
                roots.add(t);
            } else {
                children.computeIfAbsent(t.parentId(), k -> new ArrayList<>()).add(t);
            }
        }
        Comparator<Task> siblingOrder = Comparator.comparingInt(Task::sortOrder).thenComparingLong(Task::id);
        roots.sort(siblingOrder);
        children.values().forEach(list -> list.sort(siblingOrder));
        List<Task> out = new ArrayList<>(tasks.size());
        Set<Long> placed = new HashSet<>();
        for (Task r : roots) {
            visit(r, children, out, placed);
        }
        // Tasks in a parent cycle are reachable from no root: put each at the top so it stays visible.
        for (Task t : tasks) {
            if (!placed.contains(t.id())) {
                visit(t, children, out, placed);
            }
        }
        return out;
    }

    private static void visit(Task root, Map<Long, List<Task>> children, List<Task> out, Set<Long> placed) {
        ArrayList<Task> stack = new ArrayList<>();
        stack.add(root);
        while (!stack.isEmpty()) {
            Task t = stack.remove(stack.size() - 1);
            if (!placed.add(t.id())) {
                continue;
            }
            out.add(t);
            List<Task> kids = children.getOrDefault(t.id(), List.of());
            for (int i = kids.size() - 1; i >= 0; i--) {
                stack.add(kids.get(i));
            }
        }
    }
}
