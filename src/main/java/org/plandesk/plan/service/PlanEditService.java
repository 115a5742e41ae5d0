package org.plandesk.plan.service;

import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.plandesk.plan.Indicator;
import org.plandesk.plan.Plan;
import org.plandesk.plan.PlanData;
import org.plandesk.plan.store.IndicatorRepository;
import org.plandesk.plan.store.PlanRepository;
import org.plandesk.shared.store.RowHistory;
import org.plandesk.shared.store.RowScope;
import org.plandesk.shared.undo.UndoableEdit;
import org.plandesk.workspace.Transactor;

/** Creates, edits, duplicates and deletes plans; each is saved at once and returned as one undo step. */
public final class PlanEditService {
    private final Transactor tx;
    private final RowHistory history;
    private final PlanRepository plans;
    private final IndicatorRepository indicators;
    private final PlanService planService;

    public PlanEditService(
            Transactor tx,
            RowHistory history,
            PlanRepository plans,
            IndicatorRepository indicators,
            PlanService planService) {
        this.tx = tx;
        this.history = history;
        this.plans = plans;
        this.indicators = indicators;
        this.planService = planService;
    }

    /** A new empty plan; undo removes it. */
    public UndoableEdit create(Plan plan, String description) {
        return history.edit(description, RowScope.empty().andCreated("plan"), c -> plans.insertPlan(c, plan));
    }

    /** New metadata (title, kind, issuer, 文号, date, period, source, note); undo puts the old back. */
    public UndoableEdit update(Plan changed, String description) {
        return history.edit(description, RowScope.empty().andOnly("plan", "id = ?", changed.id()), c -> {
            plans.updatePlan(c, changed);
            return null;
        });
    }

    /** A copy of a plan with everything it holds, under a free title; undo removes the copy. */
    public UndoableEdit duplicate(long planId, String newTitle, String description) {
        PlanData source = planService.load(planId);
        Plan p = source.plan();
        String title = newTitle;
        for (int n = 2; exists(title); n++) {
            title = newTitle + " " + n;
        }
        Plan copy = new Plan(
                0,
                title,
                "",
                p.kind(),
                p.issuer(),
                p.docNumber(),
                p.issueDate(),
                p.startYear(),
                p.endYear(),
                p.source(),
                p.note());
        var parts = source.indicators().stream()
                .flatMap(i -> source.parts(i).stream())
                .toList();
        PlanData snapshot = new PlanData(
                copy,
                source.tasks(),
                source.groups(),
                source.indicators(),
                parts,
                parts.stream().flatMap(x -> source.targets(x).values().stream()).toList(),
                parts.stream()
                        .flatMap(x -> Stream.concat(
                                source.actuals(x).values().stream(), source.baselines(x).values().stream()))
                        .toList(),
                source.indicators().stream()
                        .filter(i -> source.ownRange(i).isPresent())
                        .collect(Collectors.toMap(
                                Indicator::id, i -> source.ownRange(i).get())));
        return history.edit(
                description,
                RowScope.empty().andCreated("plan"),
                c -> PlanSnapshots.copy(c, plans, indicators, snapshot));
    }

    /** Deletes a plan with everything it holds; undo writes it all back. */
    public UndoableEdit delete(long planId, String description) {
        return history.edit(description, RowScope.of("plan", "id = ?", planId), c -> {
            plans.deletePlan(c, planId);
            return null;
        });
    }

    private boolean exists(String title) {
        return tx.read(c -> plans.planByTitle(c, title)).isPresent();
    }
}
