package org.plandesk.plan.io;

import java.util.List;
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

    /** The three tables PlanDesk writes and reads back, told apart by their header rows. */
    public enum Kind {
        LONG,
        PLAN_LIST,
        TASKS
    }

    /** A text file whose first row is the header of a long CSV, a plan list or a task list. */
    public static boolean hasPlanDeskHeader(byte[] bytes) {
        return kindOf(bytes) != null;
    }

    /** Which of PlanDesk's tables a text starts with (its first non-blank line), or null; a file's start will do. */
    public static Kind kindOf(byte[] start) {
        String text = TextDecoding.decode(start).text();
        return kindOf(text.lines().filter(l -> !l.isBlank()).findFirst().orElse(""));
    }

    private static Kind kindOf(String firstLine) {
        List<String> header = List.of(firstLine.replace("\uFEFF", "").split(",", -1));
        if (LongCsv.matches(header)) {
            return Kind.LONG;
        }
        if (PlanListCsv.matches(header)) {
            return Kind.PLAN_LIST;
        }
        return TaskCsv.matches(header) ? Kind.TASKS : null;
    }

    /** Reads a CSV text of any of the three kinds. */
    public static PlanTables parse(String text, String defaultPlan) throws InputRejectedException {
        Kind kind = kindOf(text.lines().filter(l -> !l.isBlank()).findFirst().orElse(""));
        if (text.isBlank()) {
            throw InputRejectedException.of(Problem.of("csv.empty"));
        }
        if (kind == null) {
            throw InputRejectedException.of(Problem.of("import.unknownTable", String.join(",", LongCsv.HEADER)));
        }
        return switch (kind) {
            case LONG -> ofRows(new LongCsvReader().read(text, defaultPlan));
            case PLAN_LIST -> new PlanTables(new PlanListCsv().read(text), List.of(), List.of());
            case TASKS -> new PlanTables(List.of(), new TaskCsv().read(text), List.of());
        };
    }
}
