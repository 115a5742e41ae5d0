package org.plandesk.plan.service;

import java.sql.SQLException;
import org.plandesk.plan.Plan;
import org.plandesk.plan.PlanData;
import org.plandesk.plan.store.IndicatorRepository;
import org.plandesk.plan.store.PlanRepository;
import org.plandesk.shared.undo.UndoableEdit;
import org.plandesk.workspace.Transactor;

/** Creates, edits and deletes plans; each is saved at once and returned as one undo step. */
public final class PlanEditService {
    private final Transactor tx;
    private final PlanRepository plans;
    private final IndicatorRepository indicators;
    private final PlanService planService;

    public PlanEditService(Transactor tx, PlanRepository plans, IndicatorRepository indicators,
                           PlanService planService) {
        this.tx = tx;
        this.plans = plans;
        this.indicators = indicators;
        this.planService = planService;
    }

    /** A new empty plan; undo removes it. */
    public UndoableEdit create(Plan plan, String description) throws SQLException {
        long[] id = {tx.inTransaction(c -> plans.insertPlan(c, plan))};
        return new UndoableEdit() {
            @Override
            public String description() {
                return description;
            }

            @Override
            public void undo() throws SQLException {
                tx.inTransaction(c -> {
                    plans.deletePlan(c, id[0]);
                    return null;
                });
            }

            @Override
            public void redo() throws SQLException {
                id[0] = tx.inTransaction(c -> plans.insertPlan(c, plan));
            }
        };
    }

    /** New metadata (title, kind, issuer, 文号, date, period, source, note); undo puts the old back. */
    public UndoableEdit update(Plan changed, String description) throws SQLException {
        Plan old = tx.read(c -> plans.plan(c, changed.id())).orElseThrow();
        tx.inTransaction(c -> {
            plans.updatePlan(c, changed);
            return null;
        });
        return new UndoableEdit() {
            @Override
            public String description() {
                return description;
            }

            @Override
            public void undo() throws SQLException {
                tx.inTransaction(c -> {
                    plans.updatePlan(c, old);
                    return null;
                });
            }

            @Override
            public void redo() throws SQLException {
                tx.inTransaction(c -> {
                    plans.updatePlan(c, changed);
                    return null;
                });
            }
        };
    }

    /** A copy of a plan with everything it holds, under a new title; undo removes the copy. */
    public UndoableEdit duplicate(long planId, String newTitle, String description) throws SQLException {
        PlanData source = planService.load(planId);
        Plan p = source.plan();
        String title = newTitle;
        for (int n = 2; exists(title); n++) {
            title = newTitle + " " + n;
        }
        Plan copy = new Plan(0, title, "", p.kind(), p.issuer(), p.docNumber(), p.issueDate(), p.startYear(),
                p.endYear(), p.source(), p.note());
        PlanData snapshot = new PlanData(copy, source.tasks(), source.groups(), source.indicators(),
                source.indicators().stream().flatMap(i -> source.parts(i).stream()).toList(),
                source.indicators().stream().flatMap(i -> source.parts(i).stream())
                        .flatMap(x -> source.targets(x).values().stream()).toList(),
                source.indicators().stream().flatMap(i -> source.parts(i).stream())
                        .flatMap(x -> java.util.stream.Stream.concat(source.actuals(x).values().stream(),
                                source.baselines(x).values().stream())).toList());
        long[] id = {tx.inTransaction(c -> PlanSnapshots.restore(c, plans, indicators, snapshot))};
        return new UndoableEdit() {
            @Override
            public String description() {
                return description;
            }

            @Override
            public void undo() throws SQLException {
                tx.inTransaction(c -> {
                    plans.deletePlan(c, id[0]);
                    return null;
                });
            }

            @Override
            public void redo() throws SQLException {
                id[0] = tx.inTransaction(c -> PlanSnapshots.restore(c, plans, indicators, snapshot));
            }
        };
    }

    private boolean exists(String title) throws SQLException {
        return tx.read(c -> plans.planByTitle(c, title)).isPresent();
    }

    /** Deletes a plan with everything it holds; undo writes it all back. */
    public UndoableEdit delete(long planId, String description) throws SQLException {
        PlanData snapshot = planService.load(planId);
        String title = snapshot.plan().title();
        tx.inTransaction(c -> {
            plans.deletePlan(c, planId);
            return null;
        });
        return new UndoableEdit() {
            @Override
            public String description() {
                return description;
            }

            @Override
            public void undo() throws SQLException {
                tx.inTransaction(c -> PlanSnapshots.restore(c, plans, indicators, snapshot));
            }

            @Override
            public void redo() throws SQLException {
                tx.inTransaction(c -> {
                    var p = plans.planByTitle(c, title);
                    if (p.isPresent()) {
                        plans.deletePlan(c, p.get().id());
                    }
                    return null;
                });
            }
        };
    }
}
