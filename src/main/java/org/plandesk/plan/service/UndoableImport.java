package org.plandesk.plan.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.plandesk.io.LongRow;
import org.plandesk.io.TaskRow;
import org.plandesk.plan.ActualEntry;
import org.plandesk.plan.Indicator;
import org.plandesk.plan.IndicatorGroup;
import org.plandesk.plan.Part;
import org.plandesk.plan.Plan;
import org.plandesk.plan.PlanData;
import org.plandesk.plan.Task;
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
                restore(c, d);
            }
            return null;
        });
    }

    @Override
    public void redo() throws SQLException {
        importer.importAll(planList, tasks, rows, notes, false, null);
    }

    /** Puts a plan back as it was: metadata, task structure, groups, indicators, parts and values. */
    private void restore(Connection c, PlanData d) throws SQLException {
        long planId = plans.insertPlan(c, d.plan());
        Map<Long, Long> taskIds = new HashMap<>();
        for (Task t : d.tasks()) {
            long id = plans.insertTask(c, new Task(0, planId, t.parentId() == 0 ? 0 : taskIds.get(t.parentId()),
                    t.level(), t.code(), t.title(), t.lead(), t.responsible(), t.sortOrder()));
            taskIds.put(t.id(), id);
        }
        Map<Long, Long> groupIds = new HashMap<>();
        for (IndicatorGroup g : d.groups()) {
            groupIds.put(g.id(), indicators.insertGroup(c, new IndicatorGroup(0, planId, g.name(), g.sortOrder())));
        }
        try (IndicatorRepository.Batch batch = indicators.batch(c)) {
            for (Indicator i : d.indicators()) {
                long indId = indicators.insertIndicator(c, new Indicator(0, planId,
                        i.groupId() == 0 ? 0 : groupIds.get(i.groupId()), i.code(), i.name(), i.unit(),
                        i.direction(), i.attribute(), i.gradeScale(), i.note(), i.sortOrder()));
                for (Part p : d.parts(i)) {
                    long partId = indicators.insertPart(c, new Part(0, indId, p.name(), p.unit(), p.sortOrder()));
                    for (var t : d.targets(p).values()) {
                        batch.target(partId, t.year(), t.target(), t.source(), t.note());
                    }
                    for (var a : d.actuals(p).values()) {
                        batch.actual(new ActualEntry(0, partId, a.year(), a.kind(), a.value(), a.grade(), a.text(),
                                a.source(), a.note(), a.enteredAt()));
                    }
                    for (var a : d.baselines(p).values()) {
                        batch.actual(new ActualEntry(0, partId, a.year(), a.kind(), a.value(), a.grade(), a.text(),
                                a.source(), a.note(), a.enteredAt()));
                    }
                }
            }
            batch.flush();
        }
    }
}
