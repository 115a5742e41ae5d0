package org.plandesk.plan.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.plandesk.plan.ActualEntry;
import org.plandesk.plan.ActualKind;
import org.plandesk.plan.Attribute;
import org.plandesk.plan.Comparator;
import org.plandesk.plan.Direction;
import org.plandesk.plan.GradeScale;
import org.plandesk.plan.Indicator;
import org.plandesk.plan.IndicatorGroup;
import org.plandesk.plan.Part;
import org.plandesk.plan.Target;
import org.plandesk.plan.TargetEntry;
import org.plandesk.shared.Change;
import org.plandesk.workspace.Jdbc;

/** Indicator groups, indicators, parts, targets and actuals (JDBC), on the caller's connection. */
public final class IndicatorRepository {

    public List<IndicatorGroup> groups(Connection c, long planId) throws SQLException {
        return Jdbc.query(
                c,
                "SELECT id, plan_id, name, sort_order FROM indicator_group WHERE plan_id = ? "
                        + "ORDER BY sort_order, id",
                rs -> new IndicatorGroup(
                        rs.getLong("id"), rs.getLong("plan_id"), rs.getString("name"), rs.getInt("sort_order")),
                planId);
    }

    public long insertGroup(Connection c, IndicatorGroup g) throws SQLException {
        return Jdbc.insert(
                c,
                "INSERT INTO indicator_group (plan_id, name, sort_order) VALUES (?, ?, ?)",
                g.planId(),
                g.name(),
                g.sortOrder());
    }

    public void updateGroup(Connection c, IndicatorGroup g) throws SQLException {
        Jdbc.update(
                c, "UPDATE indicator_group SET name = ?, sort_order = ? WHERE id = ?", g.name(), g.sortOrder(), g.id());
    }

    public void deleteGroup(Connection c, long id) throws SQLException {
        Jdbc.update(c, "DELETE FROM indicator WHERE group_id = ?", id);
        Jdbc.update(c, "DELETE FROM indicator_group WHERE id = ?", id);
    }

    public void deleteIndicator(Connection c, long id) throws SQLException {
        Jdbc.update(c, "DELETE FROM indicator WHERE id = ?", id);
    }

    public List<Indicator> indicators(Connection c, long planId) throws SQLException {
        return Jdbc.query(
                c,
                "SELECT * FROM indicator WHERE plan_id = ? ORDER BY sort_order, id",
                IndicatorRepository::indicator,
                planId);
    }

    public long insertIndicator(Connection c, Indicator i) throws SQLException {
        return Jdbc.insert(
                c,
                "INSERT INTO indicator (plan_id, group_id, code, name, unit, direction, attribute, "
                        + "grade_scale, note, sort_order) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                i.planId(),
                Jdbc.nullIfZero(i.groupId()),
                PlanRepository.nz(i.code()),
                i.name(),
                PlanRepository.nz(i.unit()),
                i.direction().code(),
                i.attribute() == null ? null : i.attribute().name(),
                i.gradeScale() == null ? null : i.gradeScale().code(),
                PlanRepository.nz(i.note()),
                i.sortOrder());
    }

    public void updateIndicator(Connection c, Indicator i) throws SQLException {
        Jdbc.update(
                c,
                "UPDATE indicator SET group_id = ?, code = ?, name = ?, unit = ?, direction = ?, attribute = ?, "
                        + "grade_scale = ?, note = ?, sort_order = ? WHERE id = ?",
                Jdbc.nullIfZero(i.groupId()),
                PlanRepository.nz(i.code()),
                i.name(),
                PlanRepository.nz(i.unit()),
                i.direction().code(),
                i.attribute() == null ? null : i.attribute().name(),
                i.gradeScale() == null ? null : i.gradeScale().code(),
                PlanRepository.nz(i.note()),
                i.sortOrder(),
                i.id());
    }

    public List<Part> parts(Connection c, long planId) throws SQLException {
        return Jdbc.query(
                c,
                "SELECT p.* FROM part p JOIN indicator i ON i.id = p.indicator_id WHERE i.plan_id = ? "
                        + "ORDER BY p.indicator_id, p.sort_order, p.id",
                IndicatorRepository::part,
                planId);
    }

    public long insertPart(Connection c, Part p) throws SQLException {
        return Jdbc.insert(
                c,
                "INSERT INTO part (indicator_id, name, unit, sort_order) VALUES (?, ?, ?, ?)",
                p.indicatorId(),
                PlanRepository.nz(p.name()),
                PlanRepository.nz(p.unit()),
                p.sortOrder());
    }

    public void updatePart(Connection c, Part p) throws SQLException {
        Jdbc.update(
                c,
                "UPDATE part SET name = ?, unit = ?, sort_order = ? WHERE id = ?",
                PlanRepository.nz(p.name()),
                PlanRepository.nz(p.unit()),
                p.sortOrder(),
                p.id());
    }

    public void deletePart(Connection c, long id) throws SQLException {
        Jdbc.update(c, "DELETE FROM part WHERE id = ?", id);
    }

