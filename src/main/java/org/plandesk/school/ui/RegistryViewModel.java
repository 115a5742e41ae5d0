package org.plandesk.school.ui;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.plandesk.io.TabText;
import org.plandesk.school.Figure;
import org.plandesk.school.FigureNote;
import org.plandesk.school.FigureValues;
import org.plandesk.school.School;
import org.plandesk.school.service.SchoolService;
import org.plandesk.school.service.SchoolService.FigureEdit;
import org.plandesk.school.service.SchoolService.RegistryRow;
import org.plandesk.shared.Change;
import org.plandesk.shared.Failures;
import org.plandesk.shared.InputRejectedException;
import org.plandesk.shared.Messages;
import org.plandesk.shared.Numbers;
import org.plandesk.shared.Problem;
import org.plandesk.shared.TaskRunner;
import org.plandesk.shared.undo.UndoableEdit;

/**
 * The school grid's state and edits, without a toolkit: a year's rows; typing, pasting a block and clearing cells of
 * figures (each checked first, refused whole with the reason, saved at once in the background as one undo step);
 * notes and history of a figure.
 */
public final class RegistryViewModel {
    /** The editable columns, in grid order. */
    public static final List<Figure> FIGURES = List.of(Figure.values());

    private final SchoolService service;
    private final TaskRunner runner;
    private final Messages messages;
    private final Consumer<UndoableEdit> pushUndo;
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObservableList<RegistryRow> rows = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private Runnable afterSave = () -> {};

    public RegistryViewModel(
            SchoolService service, TaskRunner runner, Messages messages, Consumer<UndoableEdit> pushUndo) {
        this.service = service;
        this.runner = runner;
        this.messages = messages;
        this.pushUndo = pushUndo;
        year.addListener((o, old, now) -> {
            if (now != null && !now.equals(old)) {
                loadRows();
            }
        });
    }

