package org.plandesk.plan.service;

import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.plandesk.plan.Indicator;
import org.plandesk.plan.Part;
import org.plandesk.plan.PlanData;
import org.plandesk.plan.store.IndicatorRepository;
import org.plandesk.plan.store.PlanRepository;
import org.plandesk.shared.undo.UndoableEdit;
import org.plandesk.workspace.Transactor;

/**
 * Changes an indicator — name, code, unit, direction, attribute, grade scale — and its parts (add, rename, reorder,
 * delete) in one transaction, as one undo step: undo and redo put the whole plan back as it was before or after.
 */
public final class IndicatorEditService {
    private final Transactor tx;
    private final PlanRepository plans;
    private final IndicatorRepository indicators;
    private final PlanService planService;

    public IndicatorEditService(Transactor tx, PlanRepository plans, IndicatorRepository indicators,
                                PlanService planService) {
        this.tx = tx;
        this.plans = plans;
        this.indicators = indicators;
        this.planService = planService;
    }

    /**
     * A part as the editor leaves it: an existing part (id &gt; 0) renamed or moved, or a new one (id 0). Parts of the
     * indicator that are not in the list are deleted with their values.
     */
    public record PartEdit(long id, String name, String unit) {
    }

    public UndoableEdit save(Indicator changed, List<PartEdit> parts, String description) throws SQLException {
        PlanData before = planService.load(changed.planId());
        tx.inTransaction(c -> {
            indicators.updateIndicator(c, changed);
            Set<Long> kept = parts.stream().map(PartEdit::id).filter(id -> id > 0).collect(Collectors.toSet());
            for (Part p : before.parts(before.indicators().stream().filter(i -> i.id() == changed.id()).findFirst()
                    .orElseThrow())) {
                if (!kept.contains(p.id())) {
                    indicators.deletePart(c, p.id());
                }
            }
            // Names are unique per indicator: move kept parts out of the way first, then give the final names.
            for (PartEdit p : parts) {
                if (p.id() > 0) {
                    indicators.updatePart(c, new Part(p.id(), changed.id(), "\u0000" + p.id(), p.unit(), 0));
                }
            }
            int order = 1;
            for (PartEdit p : parts) {
                if (p.id() > 0) {
                    indicators.updatePart(c, new Part(p.id(), changed.id(), p.name().strip(), p.unit(), order++));
                } else {
                    indicators.insertPart(c, new Part(0, changed.id(), p.name().strip(), p.unit(), order++));
                }
            }
            return null;
        });
        PlanData after = planService.load(changed.planId());
        return UndoableEdit.of(description, () -> replace(before), () -> replace(after));
    }

    /** The plan's current content replaced by a snapshot. */
    private void replace(PlanData snapshot) throws SQLException {
        tx.inTransaction(c -> {
            var current = plans.planByTitle(c, snapshot.plan().title());
            if (current.isPresent()) {
                plans.deletePlan(c, current.get().id());
            }
            return PlanSnapshots.restore(c, plans, indicators, snapshot);
        });
    }
}
