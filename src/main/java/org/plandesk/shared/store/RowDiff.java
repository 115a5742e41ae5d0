package org.plandesk.shared.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.plandesk.workspace.Jdbc;
import org.plandesk.workspace.Sql;
import org.plandesk.workspace.TableModel;

/**
 * What an edit changed: for each row it created, deleted or changed, the row before and after (null where it did not
 * exist), ids included. Applying one side puts exactly those rows back as they were on that side — deleted rows come
 * back with their ids, so the change log, notes and registry links that name them stay attached. Memory follows the
 * size of the change, not of the plan.
 */
public final class RowDiff {
    /** One changed row: its table, columns, and its values before and after (either may be null). */
    public record Row(String table, String[] columns, Object[] before, Object[] after) {
        /** Column → value of one side, or null. */
        public Map<String, Object> side(boolean afterSide) {
            Object[] v = afterSide ? after : before;
            if (v == null) {
                return null;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            for (int i = 0; i < columns.length; i++) {
                m.put(columns[i], v[i]);
            }
            return m;
        }
    }

    private final List<Row> rows;

    private RowDiff(List<Row> rows) {
        this.rows = rows;
    }

    static RowDiff between(RowImage before, RowImage after) {
        List<Row> out = new ArrayList<>();
        Set<String> tables = new HashSet<>(before.tables());
        tables.addAll(after.tables());
        for (String t : tables) {
            String[] columns = before.columns(t) != null ? before.columns(t) : after.columns(t);
            Map<List<Object>, Object[]> b = before.rows(t);
            Map<List<Object>, Object[]> a = after.rows(t);
            for (var e : b.entrySet()) {
                Object[] now = a.get(e.getKey());
                if (now == null || !Arrays.equals(e.getValue(), now)) {
                    out.add(new Row(t, columns, e.getValue(), now));
                }
            }
            for (var e : a.entrySet()) {
                if (!b.containsKey(e.getKey())) {
                    out.add(new Row(t, columns, null, e.getValue()));
                }
            }
        }
        return new RowDiff(List.copyOf(out));
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    public List<Row> rows() {
        return rows;
    }

    /**
     * Makes the rows of this diff what they were {@code before} (undo) or {@code after} (redo): deletes rows that did
     * not exist on that side (children first), then, parents first, sets aside the unique names of rows about to
     * change, inserts missing rows (a task after its parent) and updates the others to every stored value.
     */
    void apply(Connection c, TableModel model, boolean afterSide) throws SQLException {
        List<String> order = model.parentFirst();
        for (int i = order.size() - 1; i >= 0; i--) {
            TableModel.Table table = model.table(order.get(i));
            for (Row r : rows) {
                if (r.table().equals(table.name()) && (afterSide ? r.after() : r.before()) == null) {
                    Object[] from = afterSide ? r.before() : r.after();
                    Jdbc.update(
                            c,
                            "DELETE FROM " + Sql.id(table.name()) + " WHERE " + keyCondition(table),
                            RowImage.key(table, r.columns(), from).toArray());
                }
            }
        }
        for (String name : order) {
            TableModel.Table table = model.table(name);
            List<Object[]> toInsert = new ArrayList<>();
            List<Object[]> toUpdate = new ArrayList<>();
            String[] columns = null;
            for (Row r : rows) {
                Object[] target = afterSide ? r.after() : r.before();
                if (!r.table().equals(name) || target == null) {
                    continue;
                }
                columns = r.columns();
                Object[] key = RowImage.key(table, columns, target).toArray();
                boolean exists = !Jdbc.query(
                                c, "SELECT 1 FROM " + Sql.id(name) + " WHERE " + keyCondition(table), rs -> 1, key)
                        .isEmpty();
                (exists ? toUpdate : toInsert).add(target);
            }
            if (columns == null) {
                continue;
            }
            for (Object[] row : toUpdate) {
                setAside(c, table, columns, row);
            }
            for (Object[] row : parentsFirst(table, columns, toInsert)) {
                Jdbc.update(
                        c,
                        "INSERT INTO " + Sql.id(name) + " (" + String.join(", ", ids(columns)) + ") VALUES ("
                                + String.join(", ", Collections.nCopies(columns.length, "?")) + ")",
                        row);
            }
            for (Object[] row : toUpdate) {
                Object[] params = Arrays.copyOf(row, row.length + table.key().size());
                Object[] key = RowImage.key(table, columns, row).toArray();
                System.arraycopy(key, 0, params, row.length, key.length);
                Jdbc.update(
                        c,
                        "UPDATE " + Sql.id(name) + " SET " + String.join(" = ?, ", ids(columns)) + " = ? WHERE "
                                + keyCondition(table),
                        params);
            }
        }
    }

    /** Unique names of a row that is about to change get a value no other row has, so two rows can swap names. */
    private static void setAside(Connection c, TableModel.Table table, String[] columns, Object[] row)
            throws SQLException {
        if (table.uniqueText().isEmpty()) {
            return;
        }
        Object[] key = RowImage.key(table, columns, row).toArray();
        String mark = "\u0000" + Arrays.toString(key);
        Object[] params = new Object[table.uniqueText().size() + key.length];
        Arrays.fill(params, 0, table.uniqueText().size(), mark);
        System.arraycopy(key, 0, params, table.uniqueText().size(), key.length);
        Jdbc.update(
                c,
                "UPDATE " + Sql.id(table.name()) + " SET "
                        + String.join(" = ?, ", ids(table.uniqueText().toArray(new String[0]))) + " = ? WHERE "
                        + keyCondition(table),
                params);
    }

    /** Rows of a table that references itself, ordered so that a parent is inserted before its children. */
    private static List<Object[]> parentsFirst(TableModel.Table table, String[] columns, List<Object[]> rows) {
        TableModel.ForeignKey self = table.selfReference();
        if (self == null || rows.size() < 2) {
            return rows;
        }
        int parentAt = RowScope.indexOf(columns, self.column());
        int idAt = RowScope.indexOf(columns, self.parentColumn());
        Set<Object> pending = new HashSet<>();
        rows.forEach(r -> pending.add(r[idAt]));
        List<Object[]> out = new ArrayList<>();
        List<Object[]> left = new ArrayList<>(rows);
        while (!left.isEmpty()) {
            int before = left.size();
            for (var it = left.iterator(); it.hasNext(); ) {
                Object[] r = it.next();
                if (r[parentAt] == null || !pending.contains(r[parentAt])) {
                    out.add(r);
                    pending.remove(r[idAt]);
                    it.remove();
                }
            }
            if (left.size() == before) {
                throw new IllegalStateException("rows of " + table.name() + " reference each other in a cycle");
            }
        }
        return out;
    }

    private static String keyCondition(TableModel.Table table) {
        return String.join(" = ? AND ", ids(table.key().toArray(new String[0]))) + " = ?";
    }

    private static List<String> ids(String[] names) {
        return Arrays.stream(names).map(Sql::id).toList();
    }
}