    public ObservableList<Integer> years() {
        return years;
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public ObservableList<RegistryRow> rows() {
        return rows;
    }

    /** What happened last: 已保存 …, or why an entry was refused. */
    public StringProperty messageProperty() {
        return message;
    }

    /** Called on the UI thread after every save (e.g. to recompute the statistics). */
    public void setAfterSave(Runnable afterSave) {
        this.afterSave = afterSave;
    }

    /** Reloads the years (keeping the chosen one when it still exists) and the rows. */
    public void load() {
        runner.read(
                p -> service.years(),
                ys -> {
                    Integer keep = year.get();
                    years.setAll(ys);
                    if (ys.isEmpty()) {
                        rows.clear();
                        year.set(null);
                    } else if (keep == null || !ys.contains(keep)) {
                        year.set(ys.get(0));
                    } else {
                        loadRows();
                    }
                },
                this::failed);
    }

    private void loadRows() {
        Integer y = year.get();
        if (y == null) {
            rows.clear();
            return;
        }
        runner.read(p -> service.rows(y), this::show, this::failed);
    }

    /**
     * Shows reloaded rows. When they are the same school sections as on screen, only the rows that changed are
     * replaced, so the grid keeps its focus, selection and scroll position after an edit.
     */
    private void show(List<RegistryRow> fresh) {
        boolean same = fresh.size() == rows.size();
        for (int i = 0; same && i < fresh.size(); i++) {
            same = fresh.get(i).figuresId() == rows.get(i).figuresId();
        }
        if (!same) {
            rows.setAll(fresh);
            return;
        }
        for (int i = 0; i < fresh.size(); i++) {
            if (!sameContent(fresh.get(i), rows.get(i))) {
                rows.set(i, fresh.get(i));
            }
        }
    }

    private static boolean sameContent(RegistryRow a, RegistryRow b) {
        return a.school().equals(b.school())
                && a.notes().equals(b.notes())
                && Arrays.equals(a.figures().values(), b.figures().values());
    }

    /** Records an edit's undo step; called by the work on the writer, right after the edit committed. */
    private UndoableEdit recorded(UndoableEdit edit) {
        pushUndo.accept(edit);
        return edit;
    }

    /** The cell's text as the grid shows it. */
    public static String text(RegistryRow row, Figure f) {
        return row.figures().has(f) ? Numbers.format(row.figures().get(f)) : "";
    }

    /** A typed value: refused with the reason (nothing saved), or saved in the background. */
    public Optional<Problem> edit(RegistryRow row, Figure figure, String text) {
        return paste(rows.indexOf(row), FIGURES.indexOf(figure), text);
    }

    /**
     * Tab-separated text (as Excel and WPS copy it) pasted with its top-left cell at a row and figure column. A block
     * with any bad cell or reaching past the grid is refused whole.
     */
    public Optional<Problem> paste(int rowIndex, int figureIndex, String text) {
        return paste(rowIndex, figureIndex, TabText.parse(text));
    }

    /** As {@link #paste(int, int, String)}, for a block already read. */
    public Optional<Problem> paste(int rowIndex, int figureIndex, List<List<String>> lines) {
        if (rowIndex < 0 || figureIndex < 0) {
            return Optional.empty();
        }
        List<FigureEdit> edits = new ArrayList<>();
        for (int r = 0; r < lines.size(); r++) {
            List<String> cells = lines.get(r);
            for (int c = 0; c < cells.size(); c++) {
                if (rowIndex + r >= rows.size() || figureIndex + c >= FIGURES.size()) {
                    return refuse(Problem.of("registry.pasteTooLarge", lines.size(), cells.size()));
                }
                RegistryRow row = rows.get(rowIndex + r);
                Figure f = FIGURES.get(figureIndex + c);
                FigureValues.Parsed parsed = FigureValues.parse(f, cells.get(c));
                if (!parsed.ok()) {
                    return refuse(Problem.of(
                            "registry.refused", row.school().name(), f.header(), messages.format(parsed.problem())));
                }
                edits.add(new FigureEdit(
                        row.school().id(), row.figures().year(), row.figures().section(), f, parsed.value()));
            }
        }
        save(
                edits,
                edits.size() == 1
                        ? messages.get(
                                "undo.registryEdit", edits.get(0).figure().header())
                        : messages.get("undo.registryPaste", edits.size()));
        return Optional.empty();
    }

    /** A registry field of a school, edited in the grid (the school's type is fixed by its sections). */
    public enum SchoolField {
        NAME,
        DISTRICT,
        STREET,
        OWNERSHIP,
        CAMPUSES,
        GROUP
    }

    /** The field's text as the grid shows it. */
    public static String text(RegistryRow row, SchoolField f) {
        var s = row.school();
        return switch (f) {
            case NAME -> s.name();
            case DISTRICT -> s.district();
            case STREET -> s.street();
            case OWNERSHIP -> s.ownership();
            case CAMPUSES -> s.campuses() == null ? "" : Integer.toString(s.campuses());
            case GROUP -> s.eduGroup();
        };
    }

    /** A typed registry field: refused with the reason, or saved in the background for every row of the school. */
    public Optional<Problem> editSchool(RegistryRow row, SchoolField field, String typed) {
        String t = typed == null ? "" : typed.strip();
        var s = row.school();
        Integer campuses = s.campuses();
        if ((field == SchoolField.NAME || field == SchoolField.DISTRICT) && t.isEmpty()) {
            return refuse(Problem.of(
                    "school.blank", messages.get(field == SchoolField.NAME ? "registry.name" : "registry.district")));
        }
        if (field == SchoolField.OWNERSHIP && !t.isEmpty() && !t.equals("公办") && !t.equals("民办")) {
            return refuse(Problem.of("school.badOwnership", t));
        }
        if (field == SchoolField.CAMPUSES) {
            if (t.isEmpty()) {
                campuses = null;
            } else if (!t.matches("\\d{1,3}")) {
                return refuse(Problem.of("school.notWhole", t));
            } else {
                campuses = Integer.valueOf(t);
            }
        }
        var next = new School(
                s.id(),
                s.code(),
                field == SchoolField.NAME ? t : s.name(),
                field == SchoolField.DISTRICT ? t : s.district(),
                field == SchoolField.STREET ? t : s.street(),
                s.type(),
                field == SchoolField.OWNERSHIP ? t : s.ownership(),
                campuses,
                field == SchoolField.GROUP ? t : s.eduGroup());
        if (next.equals(s)) {
            return Optional.empty();
        }
        runner.run(
                p -> recorded(service.saveSchool(next, messages.get("undo.schoolEdit", s.name()))),
                edit -> {
                    message.set(messages.get("edit.saved", LocalTime.now().withNano(0)));
                    loadRows();
                    afterSave.run();
                },
                this::failed);
        return Optional.empty();
    }

    /** Adds a school with empty rows for its sections in the chosen year (or {@code fallbackYear}); one undo step. */
    public void addSchool(School school, int fallbackYear) {
        int y = year.get() == null ? fallbackYear : year.get();
        runner.run(
                p -> recorded(service.addSchool(school, y, messages.get("undo.schoolAdd", school.name()))),
                edit -> {
                    message.set(messages.get("edit.saved", LocalTime.now().withNano(0)));
                    load();
                    if (year.get() == null || year.get() != y) {
                        year.set(y);
                    }
                },
                e -> message.set(
                        e instanceof InputRejectedException r
                                ? String.join("；", r.lines(messages))
                                : Failures.describe(e, messages)));
    }

    /** Deletes a school with all its figures of every year; one undo step. */
    public void deleteSchool(RegistryRow row) {
        runner.run(
                p -> recorded(service.deleteSchool(
                        row.school().id(),
                        messages.get("undo.schoolDelete", row.school().name()))),
                edit -> {
                    message.set(messages.get("edit.saved", LocalTime.now().withNano(0)));
                    load();
                    afterSave.run();
                },
                this::failed);
    }

    /** Clears the figures among the cells (Delete), one undo step; registry fields are not cleared this way. */
    public void clear(List<RegistryCell> cells) {
        List<FigureEdit> edits = new ArrayList<>();
        for (RegistryCell cell : cells) {
            if (cell.figure() != null && cell.row() >= 0 && cell.row() < rows.size()) {
                RegistryRow row = rows.get(cell.row());
                edits.add(new FigureEdit(
                        row.school().id(), row.figures().year(), row.figures().section(), cell.figure(), Double.NaN));
            }
        }
        if (!edits.isEmpty()) {
            save(edits, messages.get("undo.registryClear", edits.size()));
        }
    }

    /** The cells of a rectangle as tab-separated text, for the clipboard. */
    public String copy(int firstRow, int lastRow, int firstFigure, int lastFigure) {
        List<List<String>> block = new ArrayList<>();
        for (int r = firstRow; r <= lastRow && r < rows.size(); r++) {
            List<String> line = new ArrayList<>();
            for (int c = firstFigure; c <= lastFigure && c < FIGURES.size(); c++) {
                line.add(text(rows.get(r), FIGURES.get(c)));
            }
            block.add(line);
        }
        return TabText.format(block);
    }

    private void save(List<FigureEdit> edits, String description) {
        runner.run(
                p -> recorded(service.setFigures(edits, description)),
                edit -> {
                    message.set(messages.get("edit.saved", LocalTime.now().withNano(0)));
                    loadRows();
                    afterSave.run();
                },
                this::failed);
    }

    /** Sets a figure's note and source; one undo step. */
    public void annotate(RegistryRow row, Figure figure, String source, String note) {
        runner.run(
                p -> recorded(UndoableEdit.named(
                        messages.get("undo.schoolNote", figure.header()),
                        service.annotate(row.figuresId(), figure, new FigureNote(note.strip(), source.strip())))),
                edit -> {
                    loadRows();
                },
                this::failed);
    }

    /** The history of a figure, handed to {@code shown} on the UI thread. */
    public void history(RegistryRow row, Figure figure, Consumer<List<Change>> shown) {
        runner.read(p -> service.history(row.figuresId(), figure), shown, this::failed);
    }

    private Optional<Problem> refuse(Problem p) {
        message.set(messages.format(p));
        return Optional.of(p);
    }

    private void failed(Throwable e) {
        message.set(Failures.describe(e, messages));
    }
}
