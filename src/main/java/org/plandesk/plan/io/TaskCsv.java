package org.plandesk.plan.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.plandesk.io.CsvTables;
import org.plandesk.plan.TaskLevel;
import org.plandesk.shared.InputRejectedException;
import org.plandesk.shared.Problem;
import org.plandesk.shared.RowProblem;

/** A plan's task structure as CSV: plan, dotted path, level, code, title, 牵头单位, 责任单位. */
public final class TaskCsv {
    public static final List<String> HEADER = List.of("plan", "path", "level", "code", "title", "lead", "responsible");

    public static boolean matches(List<String> header) {
        return CsvTables.clean(header).equals(HEADER);
    }

    public List<TaskRow> read(String text) throws InputRejectedException {
        List<List<String>> rows;
        try {
            rows = CsvTables.read(text);
        } catch (IOException e) {
            throw InputRejectedException.of(Problem.of("csv.broken", String.valueOf(e.getMessage())));
        }
        if (rows.isEmpty() || !matches(rows.get(0))) {
            throw InputRejectedException.of(Problem.of("longcsv.header", String.join(",", HEADER)));
        }
        List<TaskRow> out = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> r = rows.get(i);
            int line = i + 1;
            String plan = CsvTables.cell(r, 0);
            String path = CsvTables.cell(r, 1);
            TaskLevel level;
            try {
                level = TaskLevel.parse(CsvTables.cell(r, 2));
            } catch (IllegalArgumentException e) {
                problems.add(new RowProblem(line, "level", Problem.of("tasks.level", CsvTables.cell(r, 2))));
                continue;
            }
            if (!path.matches("\\d+(\\.\\d+)*")) {
                problems.add(new RowProblem(line, "path", Problem.of("tasks.path", path)));
                continue;
            }
            TaskRow row = new TaskRow(
                    plan,
                    path,
                    level,
                    CsvTables.cell(r, 3),
                    CsvTables.cell(r, 4),
                    CsvTables.cell(r, 5),
                    CsvTables.cell(r, 6),
                    line);
            if (!row.parentPath().isEmpty() && !seen.contains(plan + "\u0000" + row.parentPath())) {
                problems.add(new RowProblem(line, "path", Problem.of("tasks.parent", path)));
                continue;
            }
            if (row.title().isEmpty()) {
                problems.add(new RowProblem(line, "title", Problem.of("tasks.noTitle")));
                continue;
            }
            seen.add(plan + "\u0000" + path);
            out.add(row);
        }
        if (!problems.isEmpty()) {
            throw new InputRejectedException(problems);
        }
        return out;
    }
}
