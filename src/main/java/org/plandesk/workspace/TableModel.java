package org.plandesk.workspace;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The workspace's tables as its migrations made them, read from the database's own catalogue (never written by
 * hand, so it cannot fall behind a migration): each table's key, the foreign keys to its parents, the text columns
 * of its unique constraints, and an order in which parents come before children. What id-keeping undo needs to
 * put rows back in an order the constraints accept. The change log and Flyway's history are not part of it: they
 * only grow.
 */
public final class TableModel {
    /** A reference from {@code table.column} to {@code parentTable.parentColumn}. */
    public record ForeignKey(String table, String column, String parentTable, String parentColumn) {}

    /**
     * One table.
     *
     * @param name       upper-case name as the catalogue has it
     * @param key        the primary key's columns
     * @param parents    references to other tables and to itself
     * @param uniqueText text columns that take part in a unique constraint (set aside while rows swap values)
     */
    public record Table(String name, List<String> key, List<ForeignKey> parents, List<String> uniqueText) {
        /** The reference to this table itself (the task tree's parent), if any. */
        public ForeignKey selfReference() {
            return parents.stream()
                    .filter(f -> f.parentTable().equals(name))
                    .findFirst()
                    .orElse(null);
        }
    }

    private static final Set<String> NOT_RESTORED = Set.of("CHANGE_LOG", "FLYWAY_SCHEMA_HISTORY");

    private final Map<String, Table> tables;
    private final List<String> parentFirst;

    private TableModel(Map<String, Table> tables, List<String> parentFirst) {
        this.tables = tables;
        this.parentFirst = parentFirst;
    }

    /** Reads the model from a workspace's catalogue. */
    public static TableModel read(Connection c) throws SQLException {
        Map<String, String> constraintTable = new HashMap<>();
        Map<String, String> constraintType = new HashMap<>();
        for (Object[] r : rows(
                c,
                "SELECT CONSTRAINT_NAME, TABLE_NAME, CONSTRAINT_TYPE FROM INFORMATION_SCHEMA."
                        + "TABLE_CONSTRAINTS WHERE TABLE_SCHEMA = 'PUBLIC'")) {
            constraintTable.put((String) r[0], (String) r[1]);
            constraintType.put((String) r[0], (String) r[2]);
        }
        Map<String, List<String>> constraintColumns = new HashMap<>();
        for (Object[] r : rows(
                c,
                "SELECT CONSTRAINT_NAME, COLUMN_NAME FROM INFORMATION_SCHEMA.KEY_COLUMN_USAGE "
                        + "WHERE TABLE_SCHEMA = 'PUBLIC' ORDER BY CONSTRAINT_NAME, ORDINAL_POSITION")) {
            constraintColumns
                    .computeIfAbsent((String) r[0], k -> new ArrayList<>())
                    .add((String) r[1]);
        }
        Map<String, Set<String>> textColumns = new HashMap<>();
        Map<String, String> tableNames = new LinkedHashMap<>();
        for (Object[] r : rows(
                c,
                "SELECT TABLE_NAME, COLUMN_NAME, DATA_TYPE FROM INFORMATION_SCHEMA.COLUMNS "
                        + "WHERE TABLE_SCHEMA = 'PUBLIC' ORDER BY TABLE_NAME, ORDINAL_POSITION")) {
            String table = (String) r[0];
            if (NOT_RESTORED.contains(table.toUpperCase(Locale.ROOT))) {
                continue;
            }
            tableNames.put(table, table);
            if (String.valueOf(r[2]).startsWith("CHARACTER")) {
                textColumns.computeIfAbsent(table, k -> new LinkedHashSet<>()).add((String) r[1]);
            }
        }
        Map<String, List<String>> keys = new HashMap<>();
        Map<String, List<ForeignKey>> parents = new HashMap<>();
        Map<String, Set<String>> uniqueText = new HashMap<>();
        for (var e : constraintType.entrySet()) {
            String table = constraintTable.get(e.getKey());
            List<String> cols = constraintColumns.getOrDefault(e.getKey(), List.of());
            switch (e.getValue()) {
                case "PRIMARY KEY" -> keys.put(table, cols);
                case "UNIQUE" ->
                    cols.stream()
                            .filter(col ->
                                    textColumns.getOrDefault(table, Set.of()).contains(col))
                            .forEach(col -> uniqueText
                                    .computeIfAbsent(table, k -> new LinkedHashSet<>())
                                    .add(col));
                default -> {
                    // foreign keys come from REFERENTIAL_CONSTRAINTS below; checks need nothing here
                }
            }
        }
        for (Object[] r : rows(
                c,
                "SELECT CONSTRAINT_NAME, UNIQUE_CONSTRAINT_NAME FROM INFORMATION_SCHEMA."
                        + "REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = 'PUBLIC'")) {
            String table = constraintTable.get((String) r[0]);
            String parent = constraintTable.get((String) r[1]);
            List<String> cols = constraintColumns.get((String) r[0]);
            List<String> parentCols = constraintColumns.get((String) r[1]);
            if (cols.size() != 1 || parentCols.size() != 1) {
                throw new IllegalStateException("composite foreign key on " + table + " is not supported");
            }
            parents.computeIfAbsent(table, k -> new ArrayList<>())
                    .add(new ForeignKey(table, cols.get(0), parent, parentCols.get(0)));
        }
        Map<String, Table> tables = new LinkedHashMap<>();
        for (String t : tableNames.keySet()) {
            List<String> key = keys.get(t);
            if (key == null) {
                throw new IllegalStateException("table " + t + " has no primary key");
            }
            tables.put(
                    t,
                    new Table(
                            t,
                            List.copyOf(key),
                            List.copyOf(parents.getOrDefault(t, List.of())),
                            List.copyOf(uniqueText.getOrDefault(t, Set.of()))));
        }
        return new TableModel(tables, order(tables));
    }

    /** Parents before children (references to itself aside). */
    private static List<String> order(Map<String, Table> tables) {
        List<String> out = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        while (placed.size() < tables.size()) {
            int before = placed.size();
            for (Table t : tables.values()) {
                if (!placed.contains(t.name())
                        && t.parents().stream()
                                .map(ForeignKey::parentTable)
                                .allMatch(p -> p.equals(t.name()) || placed.contains(p) || !tables.containsKey(p))) {
                    placed.add(t.name());
                    out.add(t.name());
                }
            }
            if (placed.size() == before) {
                throw new IllegalStateException("the tables' references form a cycle");
            }
        }
        return List.copyOf(out);
    }

    private static List<Object[]> rows(Connection c, String sql) throws SQLException {
        return Jdbc.query(c, sql, rs -> {
            Object[] r = new Object[rs.getMetaData().getColumnCount()];
            for (int i = 0; i < r.length; i++) {
                r[i] = rs.getObject(i + 1);
            }
            return r;
        });
    }

    /** A table by name, in any case. */
    public Table table(String name) {
        Table t = tables.get(name.toUpperCase(Locale.ROOT));
        if (t == null) {
            throw new IllegalArgumentException("no table " + name);
        }
        return t;
    }

    /** Table names, parents first. */
    public List<String> parentFirst() {
        return parentFirst;
    }

    /** The references from other tables (and from itself) to a table. */
    public List<ForeignKey> children(String table) {
        String t = table.toUpperCase(Locale.ROOT);
        return tables.values().stream()
                .flatMap(x -> x.parents().stream())
                .filter(f -> f.parentTable().equals(t))
                .toList();
    }
}
