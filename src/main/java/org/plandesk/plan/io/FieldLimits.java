package org.plandesk.plan.io;

import java.util.List;
import java.util.Map;
import org.plandesk.shared.Problem;
import org.plandesk.shared.RowProblem;

/**
 * The longest text each field of the workspace holds (the migrations' column sizes), checked when a table is read,
 * so an overlong name is a problem with its row and column in the preview and in a dry run, not a database error when
 * the import writes.
 */
public final class FieldLimits {
    /** Field → most characters. */
    public static final Map<String, Integer> MAX = Map.of(
            "plan", 1000,
            "code", 50,
            "group", 500,
            "indicator", 1000,
            "part", 200,
            "unit", 50,
            "text", 1000,
            "source", 1000,
            "note", 10_000);

    private FieldLimits() {}

    /** Adds a problem when {@code value} is longer than the field holds; {@code column} names it for the user. */
    public static void check(String field, String value, int line, String column, List<RowProblem> problems) {
        Integer max = MAX.get(field);
        if (max != null && value != null && value.length() > max) {
            problems.add(new RowProblem(line, column, Problem.of("field.tooLong", max, value.length())));
        }
    }
}
