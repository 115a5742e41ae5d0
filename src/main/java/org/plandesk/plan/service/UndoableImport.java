package org.plandesk.plan.service;

import java.sql.SQLException;
import java.util.List;
import org.plandesk.plan.io.LongRow;
import org.plandesk.plan.io.TaskRow;
import org.plandesk.plan.Plan;
import org.plandesk.plan.PlanData;
import org.plandesk.plan.store.IndicatorRepository;
import org.plandesk.plan.store.PlanRepository;
import org.plandesk.shared.undo.UndoableEdit;
import org.plandesk.workspace.Transactor;

/** An import as one undo step. */
public final class UndoableImport implements UndoableEdit {
    private final PlanImportService importer;
    private final Transactor tx;
    private final PlanRepository plans;
    private final IndicatorRepository indicators;
    private final String description;
    private final ImportSummary summary;
    private final List<String> titles;
    private final List<PlanData> before;
    private final List<Plan> planList;
    private final List<TaskRow> tasks;
    private final List<LongRow> rows;
    private final List<String> notes;

    UndoableImport(PlanImportService importer, Transactor tx, PlanRepository plans, IndicatorRepository indicators,
                   String description, ImportSummary summary, List<String> titles, List<PlanData> before,
                   List<Plan> planList, List<TaskRow> tasks, List<LongRow> rows, List<String> notes) {
        this.importer = importer;
        this.tx = tx;
        this.plans = plans;
        this.indicators = indicators;
        this.description = description;
        this.summary = summary;
        this.titles = titles;
        this.before = before;
        this.planList = planList;
        this.tasks = tasks;
        this.rows = rows;
        this.notes = notes;
    }

    public ImportSummary summary() {
        return summary;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void undo() throws SQLException {
        tx.inTransaction(c -> {
            for (String t : titles) {
                var p = plans.planByTitle(c, t);
                if (p.isPresent()) {
                    plans.deletePlan(c, p.get().id());
                }
            }
            for (PlanData d : before) {
                PlanSnapshots.restore(c, plans, indicators, d);
            }
            return null;
        });
    }

    @Override
    public void redo() throws SQLException {
        importer.importAll(planList, tasks, rows, notes, false, null);
    }

}
