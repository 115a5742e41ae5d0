package org.plandesk.plan.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import org.plandesk.plan.ActualEntry;
import org.plandesk.plan.ActualKind;
import org.plandesk.plan.Direction;
import org.plandesk.plan.GradeScale;
import org.plandesk.plan.Indicator;
import org.plandesk.plan.IndicatorGroup;
import org.plandesk.plan.Part;
import org.plandesk.plan.Plan;
import org.plandesk.plan.Task;
import org.plandesk.plan.io.LongRow;
import org.plandesk.plan.io.TaskRow;
import org.plandesk.plan.store.IndicatorRepository;
import org.plandesk.plan.store.PlanRepository;
import org.plandesk.shared.BulkWriteGuard;
import org.plandesk.shared.Change;
import org.plandesk.shared.Numbers;
import org.plandesk.shared.TaskRunner;
import org.plandesk.shared.store.RowHistory;
import org.plandesk.shared.store.RowScope;
import org.plandesk.workspace.Transactor;

/**
 * Imports plan metadata, task structures and long rows. One import is one transaction: it is written whole or not
 * at all (a cancelled or failed import rolls back); a dry run computes the same summary and writes nothing. Values
 * go in JDBC batches, and what the import finds or creates is cached, so large imports stay fast.
 */
public final class PlanImportService {
    private static final int PROGRESS_EVERY = 1000;
    private final Transactor tx;
    private final RowHistory history;
    private final PlanRepository plans;
    private final IndicatorRepository indicators;
    private final PlanService planService;
    private final BulkWriteGuard guard;

    public PlanImportService(
            Transactor tx,
            RowHistory history,
            PlanRepository plans,
            IndicatorRepository indicators,
            PlanService planService,
            BulkWriteGuard guard) {
        this.guard = guard;
        this.tx = tx;
        this.history = history;
        this.plans = plans;
        this.indicators = indicators;
        this.planService = planService;
    }

    public ImportSummary importAll(List<Plan> planList, List<TaskRow> tasks, List<LongRow> rows, boolean dryRun) {
        return importAll(planList, tasks, rows, List.of(), dryRun, null);
    }

    public ImportSummary importLong(List<LongRow> rows, boolean dryRun) {
        return importAll(List.of(), List.of(), rows, List.of(), dryRun, null);
    }

    /**
     * Imports everything in one transaction.
     *
     * @param notes    rows starting with 注 in a wide table, added to the plans' notes
     * @param progress reports progress and is asked for cancellation, or null
     * @throws CancellationException when cancelled; nothing is written
     */
    public ImportSummary importAll(
            List<Plan> planList,
            List<TaskRow> tasks,
            List<LongRow> rows,
            List<String> notes,
            boolean dryRun,
            TaskRunner.Progress progress) {
        Transactor.Work<ImportSummary, RuntimeException> work = c -> {
            Run run = new Run(c, dryRun, progress);
            ImportSummary s = run.apply(planList, tasks, rows);
            run.addNotes(notes);
            return s;
        };
        if (dryRun) {
            return tx.rolledBack(work);
        }
        guard.beforeWriting(rows.size());
        return tx.inTransaction(work);
    }

    /**
     * Imports as {@link #importAll} does and returns an edit that undoes the whole import in one step: plans it
     * created are removed, plans it changed go back to exactly what they held before (metadata, structure, values).
     */
    public UndoableImport importUndoable(
            List<Plan> planList,
            List<TaskRow> tasks,
            List<LongRow> rows,
            List<String> notes,
            String description,
            TaskRunner.Progress progress) {
        Set<String> titles = new LinkedHashSet<>();
        planList.forEach(p -> titles.add(p.title()));
        tasks.forEach(t -> titles.add(t.plan()));
        rows.forEach(r -> titles.add(r.plan()));
        guard.beforeWriting(rows.size());
        // the plans it touches, by id (found by title before it runs), and the plans it creates
        RowHistory.Recorded<ImportSummary> done = history.record(
                description,
                c -> {
                    RowScope scope = RowScope.empty().andCreated("plan");
                    for (String t : titles) {
                        var existing = plans.planByTitle(c, t);
                        if (existing.isPresent()) {
                            scope.and("plan", "id = ?", existing.get().id());
                        }
                    }
                    return scope;
                },
                c -> {
                    Run run = new Run(c, false, progress);
                    ImportSummary s = run.apply(planList, tasks, rows);
                    run.addNotes(notes);
                    return s;
                });
        return new UndoableImport(done.edit(), done.result());
    }

    /** One import on one connection, with caches of what it has found or made. */
    private final class Run {
        private final Connection c;
        private final boolean dryRun;
        private final TaskRunner.Progress progress;
        private final Instant now;
        private final Map<String, Plan> planByTitle = new HashMap<>();
        private final Map<Long, Map<String, Long>> groupsByPlan = new HashMap<>();
        private final Map<Long, List<Indicator>> indicatorsByPlan = new HashMap<>();
        /** Per plan: existing indicators by "code:…" and by "name:…", for matching without a scan. */
        private final Map<Long, Map<String, Indicator>> indicatorIndex = new HashMap<>();

