package org.plandesk.plan.io;

import java.io.IOException;
import java.util.List;
import org.plandesk.io.CsvTables;
import org.plandesk.io.TextDecoding;
import org.plandesk.plan.Plan;
import org.plandesk.shared.InputRejectedException;
import org.plandesk.shared.Problem;

/**
 * The tables a plan import reads: plan metadata, task structure and long-CSV values. A file holds one of them,
 * recognised by its header row.
 *
 * @param plans plan metadata rows
 * @param tasks task structure rows
 * @param rows  long-CSV rows
 */
public record PlanTables(List<Plan> plans, List<TaskRow> tasks, List<LongRow> rows) {

    public static PlanTables ofRows(List<LongRow> rows) {
        return new PlanTables(List.of(), List.of(), rows);
    }

    /** A text file whose first row is the header of a long CSV, a plan list or a task list. */
    public static boolean hasPlanDeskHeader(byte[] bytes) {
        String text = TextDecoding.decode(bytes).text();
        String first =
                text.lines().filter(l -> !l.isBlank()).findFirst().orElse("").replace("\uFEFF", "");
        List<String> header = List.of(first.split(",", -1));
        return LongCsv.matches(header) || PlanListCsv.matches(header) || TaskCsv.matches(header);
    }

    /** Reads a CSV text of any of the three kinds. */
    public static PlanTables parse(String text, String defaultPlan) throws InputRejectedException {
        List<List<String>> rows;
        try {
            rows = CsvTables.read(text);
        } catch (IOException e) {
            throw InputRejectedException.of(Problem.of("csv.broken", String.valueOf(e.getMessage())));
        }
        if (rows.isEmpty()) {
            throw InputRejectedException.of(Problem.of("csv.empty"));
        }
        List<String> header = rows.get(0);
        if (LongCsv.matches(header)) {
            return ofRows(new LongCsvReader().read(text, defaultPlan));
        }
        if (PlanListCsv.matches(header)) {
            return new PlanTables(new PlanListCsv().read(text), List.of(), List.of());
        }
        if (TaskCsv.matches(header)) {
            return new PlanTables(List.of(), new TaskCsv().read(text), List.of());
        }
        throw InputRejectedException.of(Problem.of("import.unknownTable", String.join(",", LongCsv.HEADER)));
    }
}
