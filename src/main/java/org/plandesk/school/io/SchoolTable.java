package org.plandesk.school.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.plandesk.shared.RowProblem;

/**
 * A school table as parsed: the columns found, the rows, and every problem with its row and column. A table with any
 * problem is not imported (all or nothing).
 *
 * @param headerRow row number of the header
 * @param columns   the recognised column of each header cell, null where a header is not one PlanDesk knows
 * @param ignored   headers that were not recognised and are left out
 */
public record SchoolTable(
        int headerRow,
        List<SchoolColumn> columns,
        List<String> ignored,
        List<SchoolRow> rows,
        List<RowProblem> problems) {

    public SchoolTable {
        columns = Collections.unmodifiableList(new ArrayList<>(columns));
        ignored = List.copyOf(ignored);
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }
}
