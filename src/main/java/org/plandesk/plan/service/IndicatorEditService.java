package org.plandesk.plan.service;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.plandesk.plan.Indicator;
import org.plandesk.plan.Part;
import org.plandesk.plan.PlanData;
import org.plandesk.plan.PlausibleRange;
import org.plandesk.plan.store.IndicatorRepository;
import org.plandesk.plan.store.PlanRepository;
import org.plandesk.shared.store.RowHistory;
import org.plandesk.shared.store.RowScope;
import org.plandesk.shared.undo.UndoableEdit;

/**
 * Changes an indicator — name, code, unit, direction, attribute, grade scale — and its parts (add, rename, reorder,
 * delete) in place, in one transaction, as one undo step: undo and redo put the indicator's rows back as they were,
 * ids included, so the plan, its other indicators, their history and registry links are untouched.
 */
public final class IndicatorEditService {
    private final RowHistory history;
    private final IndicatorRepository indicators;
    private final PlanRepository plans;
    private final PlanService planService;

    public IndicatorEditService(
            RowHistory history, IndicatorRepository indicators, PlanRepository plans, PlanService planService) {
        this.history = history;
        this.plans = plans;
        this.indicators = indicators;
        this.planService = planService;
    }

    /**
     * A part as the editor leaves it: an existing part (id &gt; 0) renamed or moved, or a new one (id 0). Parts of the
     * indicator that are not in the list are deleted with their values.
     */
    public record PartEdit(long id, String name, String unit) {}

    /**
     * @param range the indicator's own plausible range, or {@link PlausibleRange#NONE} for the one its unit implies
     */
    public UndoableEdit save(Indicator changed, List<PartEdit> parts, PlausibleRange range, String description) {
        PlanData before = planService.load(changed.planId());
        return history.edit(description, RowScope.of("indicator", "id = ?", changed.id()), c -> {
            indicators.updateIndicator(c, changed);
            plans.setRange(c, changed.id(), range);
            Set<Long> kept =
                    parts.stream().map(PartEdit::id).filter(id -> id > 0).collect(Collectors.toSet());
            for (Part p : before.parts(before.indicators().stream()
                    .filter(i -> i.id() == changed.id())
                    .findFirst()
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
                    indicators.updatePart(
                            c, new Part(p.id(), changed.id(), p.name().strip(), p.unit(), order++));
                } else {
                    indicators.insertPart(c, new Part(0, changed.id(), p.name().strip(), p.unit(), order++));
                }
            }
            return null;
        });
    }
}
