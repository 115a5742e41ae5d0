package org.plandesk.plan.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.plandesk.plan.ActualEntry;
import org.plandesk.plan.Indicator;
import org.plandesk.plan.IndicatorGroup;
import org.plandesk.plan.Part;
import org.plandesk.plan.PlanData;
import org.plandesk.plan.PlausibleRange;
import org.plandesk.plan.Task;
import org.plandesk.plan.store.IndicatorRepository;
import org.plandesk.plan.store.PlanRepository;

/** Writes a copy of a plan under new ids: what 复制规划 needs (undo never re-inserts plans: it restores rows). */
final class PlanSnapshots {
    private PlanSnapshots() {}

    /** Inserts a plan as new rows: metadata, task structure, groups, indicators, parts and values. */
    static long copy(Connection c, PlanRepository plans, IndicatorRepository indicators, PlanData d)
            throws SQLException {
        long planId = plans.insertPlan(c, d.plan());
        Map<Long, Long> taskIds = new HashMap<>();
        for (Task t : d.tasks()) {
            long id = plans.insertTask(
                    c,
                    new Task(
                            0,
                            planId,
                            t.parentId() == 0 ? 0 : taskIds.get(t.parentId()),
                            t.level(),
                            t.code(),
                            t.title(),
                            t.lead(),
                            t.responsible(),
                            t.sortOrder()));
            taskIds.put(t.id(), id);
        }
        Map<Long, Long> groupIds = new HashMap<>();
        for (IndicatorGroup g : d.groups()) {
            groupIds.put(g.id(), indicators.insertGroup(c, new IndicatorGroup(0, planId, g.name(), g.sortOrder())));
        }
        try (IndicatorRepository.Batch batch = indicators.batch(c)) {
            for (Indicator i : d.indicators()) {
                long indId = indicators.insertIndicator(
                        c,
                        new Indicator(
                                0,
                                planId,
                                i.groupId() == 0 ? 0 : groupIds.get(i.groupId()),
                                i.code(),
                                i.name(),
                                i.unit(),
                                i.direction(),
                                i.attribute(),
                                i.gradeScale(),
                                i.note(),
                                i.sortOrder()));
                Optional<PlausibleRange> range = d.ownRange(i);
                if (range.isPresent()) {
                    plans.setRange(c, indId, range.get());
                }
                for (Part p : d.parts(i)) {
                    long partId = indicators.insertPart(c, new Part(0, indId, p.name(), p.unit(), p.sortOrder()));
                    for (var t : d.targets(p).values()) {
                        batch.target(partId, t.year(), t.target(), t.source(), t.note());
                    }
                    for (var a : d.actuals(p).values()) {
                        batch.actual(new ActualEntry(
                                0,
                                partId,
                                a.year(),
                                a.kind(),
                                a.value(),
                                a.grade(),
                                a.text(),
                                a.source(),
                                a.note(),
                                a.enteredAt()));
                    }
                    for (var a : d.baselines(p).values()) {
                        batch.actual(new ActualEntry(
                                0,
                                partId,
                                a.year(),
                                a.kind(),
                                a.value(),
                                a.grade(),
                                a.text(),
                                a.source(),
                                a.note(),
                                a.enteredAt()));
                    }
                }
            }
            batch.flush();
        }
        return planId;
    }
}