    public List<TargetEntry> targets(Connection c, long planId) throws SQLException {
        return Jdbc.query(
                c,
                "SELECT t.* FROM target t JOIN part p ON p.id = t.part_id "
                        + "JOIN indicator i ON i.id = p.indicator_id WHERE i.plan_id = ?",
                IndicatorRepository::target,
                planId);
    }

    /** Inserts or replaces the target of a part in a year. */
    public void upsertTarget(Connection c, long partId, int year, Target t, String source, String note)
            throws SQLException {
        Jdbc.update(
                c,
                "MERGE INTO target (part_id, yr, comparator, val, upper, grade, stretch, text, cumulative, "
                        + "single_year, source, note) KEY (part_id, yr) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                partId,
                year,
                t.comparator().symbol(),
                t.value(),
                t.upper(),
                t.grade(),
                t.stretch(),
                PlanRepository.nz(t.text()),
                t.cumulative(),
                t.singleYear(),
                PlanRepository.nz(source),
                PlanRepository.nz(note));
    }

    /** Batched writes of targets, actuals and change-log rows for large imports; {@link #flush()} sends them. */
    public final class Batch implements AutoCloseable {
        private static final int SIZE = 5000;
        private final PreparedStatement targets;
        private final PreparedStatement actuals;
        private final PreparedStatement log;
        private final PreparedStatement newTargets;
        private final PreparedStatement newActuals;
        private int pending;

