package org.plandesk.plan.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plandesk.io.LongRow;
import org.plandesk.io.TaskRow;
import org.plandesk.plan.ActualEntry;
import org.plandesk.plan.ActualKind;
import org.plandesk.plan.Change;
import org.plandesk.plan.Direction;
import org.plandesk.plan.GradeScale;
import org.plandesk.plan.Indicator;
import org.plandesk.plan.IndicatorGroup;
import org.plandesk.plan.Numbers;
import org.plandesk.plan.Part;
import org.plandesk.plan.Plan;
import org.plandesk.plan.Task;
import org.plandesk.plan.store.ChangeLogRepository;
import org.plandesk.plan.store.IndicatorRepository;
import org.plandesk.plan.store.PlanRepository;
import org.plandesk.workspace.Transactor;

/**
 * Imports plan metadata, task structures and long-CSV rows. One import is one transaction: it is written whole or
 * not at all; a dry run computes the same summary and writes nothing.
 */
public final class PlanImportService {
    private final Transactor tx;
    private final PlanRepository plans;
    private final IndicatorRepository indicators;
    private final ChangeLogRepository changes;
    private final PlanService planService;

    public PlanImportService(Transactor tx, PlanRepository plans, IndicatorRepository indicators,
                             ChangeLogRepository changes, PlanService planService) {
        this.tx = tx;
        this.plans = plans;
        this.indicators = indicators;
        this.changes = changes;
        this.planService = planService;
    }

    /** Imports all three kinds of table at once, in one transaction. */
    public ImportSummary importAll(List<Plan> planList, List<TaskRow> tasks, List<LongRow> rows, boolean dryRun)
            throws SQLException {
        return importAll(planList, tasks, rows, List.of(), dryRun);
    }

    /** As above; {@code notes} (rows starting with 注 in a wide table) are added to the plans' notes. */
    public ImportSummary importAll(List<Plan> planList, List<TaskRow> tasks, List<LongRow> rows, List<String> notes,
                                   boolean dryRun) throws SQLException {
        Transactor.Work<ImportSummary, RuntimeException> work = c -> {
            Run run = new Run(c, dryRun);
            ImportSummary s = run.apply(planList, tasks, rows);
            run.addNotes(notes);
            return s;
        };
        return dryRun ? tx.rolledBack(work) : tx.inTransaction(work);
    }

    public ImportSummary importLong(List<LongRow> rows, boolean dryRun) throws SQLException {
        return importAll(List.of(), List.of(), rows, dryRun);
    }

    /** One import on one connection, with caches of what it has found or made. */
    private final class Run {
        private final Connection c;
        private final boolean dryRun;
        private final Instant now;
        private final Map<String, Plan> planByTitle = new HashMap<>();
        private final Map<String, Long> groupIds = new HashMap<>();
        private final Map<String, Indicator> indicatorByKey = new HashMap<>();
        private final Map<String, Part> partByKey = new HashMap<>();
        private int plansCreated;
        private int indicatorsCreated;
        private int partsCreated;
        private int targets;
        private int actuals;
        private int taskCount;

        Run(Connection c, boolean dryRun) {
            this.c = c;
            this.dryRun = dryRun;
            this.now = planService.clock().instant();
        }

