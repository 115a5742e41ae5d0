package org.plandesk.plan.io;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.plandesk.io.CsvOut;
import org.plandesk.io.CsvTables;
import org.plandesk.plan.Plan;
import org.plandesk.shared.InputRejectedException;
import org.plandesk.shared.Problem;
import org.plandesk.shared.RowProblem;

/** Plan metadata as CSV: one plan per row (title, short name, kind, issuer, 文号, date, period, source, note). */
public final class PlanListCsv {
    public static final List<String> HEADER = List.of(
            "title",
            "short_name",
            "kind",
            "issuer",
            "doc_number",
            "issue_date",
            "start_year",
            "end_year",
            "source",
            "note");

    public static boolean matches(List<String> header) {
        return CsvTables.clean(header).equals(HEADER);
    }

    public List<Plan> read(String text) throws InputRejectedException {
        List<List<String>> rows;
        try {
            rows = CsvTables.read(text);
        } catch (IOException e) {
            throw InputRejectedException.of(Problem.of("csv.broken", String.valueOf(e.getMessage())));
        }
        if (rows.isEmpty() || !matches(rows.get(0))) {
            throw InputRejectedException.of(Problem.of("longcsv.header", String.join(",", HEADER)));
        }
        List<Plan> out = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> r = rows.get(i);
            int line = i + 1;
            String title = CsvTables.cell(r, 0);
            if (title.isEmpty()) {
                problems.add(new RowProblem(line, "title", Problem.of("plans.noTitle")));
                continue;
            }
            LocalDate date = null;
            if (!CsvTables.cell(r, 5).isEmpty()) {
                try {
                    date = LocalDate.parse(CsvTables.cell(r, 5));
                } catch (DateTimeParseException e) {
                    problems.add(new RowProblem(line, "issue_date", Problem.of("plans.date", CsvTables.cell(r, 5))));
                    continue;
                }
            }
            String start = CsvTables.cell(r, 6);
            String end = CsvTables.cell(r, 7);
            if (!start.matches("\\d{4}") || !end.matches("\\d{4}") || Integer.parseInt(end) < Integer.parseInt(start)) {
                problems.add(new RowProblem(line, "start_year", Problem.of("plans.period", start, end)));
                continue;
            }
            out.add(new Plan(
                    0,
                    title,
                    CsvTables.cell(r, 1),
                    CsvTables.cell(r, 2),
                    CsvTables.cell(r, 3),
                    CsvTables.cell(r, 4),
                    date,
                    Integer.parseInt(start),
                    Integer.parseInt(end),
                    CsvTables.cell(r, 8),
                    CsvTables.cell(r, 9)));
        }
        if (!problems.isEmpty()) {
            throw new InputRejectedException(problems);
        }
        return out;
    }

    public void write(List<Plan> plans, Appendable out) throws IOException {
        try (CsvOut p = new CsvOut(
                out, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
            p.record(HEADER);
            for (Plan plan : plans) {
                p.record(
                        plan.title(),
                        plan.shortName(),
                        plan.kind(),
                        plan.issuer(),
                        plan.docNumber(),
                        plan.issueDate() == null ? "" : plan.issueDate().toString(),
                        plan.startYear(),
                        plan.endYear(),
                        plan.source(),
                        plan.note());
            }
        }
    }
}
