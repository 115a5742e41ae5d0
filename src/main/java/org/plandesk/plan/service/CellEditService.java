package org.plandesk.plan.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.plandesk.plan.ActualEntry;
import org.plandesk.plan.ActualKind;
import org.plandesk.plan.Observation;
import org.plandesk.plan.TargetEntry;
import org.plandesk.plan.store.IndicatorRepository;
import org.plandesk.shared.Change;
import org.plandesk.shared.Numbers;
import org.plandesk.shared.store.ChangeLogRepository;
import org.plandesk.shared.store.RowHistory;
import org.plandesk.shared.store.RowScope;
import org.plandesk.shared.undo.UndoableEdit;
import org.plandesk.workspace.Transactor;

/**
 * Writes grid cells — one cell, a pasted block, a fill or a clear — in one transaction, records each change with its
 * old and new value in the change log, and returns the whole as one undo step.
 */
public final class CellEditService {
    private final Transactor tx;
    private final RowHistory history;
    private final IndicatorRepository indicators;
    private final ChangeLogRepository changes;
    private final Clock clock;
    private final String osUser;

    public CellEditService(
            Transactor tx,
            RowHistory history,
            IndicatorRepository indicators,
            ChangeLogRepository changes,
            Clock clock,
            String osUser) {
        this.tx = tx;
        this.history = history;
        this.indicators = indicators;
        this.changes = changes;
        this.clock = clock;
        this.osUser = osUser;
    }

    /** Applies the changes and returns the undo step; it is saved when this returns. */
    public UndoableEdit apply(List<CellChange> cells, String description) {
        return history.edit(description, scope(cells), c -> write(c, cells));
    }

    /** The rows of the cells: a target, or an actual (not the baseline) of a part in a year. */
    static RowScope scope(List<CellChange> cells) {
        RowScope scope = RowScope.empty();
        for (CellChange cell : cells) {
            if (cell.isTarget()) {
                scope.and("target", "part_id = ? AND yr = ?", cell.partId(), cell.year());
            } else {
                scope.and(
                        "actual",
                        "part_id = ? AND yr = ? AND kind = ?",
                        cell.partId(),
                        cell.year(),
                        ActualKind.ACTUAL.name());
            }
        }
        return scope;
    }

    /**
     * Sets the source and note of a cell's target or actual (which must exist), recorded in the change log; one undo
     * step. Empty when the cell holds no value to annotate.
     */
    public Optional<UndoableEdit> annotate(
            long partId, int year, boolean isTarget, String source, String note, String description) {
        String[] old = tx.read(c -> isTarget
                ? indicators
                        .target(c, partId, year)
                        .map(t -> new String[] {t.source(), t.note()})
                        .orElse(null)
                : indicators
                        .actual(c, partId, year, ActualKind.ACTUAL)
                        .map(a -> new String[] {a.source(), a.note()})
                        .orElse(null));
        if (old == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        List<CellChange> cell =
                List.of(isTarget ? CellChange.target(partId, year, null) : CellChange.actual(partId, year, null, ""));
        return Optional.of(history.edit(description, scope(cell), c -> {
            indicators.annotate(c, partId, year, isTarget, source, note);
            changes.record(
                    c,
                    new Change(
                            now,
                            osUser,
                            isTarget ? "target" : "actual",
                            partId,
                            "note:" + year,
                            old[0] + " | " + old[1],
                            source + " | " + note));
            return null;
        }));
    }

    /** Writes the cells, each change recorded in the change log. */
    private Void write(Connection c, List<CellChange> cells) throws SQLException {
        Instant now = clock.instant();
        for (CellChange cell : cells) {
            if (cell.isTarget()) {
                TargetEntry old =
                        indicators.target(c, cell.partId(), cell.year()).orElse(null);
                if (cell.target() == null) {
                    indicators.deleteTarget(c, cell.partId(), cell.year());
                } else {
                    indicators.upsertTarget(
                            c,
                            cell.partId(),
                            cell.year(),
                            cell.target(),
                            old == null ? "" : old.source(),
                            old == null ? "" : old.note());
                }
                changes.record(
                        c,
                        new Change(
                                now,
                                osUser,
                                "target",
                                cell.partId(),
                                Integer.toString(cell.year()),
                                old == null ? null : old.target().text(),
                                cell.target() == null ? null : cell.target().text()));
            } else {
                ActualEntry old = indicators
                        .actual(c, cell.partId(), cell.year(), ActualKind.ACTUAL)
                        .orElse(null);
                Observation o = cell.actual();
                if (o == null) {
                    indicators.deleteActual(c, cell.partId(), cell.year(), ActualKind.ACTUAL);
                } else {
                    indicators.upsertActual(
                            c,
                            new ActualEntry(
                                    0,
                                    cell.partId(),
                                    cell.year(),
                                    ActualKind.ACTUAL,
                                    o.value(),
                                    o.grade(),
                                    cell.text(),
                                    old == null ? "" : old.source(),
                                    old == null ? "" : old.note(),
                                    now));
                }
                changes.record(
                        c,
                        new Change(
                                now,
                                osUser,
                                "actual",
                                cell.partId(),
                                Integer.toString(cell.year()),
                                old == null ? null : text(old.observation()),
                                o == null ? null : text(o)));
            }
        }
        return null;
    }

    private static String text(Observation o) {
        return o.grade() != null ? o.grade() : Numbers.format(o.value());
    }
}