        ImportSummary apply(List<Plan> planList, List<TaskRow> tasks, List<LongRow> rows) throws SQLException {
            for (Plan p : planList) {
                var existing = plans.planByTitle(c, p.title());
                if (existing.isPresent()) {
                    plans.updatePlan(c, p.withId(existing.get().id()));
                } else {
                    plans.insertPlan(c, p);
                    plansCreated++;
                }
            }
            importTasks(tasks);
            Map<String, int[]> directionVotes = directionVotes(rows);
            Map<String, int[]> periods = periods(rows);
            for (LongRow row : rows) {
                Plan plan = plan(row.plan(), periods.get(row.plan()));
                Indicator ind = indicator(plan, row, directionVotes);
                Part part = part(ind, row);
                if (row.kind() == LongRow.Kind.TARGET) {
                    indicators.upsertTarget(c, part.id(), row.year(), row.target(), row.source(), row.note());
                    changes.record(c, new Change(now, planService.osUser(), "target", part.id(),
                            Integer.toString(row.year()), null, row.target().text().isEmpty()
                            ? row.target().display() : row.target().text()));
                    targets++;
                } else {
                    ActualKind kind = row.kind() == LongRow.Kind.BASELINE ? ActualKind.BASELINE : ActualKind.ACTUAL;
                    indicators.upsertActual(c, new ActualEntry(0, part.id(), row.year(), kind, row.value(),
                            row.grade(), row.text(), row.source(), row.note(), now));
                    changes.record(c, new Change(now, planService.osUser(), "actual", part.id(),
                            kind.code() + ":" + row.year(), null,
                            row.grade() != null ? row.grade() : Numbers.format(row.value())));
                    actuals++;
                }
            }
            return new ImportSummary(plansCreated, indicatorsCreated, partsCreated, targets, actuals, taskCount,
                    dryRun);
        }

        void addNotes(List<String> notes) throws SQLException {
            if (notes.isEmpty()) {
                return;
            }
            for (Plan p : planByTitle.values()) {
                Plan fresh = plans.plan(c, p.id()).orElseThrow();
                String joined = String.join("\n", notes);
                if (!fresh.note().contains(joined)) {
                    String note = fresh.note().isBlank() ? joined : fresh.note() + "\n" + joined;
                    plans.updatePlan(c, new Plan(fresh.id(), fresh.title(), fresh.shortName(), fresh.kind(),
                            fresh.issuer(), fresh.docNumber(), fresh.issueDate(), fresh.startYear(), fresh.endYear(),
                            fresh.source(), note));
                }
            }
        }

        private void importTasks(List<TaskRow> tasks) throws SQLException {
            Map<String, List<TaskRow>> byPlan = new LinkedHashMap<>();
            for (TaskRow t : tasks) {
                byPlan.computeIfAbsent(t.plan(), k -> new java.util.ArrayList<>()).add(t);
            }
            for (var e : byPlan.entrySet()) {
                Plan plan = plans.planByTitle(c, e.getKey()).orElseThrow(() -> new IllegalArgumentException(
                        "tasks for an unknown plan: " + e.getKey()));
                plans.deleteTasks(c, plan.id());
                Map<String, Long> idByPath = new HashMap<>();
                int order = 0;
                for (TaskRow t : e.getValue()) {
                    long parent = t.parentPath().isEmpty() ? 0 : idByPath.get(t.parentPath());
                    long id = plans.insertTask(c, new Task(0, plan.id(), parent, t.level(), t.code(), t.title(),
                            t.lead(), t.responsible(), order++));
                    idByPath.put(t.path(), id);
                    taskCount++;
                }
            }
        }

        private Plan plan(String title, int[] period) throws SQLException {
            Plan p = planByTitle.get(title);
            if (p == null) {
                p = plans.planByTitle(c, title).orElse(null);
                if (p == null) {
                    Plan fresh = Plan.titled(title, period[0], period[1]);
                    p = fresh.withId(plans.insertPlan(c, fresh));
                    plansCreated++;
                }
                planByTitle.put(title, p);
            }
            return p;
        }

