package org.plandesk.shared.store;

import java.sql.Clob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.plandesk.workspace.Jdbc;
import org.plandesk.workspace.Sql;
import org.plandesk.workspace.TableModel;

/**
 * The rows an edit may touch: root selections ({@code indicator WHERE id = ?}, {@code target WHERE part_id = ? AND yr
 * = ?}) and everything that hangs on them through foreign keys (an indicator's parts, their targets, actuals and
 * registry links), plus the rows of a table that the edit creates. Captured before and after the edit, the scope
 * gives exactly what changed. Table names and conditions are the code's own text; values are bound parameters.
 */
public final class RowScope {
    private record Root(String table, String where, Object[] params, boolean descend) {}

    private static final int CHUNK = 500;
    private final List<Root> roots = new ArrayList<>();
    private final List<String> created = new ArrayList<>();

    private RowScope() {}

    /** A scope with one root selection. */
    public static RowScope of(String table, String where, Object... params) {
        return new RowScope().and(table, where, params);
    }

    /** An empty scope, to add to. */
    public static RowScope empty() {
        return new RowScope();
    }

    /** Adds the rows of {@code table} that satisfy {@code where}, with their descendants. */
    public RowScope and(String table, String where, Object... params) {
        roots.add(new Root(table, where, params.clone(), true));
        return this;
    }

    /**
     * Adds only the rows of {@code table} that satisfy {@code where}, not what hangs on them: for an edit that changes
     * those rows but never deletes them (a plan's title), so its undo need not hold the whole plan.
     */
    public RowScope andOnly(String table, String where, Object... params) {
        roots.add(new Root(table, where, params.clone(), false));
        return this;
    }

    /** Adds the rows the edit will create in {@code table} (an id above the largest before it), with descendants. */
    public RowScope andCreated(String table) {
        created.add(table);
        return this;
    }

    /** The largest id of each table whose new rows belong to the scope: fixed before the edit runs. */
    Map<String, Long> thresholds(Connection c) throws SQLException {
        Map<String, Long> out = new HashMap<>();
        for (String t : created) {
            out.put(
                    t,
                    Jdbc.query(
                                    c,
                                    "SELECT COALESCE(MAX(id), 0) FROM " + Sql.id(t.toUpperCase(Locale.ROOT)),
                                    rs -> rs.getLong(1))
                            .get(0));
        }
        return out;
    }

    /** Captures the scope's rows as they are now. */
    RowImage capture(Connection c, TableModel model, Map<String, Long> thresholds) throws SQLException {
        RowImage image = new RowImage();
        Map<String, List<Object[]>> fresh = new LinkedHashMap<>();
        for (Root r : roots) {
            addAll(
                    image,
                    r.descend() ? fresh : new LinkedHashMap<>(),
                    model.table(r.table()),
                    select(
                            c,
                            "SELECT * FROM " + Sql.id(model.table(r.table()).name()) + " WHERE " + r.where(),
                            r.params()));
        }
        for (var e : thresholds.entrySet()) {
            addAll(
                    image,
                    fresh,
                    model.table(e.getKey()),
                    select(
                            c,
                            "SELECT * FROM " + Sql.id(model.table(e.getKey()).name()) + " WHERE id > ?",
                            e.getValue()));
        }
        // descendants: rows that reference a captured row, until no new row appears
        while (!fresh.isEmpty()) {
            Map<String, List<Object[]>> next = new LinkedHashMap<>();
            for (var e : fresh.entrySet()) {
                TableModel.Table parent = model.table(e.getKey());
                String[] columns = image.columns(parent.name());
                for (TableModel.ForeignKey fk : model.children(parent.name())) {
                    int at = indexOf(columns, fk.parentColumn());
                    List<Object> values =
                            e.getValue().stream().map(row -> row[at]).toList();
                    for (int i = 0; i < values.size(); i += CHUNK) {
                        Object[] chunk = values.subList(i, Math.min(values.size(), i + CHUNK))
                                .toArray();
                        addAll(
                                image,
                                next,
                                model.table(fk.table()),
                                select(
                                        c,
                                        "SELECT * FROM " + Sql.id(fk.table()) + " WHERE " + Sql.id(fk.column())
                                                + " = ANY(?)",
                                        (Object) chunk));
                    }
                }
            }
            fresh = next;
        }
        return image;
    }

    private static void addAll(
            RowImage image, Map<String, List<Object[]>> fresh, TableModel.Table table, Selected selected) {
        image.columns(table.name(), selected.columns());
        for (Object[] row : selected.rows()) {
            if (image.put(table, row)) {
                fresh.computeIfAbsent(table.name(), k -> new ArrayList<>()).add(row);
            }
        }
    }

    private record Selected(String[] columns, List<Object[]> rows) {}

    private static Selected select(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Jdbc.bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData md = rs.getMetaData();
                String[] columns = new String[md.getColumnCount()];
                for (int i = 0; i < columns.length; i++) {
                    columns[i] = md.getColumnLabel(i + 1);
                }
                List<Object[]> rows = new ArrayList<>();
                while (rs.next()) {
                    Object[] row = new Object[columns.length];
                    for (int i = 0; i < row.length; i++) {
                        Object v = rs.getObject(i + 1);
                        row[i] = v instanceof Clob clob ? clob.getSubString(1, (int) clob.length()) : v;
                    }
                    rows.add(row);
                }
                return new Selected(columns, rows);
            }
        }
    }

    static int indexOf(String[] columns, String column) {
        for (int i = 0; i < columns.length; i++) {
            if (columns[i].equalsIgnoreCase(column)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no column " + column);
    }
}
