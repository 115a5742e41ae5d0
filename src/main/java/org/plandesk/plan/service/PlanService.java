package org.plandesk.plan.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plandesk.io.RawTable;
import org.plandesk.plan.ActualEntry;
import org.plandesk.plan.ActualKind;
import org.plandesk.plan.Plan;
import org.plandesk.plan.PlanData;
import org.plandesk.plan.io.wide.WideTable;
import org.plandesk.plan.io.wide.WideTableParser;
import org.plandesk.plan.store.IndicatorRepository;
import org.plandesk.plan.store.PlanRepository;
import org.plandesk.shared.Change;
import org.plandesk.shared.InputRejectedException;
import org.plandesk.shared.Numbers;
import org.plandesk.shared.store.ChangeLogRepository;
import org.plandesk.workspace.Transactor;

/**
 * Use cases on plans. Every edit runs in its own transaction, is committed before the method returns (DESIGN D3) and
 * is recorded in the change log with time and OS user.
 */
public final class PlanService {
    private final Transactor tx;
    private final PlanRepository plans;
    private final IndicatorRepository indicators;
    private final ChangeLogRepository changes;
    private final Clock clock;
    private final String osUser;

    public PlanService(
            Transactor tx,
            PlanRepository plans,
            IndicatorRepository indicators,
            ChangeLogRepository changes,
            Clock clock,
            String osUser) {
        this.tx = tx;
        this.plans = plans;
        this.indicators = indicators;
        this.changes = changes;
        this.clock = clock;
        this.osUser = osUser;
    }

    /** The year of today, for status (a year has ended when it is before this). */
    public int currentYear() {
        return clock.instant().atZone(clock.getZone()).getYear();
    }

    public List<PlanSummary> plans() {
        return tx.read(c -> {
            Map<Long, Integer> counts = plans.indicatorCounts(c);
            List<PlanSummary> out = new ArrayList<>();
            for (Plan p : plans.plans(c)) {
                out.add(new PlanSummary(p, counts.getOrDefault(p.id(), 0)));
            }
            return out;
        });
    }

    public PlanData load(long planId) {
        return tx.read(c -> load(c, planId));
    }

    /**
     * The existing plan a table to import most likely belongs to ({@link ImportMatch}), or empty when the table
     * cannot be read or matches none: the import preview offers it as the target instead of a new plan.
     */
    public Optional<PlanData> matchFor(String fileTitle, RawTable raw) {
        WideTable table;
        try {
            table = new WideTableParser().parse(raw, fileTitle, Map.of());
        } catch (InputRejectedException e) {
            return Optional.empty();
        }
        List<PlanData> all = tx.read(c -> {
            List<PlanData> out = new ArrayList<>();
            for (Plan p : plans.plans(c)) {
                out.add(load(c, p.id()));
            }
            return out;
        });
        return ImportMatch.best(fileTitle, raw, table, all);
    }

    static PlanData load(Connection c, long planId, PlanRepository plans, IndicatorRepository indicators)
            throws SQLException {
        Plan plan = plans.plan(c, planId).orElseThrow(() -> new IllegalArgumentException("no plan " + planId));
        return new PlanData(
                plan,
                plans.tasks(c, planId),
                indicators.groups(c, planId),
                indicators.indicators(c, planId),
                indicators.parts(c, planId),
                indicators.targets(c, planId),
                indicators.actuals(c, planId),
                plans.ranges(c, planId));
    }

    private PlanData load(Connection c, long planId) throws SQLException {
        return load(c, planId, plans, indicators);
    }

    /**
     * A plan by name as a user types it: the exact title, the short name, or a text that occurs in exactly one
     * title or short name.
     */
    public Optional<Plan> find(String name) {
        String n = name.strip();
        List<Plan> all = tx.read(plans::plans);
        for (Plan p : all) {
            if (p.title().equals(n) || p.shortName().equals(n)) {
                return Optional.of(p);
            }
        }
        List<Plan> partial = all.stream()
                .filter(p -> p.title().contains(n) || p.shortName().contains(n))
                .toList();
        return partial.size() == 1 ? Optional.of(partial.get(0)) : Optional.empty();
    }

    /**
     * Sets the actual of a part in a year (a number or a grade) and records the change. Returns the stored entry.
     */
    public ActualEntry setActual(
            long partId, int year, Double value, String grade, String text, String source, String note) {
        Instant now = clock.instant();
        ActualEntry entry = new ActualEntry(0, partId, year, ActualKind.ACTUAL, value, grade, text, source, note, now);
        return tx.inTransaction(c -> {
            String old = currentActual(c, partId, year);
            indicators.upsertActual(c, entry);
            changes.record(
                    c,
                    new Change(
                            now,
                            osUser,
                            "actual",
                            partId,
                            Integer.toString(year),
                            old,
                            grade != null ? grade : Numbers.format(value)));
            return entry;
        });
    }

    private static String currentActual(Connection c, long partId, int year) throws SQLException {
        try (var ps = c.prepareStatement(
                "SELECT val, grade FROM actual WHERE part_id = ? AND yr = ? " + "AND kind = 'ACTUAL'")) {
            ps.setLong(1, partId);
            ps.setInt(2, year);
            try (var rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                String g = rs.getString("grade");
                double v = rs.getDouble("val");
                return g != null ? g : rs.wasNull() ? null : Numbers.format(v);
            }
        }
    }

    public List<Change> history(String entity, long entityId) {
        return tx.read(c -> changes.history(c, entity, entityId));
    }

    /** The name of the OS user, as the change log and documents record the author. */
    public String osUser() {
        return osUser;
    }

    Clock clock() {
        return clock;
    }
}