        private final Map<String, Indicator> indicatorByKey = new HashMap<>();
        private final Map<Long, Map<String, Part>> partsByIndicator = new HashMap<>();
        /** Parts this import created: their values cannot exist yet, so they are inserted, not merged. */
        private final Set<Long> createdParts = new HashSet<>();

        private final Set<Long> written = new HashSet<>();
        private final Map<Long, Integer> freshByPlan = new LinkedHashMap<>();
        /** A dry run writes nothing: what it would create gets these stand-in ids. */
        private long nextFakeId = -1;

        private int plansCreated;
        private int indicatorsCreated;
        private int partsCreated;
        private int targets;
        private int actuals;
        private int taskCount;

        Run(Connection c, boolean dryRun, TaskRunner.Progress progress) {
            this.c = c;
            this.dryRun = dryRun;
            this.progress = progress;
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
            String user = planService.osUser();
            try (IndicatorRepository.Batch batch = indicators.batch(c)) {
                for (int i = 0; i < rows.size(); i++) {
                    if (progress != null && i % PROGRESS_EVERY == 0) {
                        if (progress.isCancelled()) {
                            throw new CancellationException();
                        }
                        progress.update(i / (double) rows.size(), "");
                    }
                    LongRow row = rows.get(i);
                    Plan plan = plan(row.plan(), periods.get(row.plan()));
                    Indicator ind = indicator(plan, row, directionVotes);
                    Part part = part(ind, row);
                    if (dryRun) {
                        if (row.kind() == LongRow.Kind.TARGET) {
                            targets++;
                        } else {
                            actuals++;
                        }
                        continue;
                    }
                    boolean fresh = createdParts.contains(part.id())
                            && written.add((part.id() * 10_000L + row.year()) * 4
                                    + row.kind().ordinal());
                    freshByPlan.merge(plan.id(), fresh ? 1 : 0, Integer::sum);
                    if (row.kind() == LongRow.Kind.TARGET) {
                        if (fresh) {
                            batch.newTarget(part.id(), row.year(), row.target(), row.source(), row.note());
                        } else {
                            batch.target(part.id(), row.year(), row.target(), row.source(), row.note());
                            batch.change(new Change(
                                    now,
                                    user,
                                    "target",
                                    part.id(),
                                    Integer.toString(row.year()),
                                    null,
                                    row.target().text().isEmpty()
                                            ? row.target().display()
                                            : row.target().text()));
                        }
                        targets++;
                    } else {
                        ActualKind kind = row.kind() == LongRow.Kind.BASELINE ? ActualKind.BASELINE : ActualKind.ACTUAL;
                        ActualEntry entry = new ActualEntry(
                                0,
                                part.id(),
                                row.year(),
                                kind,
                                row.value(),
                                row.grade(),
                                row.text(),
                                row.source(),
                                row.note(),
                                now);
                        if (fresh) {
                            batch.newActual(entry);
                        } else {
                            batch.actual(entry);
                            batch.change(new Change(
                                    now,
                                    user,
                                    "actual",
                                    part.id(),
                                    kind == ActualKind.BASELINE
                                            ? "baseline:" + row.year()
                                            : Integer.toString(row.year()),
                                    null,
                                    row.grade() != null ? row.grade() : Numbers.format(row.value())));
                        }
                        actuals++;
                    }
                }
                // Values of parts this import created are logged once per plan; changes to existing values one by one.
                for (var e : freshByPlan.entrySet()) {
                    if (e.getValue() > 0) {
                        batch.change(
                                new Change(now, user, "plan", e.getKey(), "import", null, e.getValue() + " values"));
                    }
                }
                batch.flush();
            }
            if (progress != null) {
                progress.update(1, "");
            }
            return new ImportSummary(
                    plansCreated, indicatorsCreated, partsCreated, targets, actuals, taskCount, dryRun);
        }

        void addNotes(List<String> notes) throws SQLException {
            if (notes.isEmpty() || dryRun) {
                return;
            }
            for (Plan p : planByTitle.values()) {
                Plan fresh = plans.plan(c, p.id()).orElseThrow();
                // a line the note already holds (as written, or without the 注： an export put before it) is not
                // added again: export → import keeps the note as it was
                List<String> missing = notes.stream()
                        .filter(n -> !fresh.note().contains(n)
                                && !fresh.note().contains(n.replaceFirst("^注\\s*[:：]\\s*", "")))
                        .toList();
                if (!missing.isEmpty()) {
                    String joined = String.join("\n", missing);
                    String note = fresh.note().isBlank() ? joined : fresh.note() + "\n" + joined;
                    plans.updatePlan(
                            c,
                            new Plan(
                                    fresh.id(),
                                    fresh.title(),
                                    fresh.shortName(),
                                    fresh.kind(),
                                    fresh.issuer(),
                                    fresh.docNumber(),
                                    fresh.issueDate(),
                                    fresh.startYear(),
                                    fresh.endYear(),
                                    fresh.source(),
                                    note));
                }
            }
        }

