package org.plandesk.plan.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
import org.plandesk.shared.Change;
import org.plandesk.shared.KeyLines;
import org.plandesk.shared.Numbers;
import org.plandesk.shared.TaskRunner;

/**
 * One import on one connection, a row at a time: {@link #begin}, {@link #accept} for each value row as it comes (from
 * a list or straight from a file being read), {@link #finish}. It caches what it has found or made, so large imports
 * stay fast, and holds nothing per value but a few bytes to tell a value it wrote from one it must merge: memory does
 * not grow with the file. What depends on every row of an indicator or plan (the direction its targets point, its
 * grade scale, a new plan's period) is settled by {@link #finish} for what this import created.
 */
final class ImportRun implements AutoCloseable {
    private static final int PROGRESS_EVERY = 1000;
    private final Connection c;
    private final boolean dryRun;
    private final TaskRunner.Progress progress;
    private final PlanRepository plans;
    private final IndicatorRepository indicators;
    private final Instant now;
    private final String user;
    private final Map<String, Plan> planByTitle = new HashMap<>();
    private final Map<Long, Map<String, Long>> groupsByPlan = new HashMap<>();
    private final Map<Long, List<Indicator>> indicatorsByPlan = new HashMap<>();
    /** Per plan: existing indicators by "code:…" and by "name:…", for matching without a scan. */
    private final Map<Long, Map<String, Indicator>> indicatorIndex = new HashMap<>();

    private final Map<String, Indicator> indicatorByKey = new HashMap<>();
    private final Map<Long, Map<String, Part>> partsByIndicator = new HashMap<>();
    /** Parts this import created: their values cannot exist yet, so they are inserted, not merged. */
    private final Set<Long> createdParts = new HashSet<>();
    /** Indicators this import created, with the votes of their rows for a direction (see {@link #vote}). */
    private final Map<String, Created> createdIndicators = new LinkedHashMap<>();
    /** Plans this import created, with the first and last year of their rows. */
    private final Map<Long, int[]> createdPlans = new HashMap<>();

    private final KeyLines written = new KeyLines();
    private final Map<Long, Integer> freshByPlan = new LinkedHashMap<>();
    private IndicatorRepository.Batch batch;
    /** A dry run writes nothing: what it would create gets these stand-in ids. */
    private long nextFakeId = -1;

    private int rows;
    private int plansCreated;
    private int indicatorsCreated;
    private int partsCreated;
    private int targets;
    private int actuals;
    private int taskCount;

    private record Created(Indicator indicator, int[] votes) {}

    ImportRun(
            Connection c,
            boolean dryRun,
            TaskRunner.Progress progress,
            PlanRepository plans,
            IndicatorRepository indicators,
            PlanService planService) {
        this.c = c;
        this.dryRun = dryRun;
        this.progress = progress;
        this.plans = plans;
        this.indicators = indicators;
        this.now = planService.clock().instant();
        this.user = planService.osUser();
    }

    /** Writes plan metadata and task structures; value rows follow through {@link #accept}. */
    void begin(List<Plan> planList, List<TaskRow> tasks) throws SQLException {
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
        batch = indicators.batch(c);
    }

