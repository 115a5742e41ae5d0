package org.plandesk.plan.io.wide;

import java.util.List;
import java.util.Set;
import org.plandesk.plan.io.LongRow;
import org.plandesk.shared.Problem;
import org.plandesk.shared.RowProblem;

/**
 * A wide table read and understood, before anything is written: the role and year of every column, the values as
 * long rows (one per part, year and kind), the indicators found, every problem with row and column, and notes.
 *
 * @param headerRow  the header's row number (1-based)
 * @param columns    each column's role and year
 * @param rows       the values, ready to import
 * @param indicators the indicators found, in table order
 * @param problems   what could not be read, with what would fix it
 * @param notes      rows starting with 注
 * @param rowsWithProblems the table rows (1-based) that have a problem
 * @param explanations how the table was understood, for the preview: which rule decided the columns' roles, where
 *     the unit came from, whether the table was turned round
 */
public record WideTable(
        int headerRow,
        List<WideColumn> columns,
        List<LongRow> rows,
        List<FoundIndicator> indicators,
        List<RowProblem> problems,
        List<String> notes,
        Set<Integer> rowsWithProblems,
        List<Problem> explanations) {

    /**
     * An indicator found in the table: where, its group, name, unit and parts, and where its unit came from (a message
     * key: {@code unitFrom.column}, {@code .name}, {@code .above}, {@code .block} or {@code .none}).
     */
    public record FoundIndicator(
            int row,
            String code,
            String group,
            String name,
            String unit,
            List<String> parts,
            List<String> partUnits,
            String unitFrom) {}

    /** Rows of lines without problems only: for "apply the rows without problems". */
    public List<LongRow> rowsWithoutProblems() {
        return rows.stream().filter(r -> !rowsWithProblems.contains(r.line())).toList();
    }
}
