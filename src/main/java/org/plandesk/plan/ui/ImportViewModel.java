package org.plandesk.plan.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.plandesk.io.RawTable;
import org.plandesk.plan.Plan;
import org.plandesk.plan.PlanData;
import org.plandesk.plan.io.LongRow;
import org.plandesk.plan.io.wide.ColumnRole;
import org.plandesk.plan.io.wide.WideColumn;
import org.plandesk.plan.io.wide.WideTable;
import org.plandesk.plan.io.wide.WideTableParser;
import org.plandesk.plan.service.ImportDiff;
import org.plandesk.shared.Failures;
import org.plandesk.shared.InputRejectedException;
import org.plandesk.shared.Problem;
import org.plandesk.shared.TaskRunner;

/**
 * The import dialog's state: the table read, the role and year the user gives each column, the target plan (a new
 * one by title, or an existing one), part renames, and the preview that follows every change. Holds no scene nodes.
 * Parsing runs in the background (a 100,000-value table takes seconds): a change returns at once, {@link
 * #updatingProperty()} says a new preview is on its way, and while one parse runs further changes are coalesced into
 * one more parse of the latest inputs, so typing a title never waits for the parser and never queues a parse per key.
 */
public final class ImportViewModel {
    private final RawTable table;
    private final Map<Integer, WideColumn> overrides = new HashMap<>();
    private final Map<String, String> partRenames = new HashMap<>();
    private final StringProperty newPlanTitle = new SimpleStringProperty();
    private final ObjectProperty<PlanData> existingPlan = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<WideTable> preview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Problem> refusal = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ImportDiff> diff = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper updating = new ReadOnlyBooleanWrapper();
    private final TaskRunner runner;
    /** A parse is running; {@link #dirty}: the inputs changed since it started. Both touched on the UI thread only. */
    private boolean parsing;

    private boolean dirty;

    public ImportViewModel(RawTable table, String defaultTitle, TaskRunner runner) {
        this(table, defaultTitle, null, runner);
    }

    /**
     * @param into the existing plan the table most likely belongs to (the preview starts with it), or null for a new
     *     plan
     */
    public ImportViewModel(RawTable table, String defaultTitle, PlanData into, TaskRunner runner) {
        this.table = table;
        this.runner = runner;
        newPlanTitle.set(defaultTitle);
        existingPlan.set(into);
        newPlanTitle.addListener(o -> reparse());
        existingPlan.addListener(o -> reparse());
        reparse();
    }

    public RawTable table() {
        return table;
    }

    /** Title of the new plan (used when no existing plan is chosen). */
    public StringProperty newPlanTitleProperty() {
        return newPlanTitle;
    }

    /** The plan to import into, or null for a new plan. */
    public ObjectProperty<PlanData> existingPlanProperty() {
        return existingPlan;
    }

    public ReadOnlyObjectProperty<WideTable> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** Why the table as a whole cannot be read (no header, no year columns), or null. */
    public ReadOnlyObjectProperty<Problem> refusalProperty() {
        return refusal.getReadOnlyProperty();
    }

    /** Added, changed and unchanged values against the existing plan (empty diff for a new plan). */
    public ReadOnlyObjectProperty<ImportDiff> diffProperty() {
        return diff.getReadOnlyProperty();
    }

    /** True while a preview for the latest inputs is being computed (the dialog says so and waits to import). */
    public ReadOnlyBooleanProperty updatingProperty() {
        return updating.getReadOnlyProperty();
    }

    /** Gives a column another role and year, and reads the table again. */
    public void setColumn(int index, ColumnRole role, int year) {
        WideTable p = preview.get();
        String header =
                p != null && index < p.columns().size() ? p.columns().get(index).header() : "";
        overrides.put(index, new WideColumn(index, header, role, role.hasYear() ? year : 0));
        reparse();
    }

    /** Renames a part of the indicator found on a table row. */
    public void renamePart(int row, String oldName, String newName) {
        partRenames.put(row + "\u0000" + oldName, newName.strip());
        reparse();
    }

    private String planTitle() {
        return existingPlan.get() != null ? existingPlan.get().plan().title() : newPlanTitle.get();
    }

    /** The inputs of one parse, copied on the UI thread. */
    private record Inputs(
            String title, Map<Integer, WideColumn> overrides, Map<String, String> renames, PlanData existing) {}

    /** What one parse gave: a preview and its diff, or the reason the table cannot be read. */
    private record Outcome(WideTable table, ImportDiff diff, Problem refusal) {}

    private void reparse() {
        if (parsing) {
            dirty = true;
            return;
        }
        parsing = true;
        dirty = false;
        updating.set(true);
        String title = planTitle();
        Inputs in = new Inputs(
                title == null || title.isBlank() ? table.source() : title,
                Map.copyOf(overrides),
                Map.copyOf(partRenames),
                existingPlan.get());
        runner.read(p -> parse(in), this::show, e -> show(new Outcome(null, null, Failures.problem(e))));
    }

    private Outcome parse(Inputs in) {
        try {
            WideTable t = new WideTableParser().parse(table, in.title(), in.overrides());
            if (!in.renames().isEmpty()) {
                t = renamed(t, in.renames());
            }
            return new Outcome(t, ImportDiff.of(in.existing(), t.rows()), null);
        } catch (InputRejectedException e) {
            return new Outcome(null, null, e.problems().get(0).problem());
        }
    }

    private void show(Outcome o) {
        parsing = false;
        if (dirty) {
            reparse();
            return;
        }
        refusal.set(o.refusal());
        preview.set(o.table());
        diff.set(o.diff());
        updating.set(false);
    }

    private static WideTable renamed(WideTable t, Map<String, String> partRenames) {
        List<LongRow> rows = new ArrayList<>();
        for (LongRow r : t.rows()) {
            String to = partRenames.get(r.line() + "\u0000" + r.part());
            rows.add(
                    to == null
                            ? r
                            : new LongRow(
                                    r.plan(),
                                    r.code(),
                                    r.group(),
                                    r.indicator(),
                                    to,
                                    r.unit(),
                                    r.year(),
                                    r.kind(),
                                    r.target(),
                                    r.value(),
                                    r.grade(),
                                    r.text(),
                                    r.source(),
                                    r.note(),
                                    r.line()));
        }
        List<WideTable.FoundIndicator> found = new ArrayList<>();
        for (WideTable.FoundIndicator f : t.indicators()) {
            List<String> parts = f.parts().stream()
                    .map(p -> partRenames.getOrDefault(f.row() + "\u0000" + p, p))
                    .toList();
            found.add(new WideTable.FoundIndicator(
                    f.row(), f.code(), f.group(), f.name(), f.unit(), parts, f.partUnits(), f.unitFrom()));
        }
        return new WideTable(
                t.headerRow(),
                t.columns(),
                rows,
                found,
                t.problems(),
                t.notes(),
                t.rowsWithProblems(),
                t.explanations());
    }

    /** The rows to write: all of them, or only those of table rows without problems. */
    public List<LongRow> rowsToImport(boolean onlyWithoutProblems) {
        WideTable t = preview.get();
        if (t == null) {
            return List.of();
        }
        return onlyWithoutProblems ? t.rowsWithoutProblems() : t.rows();
    }

    /** The plan as it will be named, for messages. */
    public String targetName() {
        Plan p = existingPlan.get() == null ? null : existingPlan.get().plan();
        return p != null ? p.displayName() : newPlanTitle.get();
    }
}
