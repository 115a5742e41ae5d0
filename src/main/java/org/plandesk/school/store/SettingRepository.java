package org.plandesk.school.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.plandesk.workspace.Jdbc;

/** Named settings stored in the workspace (not in the user's preferences), e.g. the 全校 split weights. */
public final class SettingRepository {

    public Optional<String> get(Connection c, String name) throws SQLException {
        return Jdbc.query(c, "SELECT val FROM workspace_setting WHERE name = ?", rs -> rs.getString(1), name).stream()
                .findFirst();
    }

    public void put(Connection c, String name, String value) throws SQLException {
        Jdbc.update(c, "MERGE INTO workspace_setting (name, val) KEY (name) VALUES (?, ?)", name, value);
    }
}