        Batch(Connection c) throws SQLException {
            targets = c.prepareStatement(
                    "MERGE INTO target (part_id, yr, comparator, val, upper, grade, stretch, text, "
                            + "cumulative, single_year, source, note) KEY (part_id, yr) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            actuals = c.prepareStatement("MERGE INTO actual (part_id, yr, kind, val, grade, text, source, note, "
                    + "entered_at) KEY (part_id, yr, kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
            log = c.prepareStatement("INSERT INTO change_log (at, os_user, entity, entity_id, field, old_value, "
                    + "new_value) VALUES (?, ?, ?, ?, ?, ?, ?)");
            newTargets = c.prepareStatement("INSERT INTO target (part_id, yr, comparator, val, upper, grade, stretch, "
                    + "text, cumulative, single_year, source, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            newActuals = c.prepareStatement("INSERT INTO actual (part_id, yr, kind, val, grade, text, source, note, "
                    + "entered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        }

        /**
         * A target of a part this import created and that this import has not written for this year yet: a plain
         * insert, cheaper than a merge.
         */
        public void newTarget(long partId, int year, Target t, String source, String note) throws SQLException {
            Jdbc.bind(
                    newTargets,
                    partId,
                    year,
                    t.comparator().symbol(),
                    t.value(),
                    t.upper(),
                    t.grade(),
                    t.stretch(),
                    PlanRepository.nz(t.text()),
                    t.cumulative(),
                    t.singleYear(),
                    PlanRepository.nz(source),
                    PlanRepository.nz(note));
            newTargets.addBatch();
            count();
        }

        /** As {@link #newTarget} for an actual or baseline. */
        public void newActual(ActualEntry a) throws SQLException {
            Jdbc.bind(
                    newActuals,
                    a.partId(),
                    a.year(),
                    a.kind().name(),
                    a.value(),
                    a.grade(),
                    PlanRepository.nz(a.text()),
                    PlanRepository.nz(a.source()),
                    PlanRepository.nz(a.note()),
                    Timestamp.from(a.enteredAt()));
            newActuals.addBatch();
            count();
        }

        public void target(long partId, int year, Target t, String source, String note) throws SQLException {
            Jdbc.bind(
                    targets,
                    partId,
                    year,
                    t.comparator().symbol(),
                    t.value(),
                    t.upper(),
                    t.grade(),
                    t.stretch(),
                    PlanRepository.nz(t.text()),
                    t.cumulative(),
                    t.singleYear(),
                    PlanRepository.nz(source),
                    PlanRepository.nz(note));
            targets.addBatch();
            count();
        }

        public void actual(ActualEntry a) throws SQLException {
            Jdbc.bind(
                    actuals,
                    a.partId(),
                    a.year(),
                    a.kind().name(),
                    a.value(),
                    a.grade(),
                    PlanRepository.nz(a.text()),
                    PlanRepository.nz(a.source()),
                    PlanRepository.nz(a.note()),
                    Timestamp.from(a.enteredAt()));
            actuals.addBatch();
            count();
        }

        public void change(Change ch) throws SQLException {
            Jdbc.bind(
                    log,
                    Timestamp.from(ch.at()),
                    ch.osUser(),
                    ch.entity(),
                    ch.entityId(),
                    ch.field(),
                    ch.oldValue(),
                    ch.newValue());
            log.addBatch();
            count();
        }

        private void count() throws SQLException {
            if (++pending >= SIZE) {
                flush();
            }
        }

        public void flush() throws SQLException {
            newTargets.executeBatch();
            newActuals.executeBatch();
            targets.executeBatch();
            actuals.executeBatch();
            log.executeBatch();
            pending = 0;
        }

        @Override
        public void close() throws SQLException {
            targets.close();
            actuals.close();
            log.close();
            newTargets.close();
            newActuals.close();
        }
    }

    public Batch batch(Connection c) throws SQLException {
        return new Batch(c);
    }

    public Optional<TargetEntry> target(Connection c, long partId, int year) throws SQLException {
        return Jdbc.query(
                        c,
                        "SELECT * FROM target WHERE part_id = ? AND yr = ?",
                        IndicatorRepository::target,
                        partId,
                        year)
                .stream()
                .findFirst();
    }

    public Optional<ActualEntry> actual(Connection c, long partId, int year, ActualKind kind) throws SQLException {
        return Jdbc.query(
                        c,
                        "SELECT * FROM actual WHERE part_id = ? AND yr = ? AND kind = ?",
                        IndicatorRepository::actual,
                        partId,
                        year,
                        kind.name())
                .stream()
                .findFirst();
    }

    /** Sets the source and note of a target (isTarget) or of an actual; false when there is none. */
    public boolean annotate(Connection c, long partId, int year, boolean isTarget, String source, String note)
            throws SQLException {
        String sql = isTarget
                ? "UPDATE target SET source = ?, note = ? WHERE part_id = ? AND yr = ?"
                : "UPDATE actual SET source = ?, note = ? WHERE part_id = ? AND yr = ? AND kind = 'ACTUAL'";
        return Jdbc.update(c, sql, PlanRepository.nz(source), PlanRepository.nz(note), partId, year) > 0;
    }

    public void deleteTarget(Connection c, long partId, int year) throws SQLException {
        Jdbc.update(c, "DELETE FROM target WHERE part_id = ? AND yr = ?", partId, year);
    }

    public void deleteActual(Connection c, long partId, int year, ActualKind kind) throws SQLException {
        Jdbc.update(c, "DELETE FROM actual WHERE part_id = ? AND yr = ? AND kind = ?", partId, year, kind.name());
    }

    public List<ActualEntry> actuals(Connection c, long planId) throws SQLException {
        return Jdbc.query(
                c,
                "SELECT a.* FROM actual a JOIN part p ON p.id = a.part_id "
                        + "JOIN indicator i ON i.id = p.indicator_id WHERE i.plan_id = ?",
                IndicatorRepository::actual,
                planId);
    }

    public List<ActualEntry> actualsOfPart(Connection c, long partId) throws SQLException {
        return Jdbc.query(
                c, "SELECT * FROM actual WHERE part_id = ? ORDER BY yr, kind", IndicatorRepository::actual, partId);
    }

    /** Inserts or replaces the actual (or baseline) of a part in a year. */
    public void upsertActual(Connection c, ActualEntry a) throws SQLException {
        Jdbc.update(
                c,
                "MERGE INTO actual (part_id, yr, kind, val, grade, text, source, note, entered_at) "
                        + "KEY (part_id, yr, kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                a.partId(),
                a.year(),
                a.kind().name(),
                a.value(),
                a.grade(),
                PlanRepository.nz(a.text()),
                PlanRepository.nz(a.source()),
                PlanRepository.nz(a.note()),
                Timestamp.from(a.enteredAt()));
    }

    private static Indicator indicator(ResultSet rs) throws SQLException {
        String attribute = rs.getString("attribute");
        String scale = rs.getString("grade_scale");
        return new Indicator(
                rs.getLong("id"),
                rs.getLong("plan_id"),
                Jdbc.getLong(rs, "group_id"),
                rs.getString("code"),
                rs.getString("name"),
                rs.getString("unit"),
                Direction.fromCode(rs.getString("direction")),
                attribute == null ? null : Attribute.valueOf(attribute),
                scale == null ? null : GradeScale.fromCode(scale),
                rs.getString("note"),
                rs.getInt("sort_order"));
    }

    private static Part part(ResultSet rs) throws SQLException {
        return new Part(
                rs.getLong("id"),
                rs.getLong("indicator_id"),
                rs.getString("name"),
                rs.getString("unit"),
                rs.getInt("sort_order"));
    }

    private static TargetEntry target(ResultSet rs) throws SQLException {
        Target t = new Target(
                Comparator.fromSymbol(rs.getString("comparator")),
                Jdbc.getDouble(rs, "val"),
                Jdbc.getDouble(rs, "upper"),
                rs.getString("grade"),
                rs.getString("stretch"),
                rs.getString("text"),
                rs.getBoolean("cumulative"),
                rs.getBoolean("single_year"));
        return new TargetEntry(
                rs.getLong("id"),
                rs.getLong("part_id"),
                rs.getInt("yr"),
                t,
                rs.getString("source"),
                rs.getString("note"));
    }

    private static ActualEntry actual(ResultSet rs) throws SQLException {
        return new ActualEntry(
                rs.getLong("id"),
                rs.getLong("part_id"),
                rs.getInt("yr"),
                ActualKind.valueOf(rs.getString("kind")),
                Jdbc.getDouble(rs, "val"),
                rs.getString("grade"),
                rs.getString("text"),
                rs.getString("source"),
                rs.getString("note"),
                rs.getTimestamp("entered_at").toInstant());
    }
}
