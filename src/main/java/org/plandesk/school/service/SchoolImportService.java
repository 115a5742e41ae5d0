package org.plandesk.school.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.plandesk.school.Figure;
import org.plandesk.school.School;
import org.plandesk.school.SectionFigures;
import org.plandesk.school.io.SchoolColumn;
import org.plandesk.school.io.SchoolRow;
import org.plandesk.school.io.SchoolTable;
import org.plandesk.school.io.SchoolTableWriter;
import org.plandesk.school.store.SchoolRepository;
import org.plandesk.shared.BulkWriteGuard;
import org.plandesk.shared.Change;
import org.plandesk.shared.InputRejectedException;
import org.plandesk.shared.Numbers;
import org.plandesk.shared.store.ChangeLogRepository;
import org.plandesk.shared.store.RowHistory;
import org.plandesk.shared.store.RowScope;
import org.plandesk.shared.undo.UndoableEdit;
import org.plandesk.workspace.Transactor;

/**
 * Imports a school table into the registry in one transaction, or not at all when the table has a problem. Schools
 * are matched by 学校代码, rows by school, year and 学部; a column the table does not have leaves what the registry
 * holds. The import is one undo step, and linked plan actuals follow.
 */
public final class SchoolImportService {
    private final Transactor tx;
    private final RowHistory history;
    private final SchoolRepository schools;
    private final ChangeLogRepository changes;
    private final BalanceLinkService links;
    private final Clock clock;
    private final String osUser;
    private final BulkWriteGuard guard;

    public SchoolImportService(
            Transactor tx,
            RowHistory history,
            SchoolRepository schools,
            ChangeLogRepository changes,
            BalanceLinkService links,
            Clock clock,
            String osUser,
            BulkWriteGuard guard) {
        this.guard = guard;
        this.tx = tx;
        this.history = history;
        this.schools = schools;
        this.changes = changes;
        this.links = links;
        this.clock = clock;
        this.osUser = osUser;
    }

    /** What an import would do: schools and rows new, changed and unchanged. */
    public record Summary(int newSchools, int changedSchools, int newRows, int changedRows, int unchangedRows) {}

    /** A done import: its summary and the step that undoes it. */
    public record Result(Summary summary, UndoableEdit undo) {}

    private record Before(Map<String, School> schools, Map<String, SectionFigures> rows) {}

    /** Compares the table with the registry without writing. */
    public Summary preview(SchoolTable table) {
        return tx.read(c -> summarize(snapshot(c, table), table));
    }

    /** Writes the table, or refuses it whole with its problems. */
    public Result apply(SchoolTable table) throws InputRejectedException {
        return apply(table, () -> false);
    }

    /**
     * As {@link #apply(SchoolTable)}, checking {@code cancelled} before the transaction commits: a cancelled import
     * throws {@link java.util.concurrent.CancellationException} and leaves the registry as it was.
     */
    public Result apply(SchoolTable table, BooleanSupplier cancelled) throws InputRejectedException {
        if (!table.problems().isEmpty()) {
            throw new InputRejectedException(table.problems());
        }
        guard.beforeWriting(table.rows().size() * Math.max(1, table.columns().size()));
        String description = "导入学校表（" + table.rows().size() + " 行）";
        Object[] codes =
                table.rows().stream().map(r -> r.school().code()).distinct().toArray();
        RowHistory.Recorded<Summary> done = history.record(
                description,
                c -> SchoolScopes.withLinkedActuals(
                        RowScope.of("school", "code = ANY(?)", (Object) codes).andCreated("school")),
                c -> {
                    Before before = snapshot(c, table);
                    Summary s = summarize(before, table);
                    write(c, table, before);
                    links.refresh(c);
                    if (cancelled.getAsBoolean()) {
                        throw new CancellationException("import cancelled");
                    }
                    return s;
                });
        return new Result(done.result(), done.edit());
    }

    private static Summary summarize(Before b, SchoolTable table) {
        Set<Figure> present = present(table);
        int newSchools = 0;
        int changedSchools = 0;
        for (Map.Entry<String, School> e : firstSchools(table).entrySet()) {
            School old = b.schools().get(e.getKey());
            if (old == null) {
                newSchools++;
            } else if (!merge(old, e.getValue()).equals(old)) {
                changedSchools++;
            }
        }
        int newRows = 0;
        int changedRows = 0;
        int unchanged = 0;
        for (SchoolRow r : table.rows()) {
            SectionFigures old = b.rows().get(key(r));
            if (old == null) {
                newRows++;
            } else if (merged(old, r.figures(), present, old.schoolId()).equals(old)) {
                unchanged++;
            } else {
                changedRows++;
            }
        }
        return new Summary(newSchools, changedSchools, newRows, changedRows, unchanged);
    }

