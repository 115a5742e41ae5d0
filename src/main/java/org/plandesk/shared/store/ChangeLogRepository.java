package org.plandesk.shared.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import org.plandesk.shared.Change;
import org.plandesk.workspace.Jdbc;

/** The change log: every edit with entity, field, old and new value, time and OS user. */
public final class ChangeLogRepository {

    public void record(Connection c, Change change) throws SQLException {
        Jdbc.update(
                c,
                "INSERT INTO change_log (at, os_user, entity, entity_id, field, old_value, new_value) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)",
                Timestamp.from(change.at()),
                change.osUser(),
                change.entity(),
                change.entityId(),
                change.field(),
                change.oldValue(),
                change.newValue());
    }

    /** Many changes in one batch. */
    public void recordAll(Connection c, List<Change> all) throws SQLException {
        try (var ps = c.prepareStatement("INSERT INTO change_log (at, os_user, entity, entity_id, field, old_value, "
                + "new_value) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            int n = 0;
            for (Change change : all) {
                Jdbc.bind(
                        ps,
                        Timestamp.from(change.at()),
                        change.osUser(),
                        change.entity(),
                        change.entityId(),
                        change.field(),
                        change.oldValue(),
                        change.newValue());
                ps.addBatch();
                if (++n % 5000 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }

    public List<Change> history(Connection c, String entity, long entityId) throws SQLException {
        return Jdbc.query(
                c,
                "SELECT * FROM change_log WHERE entity = ? AND entity_id = ? ORDER BY at, id",
                rs -> new Change(
                        rs.getTimestamp("at").toInstant(),
                        rs.getString("os_user"),
                        rs.getString("entity"),
                        rs.getLong("entity_id"),
                        rs.getString("field"),
                        rs.getString("old_value"),
                        rs.getString("new_value")),
                entity,
                entityId);
    }

    public int count(Connection c) throws SQLException {
        return Jdbc.query(c, "SELECT COUNT(*) FROM change_log", rs -> rs.getInt(1))
                .get(0);
    }
}
