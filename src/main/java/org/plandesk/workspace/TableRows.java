package org.plandesk.workspace;

import java.sql.Clob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows copied out of a table exactly as stored (every column, ids included) and put back the same way: what an
 * undo needs to restore deleted or restructured rows with their ids, so history and references stay attached.
 */
public final class TableRows {
    private TableRows() {
    }

    /** The rows a query returns, each as column label → value (CLOBs read into strings). */
    public static List<Map<String, Object>> select(Connection c, String sql, Object... params) throws SQLException {
        List<Map<String, Object>> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Jdbc.bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData md = rs.getMetaData();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        Object v = rs.getObject(i);
                        if (v instanceof Clob clob) {
                            v = clob.getSubString(1, (int) clob.length());
                        }
                        row.put(md.getColumnLabel(i), v);
                    }
                    out.add(row);
                }
            }
        }
        return out;
    }

    /** Inserts rows as captured by {@link #select}. The table name is the code's own, never a user's text. */
    public static void insert(Connection c, String table, List<Map<String, Object>> rows) throws SQLException {
        for (Map<String, Object> row : rows) {
            String cols = String.join(", ", row.keySet());
            String marks = String.join(", ", row.keySet().stream().map(k -> "?").toList());
            Jdbc.update(c, "INSERT INTO " + table + " (" + cols + ") VALUES (" + marks + ")", row.values().toArray());
        }
    }
}