    private Before snapshot(Connection c, SchoolTable table) throws SQLException {
        Map<String, School> byCode = new HashMap<>();
        for (School s : schools.schools(c).values()) {
            byCode.put(s.code(), s);
        }
        Map<String, SectionFigures> stored = new HashMap<>();
        for (int year :
                table.rows().stream().map(r -> r.figures().year()).distinct().toList()) {
            for (SectionFigures f : schools.figures(c, year)) {
                stored.put(f.schoolId() + "|" + f.year() + "|" + f.section(), f);
            }
        }
        Map<String, School> olds = new LinkedHashMap<>();
        Map<String, SectionFigures> rows = new LinkedHashMap<>();
        for (SchoolRow r : table.rows()) {
            String code = r.school().code();
            School old = byCode.get(code);
            olds.putIfAbsent(code, old);
            if (old != null) {
                SectionFigures f = stored.get(
                        old.id() + "|" + r.figures().year() + "|" + r.figures().section());
                if (f != null) {
                    rows.put(key(r), f);
                }
            }
        }
        return new Before(olds, rows);
    }

    private void write(Connection c, SchoolTable table, Before before) throws SQLException {
        Set<Figure> present = present(table);
        Map<String, School> saved = new LinkedHashMap<>();
        for (Map.Entry<String, School> e : firstSchools(table).entrySet()) {
            School old = before.schools().get(e.getKey());
            School next = old == null ? e.getValue() : merge(old, e.getValue());
            saved.put(e.getKey(), next.equals(old) ? old : schools.save(c, next));
        }
        Instant now = clock.instant();
        List<SectionFigures> changed = new ArrayList<>();
        List<SectionFigures> olds = new ArrayList<>();
        for (SchoolRow r : table.rows()) {
            long schoolId = saved.get(r.school().code()).id();
            SectionFigures old = before.rows().get(key(r));
            SectionFigures next = merged(old, r.figures(), present, schoolId);
            if (!next.equals(old)) {
                changed.add(next);
                olds.add(old);
            }
        }
        long[] ids = schools.putAll(c, changed);
        List<Change> log = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            SectionFigures old = olds.get(i);
            SectionFigures next = changed.get(i);
            if (old == null) {
                // a new row is logged once (its figures are the row itself), which keeps large imports fast
                log.add(new Change(now, osUser, SchoolService.ENTITY, ids[i], SchoolService.NEW_ROW, null, "导入"));
                continue;
            }
            for (Figure f : Figure.values()) {
                double o = old == null ? Double.NaN : old.get(f);
                double n = next.get(f);
                if (!Objects.equals(o, n)) {
                    log.add(new Change(now, osUser, SchoolService.ENTITY, ids[i], f.column(), text(o), text(n)));
                }
            }
        }
        changes.recordAll(c, log);
    }

    /** The registry's school with what the table says; fields the table leaves empty keep their value. */
    private static School merge(School old, School row) {
        return new School(
                old.id(),
                old.code(),
                row.name(),
                row.district(),
                row.street().isEmpty() ? old.street() : row.street(),
                row.type(),
                row.ownership().isEmpty() ? old.ownership() : row.ownership(),
                row.campuses() == null ? old.campuses() : row.campuses(),
                row.eduGroup().isEmpty() ? old.eduGroup() : row.eduGroup());
    }

    private static SectionFigures merged(SectionFigures old, SectionFigures row, Set<Figure> present, long schoolId) {
        double[] v = row.values();
        if (old != null) {
            for (Figure f : Figure.values()) {
                if (!present.contains(f)) {
                    v[f.ordinal()] = old.get(f);
                }
            }
        }
        return new SectionFigures(schoolId, row.year(), row.section(), v);
    }

    private static Set<Figure> present(SchoolTable table) {
        Set<Figure> out = EnumSet.noneOf(Figure.class);
        for (SchoolColumn c : table.columns()) {
            if (c != null && c.figure() != null) {
                out.add(c.figure());
            }
        }
        return out;
    }

    private static Map<String, School> firstSchools(SchoolTable table) {
        Map<String, School> out = new LinkedHashMap<>();
        for (SchoolRow r : table.rows()) {
            out.putIfAbsent(r.school().code(), r.school());
        }
        return out;
    }

    private static String key(SchoolRow r) {
        return r.school().code() + "|" + r.figures().year() + "|" + r.figures().section();
    }

    static String text(double v) {
        return Double.isNaN(v) ? null : Numbers.format(v);
    }

    /** The registry's rows in table order, for export. */
    public List<SchoolRow> rows() {
        return tx.read(c -> new ArrayList<>(SchoolTableWriter.ordered(schools.schools(c), schools.figures(c, null))));
    }
}
