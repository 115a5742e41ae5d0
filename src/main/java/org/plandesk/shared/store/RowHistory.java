package org.plandesk.shared.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.plandesk.shared.Change;
import org.plandesk.shared.undo.UndoableEdit;
import org.plandesk.workspace.TableModel;
import org.plandesk.workspace.Transactor;

/**
 * The one undo mechanism (DESIGN D13): an edit runs in a transaction between two captures of its {@link RowScope};
 * the difference is the undo step. Undo and redo put the changed rows back as they were, ids included, in their own
 * transaction, and add to the change log (it only grows): a cell's history shows the undo as a change like any other.
 */
public final class RowHistory {
    /** Turns a restored row into change-log entries of its feature (e.g. a target cell: part, year, old → new). */
    @FunctionalInterface
    public interface Describer {
        /** Entries for a row going from {@code from} to {@code to} (either null: created or deleted). */
        List<Change> describe(Map<String, Object> from, Map<String, Object> to);
    }

    /** What an edit returned, and the step that takes it back. */
    public record Recorded<T>(T result, UndoableEdit edit, boolean changed) {}

    private final Transactor tx;
    private final TableModel model;
    private final ChangeLogRepository log;
    private final Map<String, Describer> describers;
    private final Clock clock;
    private final String osUser;

    /** {@code describers}: by upper-case table name; other tables log one entry per restored row. */
    public RowHistory(
            Transactor tx,
            TableModel model,
            ChangeLogRepository log,
            Map<String, Describer> describers,
            Clock clock,
            String osUser) {
        this.tx = tx;
        this.model = model;
        this.log = log;
        this.describers = Map.copyOf(describers);
        this.clock = clock;
        this.osUser = osUser;
    }

    /** Chooses the scope of an edit from the state before it (e.g. the plans an import will touch, found by title). */
    @FunctionalInterface
    public interface ScopeOf {
        RowScope on(Connection c) throws SQLException;
    }

    /** Runs {@code work} in one transaction and returns its result with the undo step of what it changed. */
    public <T, E extends Exception> Recorded<T> record(String description, ScopeOf scope, Transactor.Work<T, E> work)
            throws E {
        return tx.inTransaction(c -> recordOn(c, description, scope.on(c), work));
    }

    /** The same, without a result. */
    public <E extends Exception> UndoableEdit edit(String description, RowScope scope, Transactor.Work<?, E> work)
            throws E {
        return tx.inTransaction(c -> recordOn(c, description, scope, work)).edit();
    }

    /** Records on a transaction that the caller owns (a dry run rolls it back). */
    public <T, E extends Exception> Recorded<T> recordOn(
            Connection c, String description, RowScope scope, Transactor.Work<T, E> work) throws SQLException, E {
        Map<String, Long> thresholds = scope.thresholds(c);
        RowImage before = scope.capture(c, model, thresholds);
        T result = work.run(c);
        RowImage after = scope.capture(c, model, thresholds);
        RowDiff diff = RowDiff.between(before, after);
        return new Recorded<>(result, step(description, diff), !diff.isEmpty());
    }

    private UndoableEdit step(String description, RowDiff diff) {
        return UndoableEdit.of(
                description, () -> restore(diff, false, description), () -> restore(diff, true, description));
    }

    private void restore(RowDiff diff, boolean afterSide, String description) {
        tx.inTransaction(c -> {
            diff.apply(c, model, afterSide);
            log.recordAll(c, entries(diff, afterSide, description));
            return null;
        });
    }

    private List<Change> entries(RowDiff diff, boolean afterSide, String description) {
        Instant now = clock.instant();
        List<Change> out = new ArrayList<>();
        for (RowDiff.Row r : diff.rows()) {
            Map<String, Object> from = r.side(!afterSide);
            Map<String, Object> to = r.side(afterSide);
            Describer d = describers.get(r.table());
            List<Change> described =
                    d == null ? generic(r.table(), from, to, afterSide, description) : d.describe(from, to);
            for (Change x : described) {
                out.add(new Change(now, osUser, x.entity(), x.entityId(), x.field(), x.oldValue(), x.newValue()));
            }
        }
        return out;
    }

    /** One entry per row: the table, the row's id, undo or redo, and the step's name. */
    private static List<Change> generic(
            String table, Map<String, Object> from, Map<String, Object> to, boolean redo, String description) {
        Map<String, Object> any = to != null ? to : from;
        Object id =
                any.containsKey("ID") ? any.get("ID") : any.values().iterator().next();
        long entityId = id instanceof Number n ? n.longValue() : 0;
        String what = to == null ? "deleted" : from == null ? "restored" : "restored values";
        return List.of(new Change(
                null, null, table.toLowerCase(Locale.ROOT), entityId, redo ? "redo" : "undo", description, what));
    }
}
