package org.plandesk.plan.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plandesk.plan.Plan;
import org.plandesk.plan.PlausibleRange;
import org.plandesk.plan.Task;
import org.plandesk.plan.TaskLevel;
import org.plandesk.plan.TaskTree;
import org.plandesk.workspace.Jdbc;

/** Plans and their task structure (JDBC). Every method runs on the caller's connection and transaction. */
public final class PlanRepository {

    private static final String PLAN_COLUMNS =
            "id, title, short_name, kind, issuer, doc_number, issue_date, " + "start_year, end_year, source, note";

    public List<Plan> plans(Connection c) throws SQLException {
        return Jdbc.query(c, "SELECT " + PLAN_COLUMNS + " FROM plan ORDER BY sort_order, id", PlanRepository::plan);
    }

    public Optional<Plan> plan(Connection c, long id) throws SQLException {
        return Jdbc.query(c, "SELECT " + PLAN_COLUMNS + " FROM plan WHERE id = ?", PlanRepository::plan, id).stream()
                .findFirst();
    }

    public Optional<Plan> planByTitle(Connection c, String title) throws SQLException {
        return Jdbc.query(c, "SELECT " + PLAN_COLUMNS + " FROM plan WHERE title = ?", PlanRepository::plan, title)
                .stream()
                .findFirst();
    }

    /** The plausible ranges the planner gave the plan's indicators (编辑指标 → 合理范围), by indicator id. */
    public Map<Long, PlausibleRange> ranges(Connection c, long planId) throws SQLException {
        Map<Long, PlausibleRange> out = new HashMap<>();
        for (Map.Entry<Long, PlausibleRange> e : Jdbc.query(
                c,
                "SELECT r.indicator_id, r.min_value, r.max_value FROM indicator_range r "
                        + "JOIN indicator i ON i.id = r.indicator_id WHERE i.plan_id = ?",
                rs -> Map.entry(rs.getLong(1), new PlausibleRange((Double) rs.getObject(2), (Double) rs.getObject(3))),
                planId)) {
            out.put(e.getKey(), e.getValue());
        }
        return out;
    }

    /** Gives an indicator its own plausible range, or (with {@link PlausibleRange#NONE}) takes it away. */
    public void setRange(Connection c, long indicatorId, PlausibleRange r) throws SQLException {
        Jdbc.update(c, "DELETE FROM indicator_range WHERE indicator_id = ?", indicatorId);
        if (!r.isNone()) {
            Jdbc.update(
                    c,
                    "INSERT INTO indicator_range (indicator_id, min_value, max_value) VALUES (?, ?, ?)",
                    indicatorId,
                    r.min(),
                    r.max());
        }
    }

    public long insertPlan(Connection c, Plan p) throws SQLException {
        return Jdbc.insert(
                c,
                "INSERT INTO plan (title, short_name, kind, issuer, doc_number, issue_date, start_year, "
                        + "end_year, source, note, sort_order) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                        + "(SELECT COALESCE(MAX(sort_order), 0) + 1 FROM plan))",
                p.title(),
                nz(p.shortName()),
                nz(p.kind()),
                nz(p.issuer()),
                nz(p.docNumber()),
                p.issueDate() == null ? null : Date.valueOf(p.issueDate()),
                p.startYear(),
                p.endYear(),
                nz(p.source()),
                nz(p.note()));
    }

    public void updatePlan(Connection c, Plan p) throws SQLException {
        Jdbc.update(
                c,
                "UPDATE plan SET title = ?, short_name = ?, kind = ?, issuer = ?, doc_number = ?, "
                        + "issue_date = ?, start_year = ?, end_year = ?, source = ?, note = ? WHERE id = ?",
                p.title(),
                nz(p.shortName()),
                nz(p.kind()),
                nz(p.issuer()),
                nz(p.docNumber()),
                p.issueDate() == null ? null : Date.valueOf(p.issueDate()),
                p.startYear(),
                p.endYear(),
                nz(p.source()),
                nz(p.note()),
                p.id());
    }

    /** Deletes a plan and, by cascade, everything it holds. */
    public void deletePlan(Connection c, long id) throws SQLException {
        Jdbc.update(c, "DELETE FROM plan WHERE id = ?", id);
    }

    /** Number of indicators per plan id. */
    public Map<Long, Integer> indicatorCounts(Connection c) throws SQLException {
        Map<Long, Integer> out = new HashMap<>();
        Jdbc.query(
                c,
                "SELECT plan_id, COUNT(*) n FROM indicator GROUP BY plan_id",
                rs -> out.put(rs.getLong("plan_id"), rs.getInt("n")));
        return out;
    }

    public List<Task> tasks(Connection c, long planId) throws SQLException {
        return TaskTree.preOrder(Jdbc.query(
                c,
                "SELECT id, plan_id, parent_id, level, code, title, lead_units, "
                        + "responsible, sort_order FROM task WHERE plan_id = ? ORDER BY sort_order, id",
                PlanRepository::task,
                planId));
    }

    public long insertTask(Connection c, Task t) throws SQLException {
        return Jdbc.insert(
                c,
                "INSERT INTO task (plan_id, parent_id, level, code, title, lead_units, responsible, "
                        + "sort_order) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                t.planId(),
                Jdbc.nullIfZero(t.parentId()),
                t.level().name(),
                nz(t.code()),
                t.title(),
                nz(t.lead()),
                nz(t.responsible()),
                t.sortOrder());
    }

    public void updateTask(Connection c, Task t) throws SQLException {
        Jdbc.update(
                c,
                "UPDATE task SET parent_id = ?, level = ?, code = ?, title = ?, lead_units = ?, responsible = ?, "
                        + "sort_order = ? WHERE id = ?",
                Jdbc.nullIfZero(t.parentId()),
                t.level().name(),
                nz(t.code()),
                t.title(),
                nz(t.lead()),
                nz(t.responsible()),
                t.sortOrder(),
                t.id());
    }

    public void deleteTask(Connection c, long id) throws SQLException {
        Jdbc.update(c, "DELETE FROM task WHERE id = ?", id);
    }

    public void deleteTasks(Connection c, long planId) throws SQLException {
        Jdbc.update(c, "DELETE FROM task WHERE plan_id = ?", planId);
    }

    private static Plan plan(ResultSet rs) throws SQLException {
        Date d = rs.getDate("issue_date");
        return new Plan(
                rs.getLong("id"),
                rs.getString("title"),
                rs.getString("short_name"),
                rs.getString("kind"),
                rs.getString("issuer"),
                rs.getString("doc_number"),
                d == null ? null : d.toLocalDate(),
                rs.getInt("start_year"),
                rs.getInt("end_year"),
                rs.getString("source"),
                rs.getString("note"));
    }

    private static Task task(ResultSet rs) throws SQLException {
        return new Task(
                rs.getLong("id"),
                rs.getLong("plan_id"),
                Jdbc.getLong(rs, "parent_id"),
                TaskLevel.valueOf(rs.getString("level")),
                rs.getString("code"),
                rs.getString("title"),
                rs.getString("lead_units"),
                rs.getString("responsible"),
                rs.getInt("sort_order"));
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }
}
