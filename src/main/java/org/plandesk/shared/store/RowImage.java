package org.plandesk.shared.store;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.plandesk.workspace.TableModel;

/** Rows exactly as stored — every column, ids included — keyed by table and primary key. */
final class RowImage {
    private final Map<String, String[]> columns = new HashMap<>();
    private final Map<String, Map<List<Object>, Object[]>> rows = new LinkedHashMap<>();

    String[] columns(String table) {
        return columns.get(table);
    }

    void columns(String table, String[] names) {
        columns.putIfAbsent(table, names);
    }

    /** Adds a row; false when a row with its key is already here. */
    boolean put(TableModel.Table table, Object[] row) {
        List<Object> key = key(table, columns.get(table.name()), row);
        return rows.computeIfAbsent(table.name(), k -> new LinkedHashMap<>()).putIfAbsent(key, row) == null;
    }

    static List<Object> key(TableModel.Table table, String[] columns, Object[] row) {
        Object[] key = new Object[table.key().size()];
        for (int i = 0; i < key.length; i++) {
            key[i] = row[RowScope.indexOf(columns, table.key().get(i))];
        }
        return Arrays.asList(key);
    }

    Set<String> tables() {
        return rows.keySet();
    }

    Map<List<Object>, Object[]> rows(String table) {
        return rows.getOrDefault(table, Map.of());
    }
}