        private Indicator indicator(Plan plan, LongRow row, Map<String, int[]> votes) throws SQLException {
            String key = indicatorKey(row);
            Indicator ind = indicatorByKey.get(key);
            if (ind != null) {
                return ind;
            }
            List<Indicator> inPlan = indicators.indicators(c, plan.id());
            for (Indicator existing : inPlan) {
                boolean codeMatch = !row.code().isEmpty() && row.code().equals(existing.code());
                boolean nameMatch = row.code().isEmpty() && row.indicator().equals(existing.name());
                if (codeMatch || nameMatch) {
                    indicatorByKey.put(key, existing);
                    return existing;
                }
            }
            long groupId = row.group().isEmpty() ? 0 : group(plan, row.group());
            int[] v = votes.getOrDefault(key, new int[3]);
            Direction direction = v[1] > v[0] ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER;
            GradeScale scale = v[2] > 0 ? gradeScale(row) : null;
            int sort = inPlan.size() + 1;
            Indicator fresh = new Indicator(0, plan.id(), groupId, row.code(), row.indicator(), row.unit(), direction,
                    null, scale, "", sort);
            long id = indicators.insertIndicator(c, fresh);
            ind = new Indicator(id, plan.id(), groupId, row.code(), row.indicator(), row.unit(), direction, null,
                    scale, "", sort);
            indicatorsCreated++;
            indicatorByKey.put(key, ind);
            return ind;
        }

        private long group(Plan plan, String name) throws SQLException {
            String key = plan.id() + "\u0000" + name;
            Long id = groupIds.get(key);
            if (id == null) {
                List<IndicatorGroup> existing = indicators.groups(c, plan.id());
                id = existing.stream().filter(g -> g.name().equals(name)).map(IndicatorGroup::id).findFirst()
                        .orElse(null);
                if (id == null) {
                    id = indicators.insertGroup(c, new IndicatorGroup(0, plan.id(), name, existing.size() + 1));
                }
                groupIds.put(key, id);
            }
            return id;
        }

        private Part part(Indicator ind, LongRow row) throws SQLException {
            String key = ind.id() + "\u0000" + row.part();
            Part part = partByKey.get(key);
            if (part != null) {
                return part;
            }
            List<Part> existing = indicators.parts(c, ind.planId()).stream()
                    .filter(p -> p.indicatorId() == ind.id()).toList();
            part = existing.stream().filter(p -> p.name().equals(row.part())).findFirst().orElse(null);
            if (part == null) {
                String unit = row.unit().equals(ind.unit()) ? "" : row.unit();
                Part fresh = new Part(0, ind.id(), row.part(), unit, existing.size() + 1);
                part = new Part(indicators.insertPart(c, fresh), ind.id(), row.part(), unit, existing.size() + 1);
                partsCreated++;
            }
            partByKey.put(key, part);
            return part;
        }
    }

    private static GradeScale gradeScale(LongRow row) {
        String g = row.target() != null ? row.target().grade() : row.grade();
        return g == null ? null : GradeScale.of(g).orElse(null);
    }

    private static String indicatorKey(LongRow row) {
        return row.plan() + "\u0000" + (row.code().isEmpty() ? "name:" + row.indicator() : "code:" + row.code());
    }

    /** Per indicator: [targets that accept higher, targets that accept lower, grade rows]. */
    private static Map<String, int[]> directionVotes(List<LongRow> rows) {
        Map<String, int[]> votes = new HashMap<>();
        for (LongRow r : rows) {
            int[] v = votes.computeIfAbsent(indicatorKey(r), k -> new int[3]);
            if (r.target() != null) {
                if (r.target().isGrade()) {
                    v[2]++;
                } else if (r.target().comparator().acceptsBelow()) {
                    v[1]++;
                } else {
                    v[0]++;
                }
            } else if (r.grade() != null) {
                v[2]++;
            }
        }
        return votes;
    }

    /** Per plan title: first and last year of its rows. */
    private static Map<String, int[]> periods(List<LongRow> rows) {
        Map<String, int[]> out = new HashMap<>();
        for (LongRow r : rows) {
            int[] p = out.computeIfAbsent(r.plan(), k -> new int[] {r.year(), r.year()});
            p[0] = Math.min(p[0], r.year());
            p[1] = Math.max(p[1], r.year());
        }
        return out;
    }
}
