package org.plandesk.school.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.plandesk.school.Figure;
import org.plandesk.school.FigureNote;
import org.plandesk.school.School;
import org.plandesk.school.Section;
import org.plandesk.school.SectionFigures;
import org.plandesk.school.store.SchoolRepository;
import org.plandesk.shared.Change;
import org.plandesk.shared.InputRejectedException;
import org.plandesk.shared.Problem;
import org.plandesk.shared.store.ChangeLogRepository;
import org.plandesk.shared.store.RowHistory;
import org.plandesk.shared.store.RowScope;
import org.plandesk.shared.undo.UndoableEdit;
import org.plandesk.workspace.Transactor;

/**
 * The registry as the school grid sees it: a year's rows with notes, edits of figures (saved at once, logged, one
 * undo step per edit or paste), notes and sources on figures, and each figure's history.
 */
public final class SchoolService {
    /** The change log's entity for figures; the entity id is the row's id, the field the figure's column. */
    public static final String ENTITY = "school_figures";
    /** The change log's field for a row created by an import (logged once, not per figure). */
    public static final String NEW_ROW = "row";

    private final Transactor tx;
    private final RowHistory history;
    private final SchoolRepository schools;
    private final ChangeLogRepository changes;
    private final BalanceLinkService links;
    private final Clock clock;
    private final String osUser;

    public SchoolService(
            Transactor tx,
            RowHistory history,
            SchoolRepository schools,
            ChangeLogRepository changes,
            BalanceLinkService links,
            Clock clock,
            String osUser) {
        this.tx = tx;
        this.history = history;
        this.schools = schools;
        this.changes = changes;
        this.links = links;
        this.clock = clock;
        this.osUser = osUser;
    }

    /** One row of the grid: a school section in a year, with its notes. */
    public record RegistryRow(School school, long figuresId, SectionFigures figures, Map<Figure, FigureNote> notes) {
        public FigureNote note(Figure f) {
            return notes.getOrDefault(f, FigureNote.NONE);
        }
    }

    /** A figure to set (NaN clears it). */
    public record FigureEdit(long schoolId, int year, Section section, Figure figure, double value) {}

    /** The rows of a year: by district, school code and section. */
    public List<RegistryRow> rows(int year) {
        return tx.read(c -> {
            Map<Long, School> all = schools.schools(c);
            Map<Long, Map<Figure, FigureNote>> notes = schools.notes(c, year);
            List<RegistryRow> out = new ArrayList<>();
            Map<String, Long> ids = schools.figureIds(c, year);
            for (SectionFigures f : schools.figures(c, year)) {
                long id = ids.get(SchoolRepository.key(f));
                out.add(new RegistryRow(all.get(f.schoolId()), id, f, notes.getOrDefault(id, Map.of())));
            }
            out.sort(Comparator.comparing((RegistryRow r) -> r.school().district())
                    .thenComparing(r -> r.school().code())
                    .thenComparingInt(r -> r.figures().section().order()));
            return out;
        });
    }

    public List<Integer> years() {
        return tx.read(schools::years);
    }

    public int schoolCount() {
        return tx.read(c -> schools.schools(c).size());
    }

    /** Sets figures in one transaction and returns the step that puts them back. */
    public UndoableEdit setFigures(List<FigureEdit> edits, String description) {
        RowScope scope = RowScope.empty();
        for (FigureEdit e : edits) {
            scope.and(
                    "school_figures",
                    "school_id = ? AND yr = ? AND section = ?",
                    e.schoolId(),
                    e.year(),
                    e.section().name());
        }
        return history.edit(description, SchoolScopes.withLinkedActuals(scope), c -> write(c, edits));
    }

    private Void write(Connection c, List<FigureEdit> edits) throws SQLException {
        Instant now = clock.instant();
        for (FigureEdit e : edits) {
            SectionFigures old = schools.figures(c, e.schoolId(), e.year(), e.section())
                    .orElse(SectionFigures.empty(e.schoolId(), e.year(), e.section()));
            long id = schools.put(c, old.with(e.figure(), e.value()));
            changes.record(
                    c,
                    new Change(
                            now,
                            osUser,
                            ENTITY,
                            id,
                            e.figure().column(),
                            SchoolImportService.text(old.get(e.figure())),
                            SchoolImportService.text(e.value())));
        }
        links.refresh(c);
        return null;
    }

