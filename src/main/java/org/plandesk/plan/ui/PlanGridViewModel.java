package org.plandesk.plan.ui;

import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.plandesk.io.TabText;
import org.plandesk.plan.service.CellChange;
import org.plandesk.plan.service.CellEditService;
import org.plandesk.shared.Failures;
import org.plandesk.shared.Messages;
import org.plandesk.shared.Problem;
import org.plandesk.shared.TaskRunner;
import org.plandesk.shared.undo.UndoableEdit;

/**
 * The plan grid's view model (shaped like the school grid's {@code RegistryViewModel}; no scene nodes): turns what the
 * grid's user does — type, paste, clear, fill down — into saved, undoable changes: reads the input,
 * refuses it in place with the reason, asks before saving an implausible actual, saves in the background, pushes
 * one undo step, reloads the plan and reports "已保存 HH:mm:ss".
 */
public final class PlanGridViewModel {
    private final CellEditService cells;
    private final TaskRunner runner;
    private final Messages messages;
    private final Clock clock;
    private final Consumer<UndoableEdit> undo;
    private final Runnable reload;
    private final Consumer<String> status;
    private final Predicate<Problem> confirm;
    private final GridEditor editor = new GridEditor();

    /**
     * @param confirm asks the user about a warning; true to save anyway
     */
    public PlanGridViewModel(
            CellEditService cells,
            TaskRunner runner,
            Messages messages,
            Clock clock,
            Consumer<UndoableEdit> undo,
            Runnable reload,
            Consumer<String> status,
            Predicate<Problem> confirm) {
        this.cells = cells;
        this.runner = runner;
        this.messages = messages;
        this.clock = clock;
        this.undo = undo;
        this.reload = reload;
        this.status = status;
        this.confirm = confirm;
    }

    /** A typed value; returns false when it was refused (the old value stays). */
    public boolean edit(GridEditor.Cell cell, String typed) {
        return enter(cell, typed).isEmpty();
    }

    /**
     * A typed value: saved, or refused with the reason (then the grid keeps the text in the cell to be corrected).
     * An implausible value that the user does not confirm is refused likewise.
     */
    public Optional<String> enter(GridEditor.Cell cell, String typed) {
        GridEditor.Reading r = editor.read(cell, typed);
        if (!r.ok()) {
            String reason = messages.format(r.problem());
            status.accept(messages.get("edit.refused", reason));
            return Optional.of(reason);
        }
        if (r.warning() != null && !confirm.test(r.warning())) {
            return Optional.of(messages.format(r.warning()));
        }
        String name =
                cell.row().name().isEmpty() ? cell.row().part() : cell.row().name();
        save(
                List.of(r.change()),
                messages.get(
                        "undo.cell", name, cell.year(), messages.get(cell.target() ? "kind.target" : "kind.actual")));
        return Optional.empty();
    }

    /** A pasted block: all of it or, when any cell cannot be read, none of it. One undo step. */
    public boolean paste(List<List<GridEditor.Cell>> targets, String tsv) {
        return paste(targets, TabText.parse(tsv));
    }

    /** As {@link #paste(List, String)}, for a block already read. */
    public boolean paste(List<List<GridEditor.Cell>> targets, List<List<String>> block) {
        List<GridEditor.Reading> readings = editor.readBlock(targets, block);
        List<String> problems = new ArrayList<>();
        List<CellChange> changes = new ArrayList<>();
        for (GridEditor.Reading r : readings) {
            if (!r.ok()) {
                problems.add(messages.format(r.problem()));
            } else {
                changes.add(r.change());
            }
        }
        if (!problems.isEmpty()) {
            status.accept(messages.get("edit.pasteRefused", problems.size(), problems.get(0)));
            return false;
        }
        List<Problem> warnings = readings.stream()
                .map(GridEditor.Reading::warning)
                .filter(Objects::nonNull)
                .toList();
        if (!warnings.isEmpty()
                && !confirm.test(
                        Problem.of("edit.pasteImplausible", warnings.size(), messages.format(warnings.get(0))))) {
            status.accept(messages.get("edit.pasteCancelled"));
            return false;
        }
        if (!changes.isEmpty()) {
            save(changes, messages.get("undo.paste", changes.size()));
        }
        return true;
    }

    /** Clears cells: one undo step. */
    public void clear(List<GridEditor.Cell> selected) {
        List<CellChange> changes = new ArrayList<>();
        for (GridEditor.Cell c : selected) {
            changes.add(
                    c.target()
                            ? CellChange.target(c.row().partId(), c.year(), null)
                            : CellChange.actual(c.row().partId(), c.year(), null, ""));
        }
        if (!changes.isEmpty()) {
            save(changes, messages.get("undo.clear", changes.size()));
        }
    }

    /** Copies the first row's cells down to the others, column by column: one undo step. */
    public void fillDown(List<List<GridEditor.Cell>> block) {
        if (block.size() < 2) {
            return;
        }
        List<CellChange> changes = new ArrayList<>();
        List<GridEditor.Cell> first = block.get(0);
        for (int r = 1; r < block.size(); r++) {
            for (int c = 0; c < Math.min(first.size(), block.get(r).size()); c++) {
                GridEditor.Reading reading = editor.read(block.get(r).get(c), GridEditor.shown(first.get(c)));
                if (reading.ok()) {
                    changes.add(reading.change());
                }
            }
        }
        if (!changes.isEmpty()) {
            save(changes, messages.get("undo.fill", changes.size()));
        }
    }

    /** Sets the source and note of a cell's value: one undo step; refused when the cell has no value yet. */
    public void annotate(GridEditor.Cell cell, String source, String note) {
        runner.run(
                p -> {
                    var edit = cells.annotate(
                            cell.row().partId(),
                            cell.year(),
                            cell.target(),
                            source,
                            note,
                            messages.get("undo.note", cell.year()));
                    edit.ifPresent(undo);
                    return edit;
                },
                edit -> {
                    if (edit.isEmpty()) {
                        status.accept(messages.get("note.noValue"));
                        return;
                    }
                    status.accept(messages.get(
                            "edit.saved", LocalTime.now(clock).format(DateTimeFormatter.ofPattern("HH:mm:ss"))));
                    reload.run();
                },
                e -> status.accept(Failures.describe(e, messages)));
    }

    /** The block as tab-separated text, for Excel and WPS. */
    public static String copy(List<List<GridEditor.Cell>> block) {
        List<List<String>> rows = new ArrayList<>();
        for (List<GridEditor.Cell> row : block) {
            List<String> values = new ArrayList<>();
            for (GridEditor.Cell c : row) {
                values.add(c == null ? "" : GridEditor.shown(c));
            }
            rows.add(values);
        }
        return TabText.format(rows);
    }

    private void save(List<CellChange> changes, String description) {
        runner.run(
                p -> {
                    UndoableEdit edit = cells.apply(changes, description);
                    undo.accept(edit);
                    return edit;
                },
                edit -> {
                    status.accept(messages.get(
                            "edit.saved", LocalTime.now(clock).format(DateTimeFormatter.ofPattern("HH:mm:ss"))));
                    reload.run();
                },
                e -> status.accept(Failures.describe(e, messages)));
    }
}