    /**
     * One value row.
     *
     * @param fraction how far the import has come, for the progress shown, or a negative number when unknown
     */
    void accept(LongRow row, double fraction) throws SQLException {
        if (progress != null && rows % PROGRESS_EVERY == 0) {
            if (progress.isCancelled()) {
                throw new CancellationException();
            }
            progress.update(fraction, "");
        }
        rows++;
        Plan plan = plan(row.plan(), row.year());
        int[] period = createdPlans.get(plan.id());
        if (period != null) {
            period[0] = Math.min(period[0], row.year());
            period[1] = Math.max(period[1], row.year());
        }
        Indicator ind = indicator(plan, row);
        Created created = createdIndicators.get(indicatorKey(row));
        if (created != null) {
            vote(created.votes(), row);
            GradeScale scale = gradeScale(row);
            if (scale != null) {
                firstScale.putIfAbsent(indicatorKey(row), scale);
            }
        }
        Part part = part(ind, row);
        if (dryRun) {
            if (row.kind() == LongRow.Kind.TARGET) {
                targets++;
            } else {
                actuals++;
            }
            return;
        }
        boolean fresh = createdParts.contains(part.id())
                && written.putIfAbsent(
                                (part.id() * 10_000L + row.year()) * 4
                                        + row.kind().ordinal(),
                                rows)
                        < 0;
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
                        kind == ActualKind.BASELINE ? "baseline:" + row.year() : Integer.toString(row.year()),
                        null,
                        row.grade() != null ? row.grade() : Numbers.format(row.value())));
            }
            actuals++;
        }
    }

    /**
     * Settles what depends on every row (directions and grade scales of created indicators, periods of created
     * plans), logs the values of created parts once per plan, and writes what is left in the batch.
     */
    ImportSummary finish() throws SQLException {
        for (var e : createdIndicators.entrySet()) {
            Indicator ind = e.getValue().indicator();
            int[] v = e.getValue().votes();
            Direction direction = v[1] > v[0] ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER;
            GradeScale scale = v[2] > 0 && ind.gradeScale() == null ? firstScale.get(e.getKey()) : ind.gradeScale();
            if (!dryRun && (direction != ind.direction() || scale != ind.gradeScale())) {
                indicators.updateIndicator(
                        c,
                        new Indicator(
                                ind.id(),
                                ind.planId(),
                                ind.groupId(),
                                ind.code(),
                                ind.name(),
                                ind.unit(),
                                direction,
                                ind.attribute(),
                                scale,
                                ind.note(),
                                ind.sortOrder()));
            }
        }
        if (!dryRun) {
            for (var e : createdPlans.entrySet()) {
                Plan p = plans.plan(c, e.getKey()).orElseThrow();
                int[] period = e.getValue();
                if (p.startYear() != period[0] || p.endYear() != period[1]) {
                    plans.updatePlan(
                            c,
                            new Plan(
                                    p.id(),
                                    p.title(),
                                    p.shortName(),
                                    p.kind(),
                                    p.issuer(),
                                    p.docNumber(),
                                    p.issueDate(),
                                    period[0],
                                    period[1],
                                    p.source(),
                                    p.note()));
                }
            }
            // Values of parts this import created are logged once per plan; changes to existing values one by one.
            for (var e : freshByPlan.entrySet()) {
                if (e.getValue() > 0) {
                    batch.change(new Change(now, user, "plan", e.getKey(), "import", null, e.getValue() + " values"));
                }
            }
            batch.flush();
        }
        if (progress != null) {
            progress.update(1, "");
        }
        return new ImportSummary(plansCreated, indicatorsCreated, partsCreated, targets, actuals, taskCount, dryRun);
    }

    @Override
    public void close() throws SQLException {
        if (batch != null) {
            batch.close();
        }
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
                    .filter(n ->
                            !fresh.note().contains(n) && !fresh.note().contains(n.replaceFirst("^注\\s*[:：]\\s*", "")))
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

    private Plan plan(String title, int year) throws SQLException {
        Plan p = planByTitle.get(title);
        if (p == null) {
            p = plans.planByTitle(c, title).orElse(null);
            if (p == null) {
                Plan fresh = Plan.titled(title, year, year);
                p = fresh.withId(dryRun ? nextFakeId-- : plans.insertPlan(c, fresh));
                createdPlans.put(p.id(), new int[] {year, year});
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

    private Indicator indicator(Plan plan, LongRow row) throws SQLException {
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
        int[] v = vote(new int[3], row);
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
        createdIndicators.put(key, new Created(ind, new int[3]));
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

    /** The first grade scale seen in the rows of an indicator this import created. */
    private final Map<String, GradeScale> firstScale = new HashMap<>();

    /** Adds a row's vote: [targets that accept higher, targets that accept lower, grade rows]. */
    private static int[] vote(int[] v, LongRow r) {
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
        return v;
    }

    private static GradeScale gradeScale(LongRow row) {
        String g = row.target() != null ? row.target().grade() : row.grade();
        return g == null ? null : GradeScale.of(g).orElse(null);
    }

    private static String indicatorKey(LongRow row) {
        return row.plan() + "\u0000" + (row.code().isEmpty() ? "name:" + row.indicator() : "code:" + row.code());
    }
}
