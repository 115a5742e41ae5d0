package org.plandesk.workspace;

import java.util.List;

/**
 * Identifiers in SQL that PlanDesk builds itself (table and column names cannot be bound parameters): only names as
 * the database's catalogue gives them — letters, digits and underscores — quoted, so that no text can change the
 * statement. Values always go in as bound parameters.
 */
public final class Sql {
    private Sql() {}

    /** {@code SELECT * FROM "TABLE" ORDER BY "A", "B"}: every row of a table in key order, identifiers checked. */
    public static String selectAllOrdered(String table, List<String> orderBy) {
        return "SELECT * FROM " + id(table) + " ORDER BY "
                + String.join(", ", orderBy.stream().map(Sql::id).toList());
    }

    /** A checked, quoted identifier; anything else is a programming error. */
    public static String id(String name) {
        if (name == null || !name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("not an identifier: " + name);
        }
        return '"' + name + '"';
    }
}
