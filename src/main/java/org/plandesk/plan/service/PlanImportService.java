package org.plandesk.plan.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.plandesk.plan.Plan;
import org.plandesk.plan.io.LongCsvReader;
import org.plandesk.plan.io.LongRow;
import org.plandesk.plan.io.TaskRow;
import org.plandesk.plan.store.IndicatorRepository;
import org.plandesk.plan.store.PlanRepository;
import org.plandesk.shared.BulkWriteGuard;
import org.plandesk.shared.InputRejectedException;
import org.plandesk.shared.TaskRunner;
import org.plandesk.shared.store.RowHistory;
import org.plandesk.shared.store.RowScope;
import org.plandesk.workspace.Transactor;

/**
 * Imports plan metadata, task structures and long rows. One import is one transaction: it is written whole or not
 * at all (a cancelled or failed import rolls back); a dry run computes the same summary and writes nothing. Values
 * go in JDBC batches, and what the import finds or creates is cached, so large imports stay fast.
 */
public final class PlanImportService {
    private final Transactor tx;
    private final RowHistory history;
    private final PlanRepository plans;
    private final IndicatorRepository indicators;
    private final PlanService planService;
    private final BulkWriteGuard guard;

    public PlanImportService(
            Transactor tx,
            RowHistory history,
            PlanRepository plans,
            IndicatorRepository indicators,
            PlanService planService,
            BulkWriteGuard guard) {
        this.guard = guard;
        this.tx = tx;
        this.history = history;
        this.plans = plans;
        this.indicators = indicators;
        this.planService = planService;
    }

    public ImportSummary importAll(List<Plan> planList, List<TaskRow> tasks, List<LongRow> rows, boolean dryRun) {
        return importAll(planList, tasks, rows, List.of(), dryRun, null);
    }

    public ImportSummary importLong(List<LongRow> rows, boolean dryRun) {
        return importAll(List.of(), List.of(), rows, List.of(), dryRun, null);
    }

    /**
     * Imports everything in one transaction.
     *
     * @param notes    rows starting with 注 in a wide table, added to the plans' notes
     * @param progress reports progress and is asked for cancellation, or null
     * @throws CancellationException when cancelled; nothing is written
     */
    public ImportSummary importAll(
            List<Plan> planList,
            List<TaskRow> tasks,
            List<LongRow> rows,
            List<String> notes,
            boolean dryRun,
            TaskRunner.Progress progress) {
        Transactor.Work<ImportSummary, RuntimeException> work = c -> {
            try (ImportRun run = run(c, dryRun, progress)) {
                ImportSummary s = apply(run, planList, tasks, rows);
                run.addNotes(notes);
                return s;
            }
        };
        if (dryRun) {
            return tx.rolledBack(work);
        }
        guard.beforeWriting(rows.size());
        return tx.inTransaction(work);
    }

    /**
     * Imports as {@link #importAll} does and returns an edit that undoes the whole import in one step: plans it
     * created are removed, plans it changed go back to exactly what they held before (metadata, structure, values).
     */
    public UndoableImport importUndoable(
            List<Plan> planList,
            List<TaskRow> tasks,
            List<LongRow> rows,
            List<String> notes,
            String description,
            TaskRunner.Progress progress) {
        Set<String> titles = new LinkedHashSet<>();
        planList.forEach(p -> titles.add(p.title()));
        tasks.forEach(t -> titles.add(t.plan()));
        rows.forEach(r -> titles.add(r.plan()));
        guard.beforeWriting(rows.size());
        // the plans it touches, by id (found by title before it runs), and the plans it creates
        RowHistory.Recorded<ImportSummary> done = history.record(
                description,
                c -> {
                    RowScope scope = RowScope.empty().andCreated("plan");
                    for (String t : titles) {
                        var existing = plans.planByTitle(c, t);
                        if (existing.isPresent()) {
                            scope.and("plan", "id = ?", existing.get().id());
                        }
                    }
                    return scope;
                },
                c -> {
                    try (ImportRun run = run(c, false, progress)) {
                        ImportSummary s = apply(run, planList, tasks, rows);
                        run.addNotes(notes);
                        return s;
                    }
                });
        return new UndoableImport(done.edit(), done.result());
    }

    /** Where the value rows of a streamed import come from: a file being read, a row at a time. */
    @FunctionalInterface
    public interface RowSource {
        /**
         * Hands every valid row to {@code sink} as it is read, and throws at the end when the source had any problem
         * (the import then writes nothing).
         */
        void rows(LongCsvReader.RowSink sink) throws InputRejectedException;
    }

    /**
     * Imports value rows as they are read, in one transaction, without holding them: memory stays flat however long
     * the file (a registry of ten years is 800,000 values). When the source finds a problem, even in its last row,
     * the transaction is rolled back and nothing is written, as with {@link #importAll}.
     *
     * @param estimatedValues about how many values the source holds (from its size), for the backup made before a
     *                        large import
     */
    public ImportSummary importStream(
            RowSource source, int estimatedValues, boolean dryRun, TaskRunner.Progress progress)
            throws InputRejectedException {
        Transactor.Work<ImportSummary, InputRejectedException> work = c -> {
            try (ImportRun run = run(c, dryRun, progress)) {
                run.begin(List.of(), List.of());
                try {
                    source.rows(row -> {
                        try {
                            run.accept(row, -1);
                        } catch (SQLException e) {
                            throw new WriteFailed(e);
                        }
                    });
                } catch (WriteFailed e) {
                    throw e.sqlException();
                }
                return run.finish();
            }
        };
        if (dryRun) {
            return tx.rolledBack(work);
        }
        guard.beforeWriting(estimatedValues);
        return tx.inTransaction(work);
    }

    private ImportRun run(Connection c, boolean dryRun, TaskRunner.Progress progress) {
        return new ImportRun(c, dryRun, progress, plans, indicators, planService);
    }

    private static ImportSummary apply(ImportRun run, List<Plan> planList, List<TaskRow> tasks, List<LongRow> rows)
            throws SQLException {
        run.begin(planList, tasks);
        for (int i = 0; i < rows.size(); i++) {
            run.accept(rows.get(i), i / (double) rows.size());
        }
        return run.finish();
    }

    /** A write that failed inside a row sink, carried out of it to the transaction, which rolls back. */
    private static final class WriteFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        WriteFailed(SQLException cause) {
            super(cause);
        }

        SQLException sqlException() {
            return (SQLException) getCause();
        }
    }
}