    /**
     * Adds a school to the registry with an empty row for each of its sections in {@code year} (its figures are then
     * typed or pasted in the grid); one undo step. A code already in the registry, or a blank name or district, is
     * refused.
     */
    public UndoableEdit addSchool(School school, int year, String description) throws InputRejectedException {
        if (school.code().isBlank()
                || school.name().isBlank()
                || school.district().isBlank()) {
            throw InputRejectedException.of(Problem.of("registry.newIncomplete"));
        }
        if (tx.read(c -> schools.byCode(c, school.code().strip())).isPresent()) {
            throw InputRejectedException.of(
                    Problem.of("registry.codeExists", school.code().strip()));
        }
        return history.edit(
                description, SchoolScopes.withLinkedActuals(RowScope.empty().andCreated("school")), c -> {
                    School saved = schools.save(
                            c,
                            new School(
                                    0,
                                    school.code().strip(),
                                    school.name().strip(),
                                    school.district().strip(),
                                    school.street(),
                                    school.type(),
                                    school.ownership(),
                                    school.campuses(),
                                    school.eduGroup()));
                    var sections = school.type().sections();
                    for (Section s : sections.isEmpty() ? Set.of(Section.WHOLE) : sections) {
                        schools.put(c, SectionFigures.empty(saved.id(), year, s));
                    }
                    changes.record(
                            c,
                            new Change(
                                    clock.instant(),
                                    osUser,
                                    "school",
                                    saved.id(),
                                    "created",
                                    null,
                                    saved.code() + " " + saved.name()));
                    links.refresh(c);
                    return null;
                });
    }

    /** Deletes a school with all its figures and notes; undo puts them back with their ids (and so their history). */
    public UndoableEdit deleteSchool(long schoolId, String description) {
        return history.edit(
                description, SchoolScopes.withLinkedActuals(RowScope.of("school", "id = ?", schoolId)), c -> {
                    schools.deleteSchool(c, schoolId);
                    links.refresh(c);
                    return null;
                });
    }

    /** Saves a school's registry fields (name, district, street, ownership, campuses, group); one undo step. */
    public UndoableEdit saveSchool(School updated, String description) {
        School old = tx.read(c -> schools.schools(c).get(updated.id()));
        if (old == null) {
            throw new IllegalArgumentException("no school " + updated.id());
        }
        return history.edit(
                description,
                SchoolScopes.withLinkedActuals(RowScope.empty().andOnly("school", "id = ?", updated.id())),
                c -> writeSchool(c, updated, old));
    }

    private Void writeSchool(Connection c, School next, School old) throws SQLException {
        Instant now = clock.instant();
        schools.save(c, next);
        String[][] fields = {
            {"name", old.name(), next.name()},
            {"district", old.district(), next.district()},
            {"street", old.street(), next.street()},
            {"ownership", old.ownership(), next.ownership()},
            {"campuses", String.valueOf(old.campuses()), String.valueOf(next.campuses())},
            {"edu_group", old.eduGroup(), next.eduGroup()}
        };
        for (String[] f : fields) {
            if (!f[1].equals(f[2])) {
                changes.record(c, new Change(now, osUser, "school", next.id(), f[0], f[1], f[2]));
            }
        }
        links.refresh(c);
        return null;
    }

    /** Sets the note and source of a figure; one undo step. */
    public UndoableEdit annotate(long figuresId, Figure figure, FigureNote note) {
        FigureNote old = tx.read(c -> schools.note(c, figuresId, figure));
        Instant now = clock.instant();
        return history.edit(
                "备注与来源",
                RowScope.of("school_figure_note", "figures_id = ? AND field = ?", figuresId, figure.column()),
                c -> {
                    schools.setNote(c, figuresId, figure, note);
                    changes.record(
                            c,
                            new Change(
                                    now,
                                    osUser,
                                    ENTITY,
                                    figuresId,
                                    "note:" + figure.column(),
                                    old.source() + " | " + old.note(),
                                    note.source() + " | " + note.note()));
                    return null;
                });
    }

    /** Every change to one figure of a row, oldest first, with the import that created the row. */
    public List<Change> history(long figuresId, Figure figure) {
        return tx.read(c -> changes.history(c, ENTITY, figuresId).stream()
                .filter(ch -> ch.field().equals(figure.column()) || ch.field().equals(NEW_ROW))
                .toList());
    }
}
