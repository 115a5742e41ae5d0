package org.plandesk.plan.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.plandesk.workspace.Jdbc;
import org.plandesk.workspace.TableRows;

/**
 * The rows of a plan's structure exactly as stored — tasks, indicator groups, indicators, parts, targets, actuals and
 * balance links, with their ids — so that a structural edit is undone by putting them back, ids included: the change
 * log and the links to the school registry stay attached.
 */
public final class StructureSnapshot {
    private static final String[][] TABLES = {
        {"indicator_group", "SELECT * FROM indicator_group WHERE plan_id = ? ORDER BY id"},
        {"indicator", "SELECT * FROM indicator WHERE plan_id = ? ORDER BY id"},
        {"part", "SELECT p.* FROM part p JOIN indicator i ON i.id = p.indicator_id WHERE i.plan_id = ? ORDER BY p.id"},
        {"target", "SELECT t.* FROM target t JOIN part p ON p.id = t.part_id JOIN indicator i ON i.id = p.indicator_id "
                + "WHERE i.plan_id = ? ORDER BY t.id"},
        {"actual", "SELECT a.* FROM actual a JOIN part p ON p.id = a.part_id JOIN indicator i ON i.id = p.indicator_id "
                + "WHERE i.plan_id = ? ORDER BY a.id"},
        {"part_balance_link", "SELECT l.* FROM part_balance_link l JOIN part p ON p.id = l.part_id "
                + "JOIN indicator i ON i.id = p.indicator_id WHERE i.plan_id = ? ORDER BY l.part_id"},
        {"task", "SELECT * FROM task WHERE plan_id = ? ORDER BY id"},
    };

    private final long planId;
    private final Map<String, List<Map<String, Object>>> rows;

    private StructureSnapshot(long planId, Map<String, List<Map<String, Object>>> rows) {
        this.planId = planId;
        this.rows = rows;
    }

    public static StructureSnapshot capture(Connection c, long planId) throws SQLException {
        Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
        for (String[] t : TABLES) {
            rows.put(t[0], TableRows.select(c, t[1], planId));
        }
        return new StructureSnapshot(planId, rows);
    }

    /** Replaces the plan's structure with this snapshot's rows. */
    public void restore(Connection c) throws SQLException {
        Jdbc.update(c, "DELETE FROM task WHERE plan_id = ?", planId);
        Jdbc.update(c, "DELETE FROM indicator WHERE plan_id = ?", planId);
        Jdbc.update(c, "DELETE FROM indicator_group WHERE plan_id = ?", planId);
        for (String[] t : TABLES) {
            TableRows.insert(c, t[0], t[0].equals("task") ? parentsFirst(rows.get(t[0])) : rows.get(t[0]));
        }
    }

    /** Tasks ordered so that a parent is inserted before its children. */
    private static List<Map<String, Object>> parentsFirst(List<Map<String, Object>> tasks) {
        List<Map<String, Object>> out = new ArrayList<>();
        Set<Object> placed = new HashSet<>();
        List<Map<String, Object>> left = new ArrayList<>(tasks);
        while (!left.isEmpty()) {
            int before = left.size();
            for (var it = left.iterator(); it.hasNext();) {
                Map<String, Object> t = it.next();
                Object parent = t.get("PARENT_ID");
                if (parent == null || placed.contains(parent)) {
                    out.add(t);
                    placed.add(t.get("ID"));
                    it.remove();
                }
            }
            if (left.size() == before) {
                throw new IllegalStateException("task tree has a cycle");
            }
        }
        return out;
    }
}