        private void importTasks(List<TaskRow> tasks) throws SQLException {
            Map<String, List<TaskRow>> byPlan = new LinkedHashMap<>();
            for (TaskRow t : tasks) {
                byPlan.computeIfAbsent(t.plan(), k -> new ArrayList<>()).add(t);
            }
            for (var e : byPlan.entrySet()) {
                Plan plan = plans.planByTitle(c, e.getKey())
                        .orElseThrow(() -> new IllegalArgumentException("tasks for an unknown plan: " + e.getKey()));
                plans.deleteTasks(c, plan.id());
                Map<String, Long> idByPath = new HashMap<>();
                int order = 0;
                for (TaskRow t : e.getValue()) {
                    long parent = t.parentPath().isEmpty() ? 0 : idByPath.get(t.parentPath());
                    long id = plans.insertTask(
                            c,
                            new Task(
                                    0,
                                    plan.id(),
                                    parent,
                                    t.level(),
                                    t.code(),
                                    t.title(),
                                    t.lead(),
                                    t.responsible(),
                                    order++));
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
                    p = fresh.withId(dryRun ? nextFakeId-- : plans.insertPlan(c, fresh));
                    plansCreated++;
                }
                planByTitle.put(title, p);
                List<Indicator> existing = new ArrayList<>(indicators.indicators(c, p.id()));
                indicatorsByPlan.put(p.id(), existing);
                Map<String, Indicator> index = new HashMap<>();
                for (Indicator i : existing) {
                    if (!i.code().isEmpty()) {
                        index.putIfAbsent("code:" + i.code(), i);
                    }
                    index.putIfAbsent("name:" + i.name(), i);
                }
                indicatorIndex.put(p.id(), index);
                Map<String, Long> groups = new HashMap<>();
                for (IndicatorGroup g : indicators.groups(c, p.id())) {
                    groups.put(g.name(), g.id());
                }
                groupsByPlan.put(p.id(), groups);
                for (Part part : indicators.parts(c, p.id())) {
                    partsByIndicator
                            .computeIfAbsent(part.indicatorId(), k -> new HashMap<>())
                            .put(part.name(), part);
                }
            }
            return p;
        }

        private Indicator indicator(Plan plan, LongRow row, Map<String, int[]> votes) throws SQLException {
            String key = indicatorKey(row);
            Indicator ind = indicatorByKey.get(key);
            if (ind != null) {
                return ind;
            }
            List<Indicator> inPlan = indicatorsByPlan.get(plan.id());
            Map<String, Indicator> index = indicatorIndex.get(plan.id());
            Indicator existing = index.get(row.code().isEmpty() ? "name:" + row.indicator() : "code:" + row.code());
            if (existing != null) {
                indicatorByKey.put(key, existing);
                return existing;
            }
            long groupId = row.group().isEmpty() ? 0 : group(plan, row.group());
            int[] v = votes.getOrDefault(key, new int[3]);
            Direction direction = v[1] > v[0] ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER;
            GradeScale scale = v[2] > 0 ? gradeScale(row) : null;
            int sort = inPlan.size() + 1;
            Indicator fresh = new Indicator(
                    0, plan.id(), groupId, row.code(), row.indicator(), row.unit(), direction, null, scale, "", sort);
            long id = dryRun ? nextFakeId-- : indicators.insertIndicator(c, fresh);
            ind = new Indicator(
                    id, plan.id(), groupId, row.code(), row.indicator(), row.unit(), direction, null, scale, "", sort);
            inPlan.add(ind);
            if (!ind.code().isEmpty()) {
                index.putIfAbsent("code:" + ind.code(), ind);
            }
            index.putIfAbsent("name:" + ind.name(), ind);
            indicatorsCreated++;
            indicatorByKey.put(key, ind);
            return ind;
        }

        private long group(Plan plan, String name) throws SQLException {
            Map<String, Long> groups = groupsByPlan.get(plan.id());
            Long id = groups.get(name);
            if (id == null) {
                id = dryRun
                        ? nextFakeId--
                        : indicators.insertGroup(c, new IndicatorGroup(0, plan.id(), name, groups.size() + 1));
                groups.put(name, id);
            }
            return id;
        }

        private Part part(Indicator ind, LongRow row) throws SQLException {
            Map<String, Part> parts = partsByIndicator.computeIfAbsent(ind.id(), k -> new HashMap<>());
            Part part = parts.get(row.part());
            if (part == null) {
                String unit = row.unit().equals(ind.unit()) ? "" : row.unit();
                Part fresh = new Part(0, ind.id(), row.part(), unit, parts.size() + 1);
                part = new Part(
                        dryRun ? nextFakeId-- : indicators.insertPart(c, fresh),
                        ind.id(),
                        row.part(),
                        unit,
                        parts.size() + 1);
                parts.put(row.part(), part);
                createdParts.add(part.id());
                partsCreated++;
            }
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
