package org.plandesk.school.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.plandesk.plan.ActualEntry;
import org.plandesk.plan.ActualKind;
import org.plandesk.plan.store.IndicatorRepository;
import org.plandesk.school.BalanceCalculator;
import org.plandesk.school.BalanceLink;
import org.plandesk.school.BalanceReport;
import org.plandesk.school.School;
import org.plandesk.school.store.BalanceLinkRepository;
import org.plandesk.school.store.SchoolRepository;
import org.plandesk.school.store.SettingRepository;
import org.plandesk.shared.Change;
import org.plandesk.shared.store.ChangeLogRepository;
import org.plandesk.shared.store.RowHistory;
import org.plandesk.shared.store.RowScope;
import org.plandesk.shared.undo.UndoableEdit;
import org.plandesk.workspace.Transactor;

/**
 * Links plan indicator parts to balance figures, and keeps their actuals equal to what the registry gives: every
 * write to the registry calls {@link #refresh(Connection)} in its own transaction. A computed actual says so in its
 * source ({@value #SOURCE_PREFIX}…) and each change goes to the change log like a typed one.
 */
public final class BalanceLinkService {
    /** How a computed actual's source starts; the grid marks such cells as computed. */
    public static final String SOURCE_PREFIX = "学校登记计算：";

    private final Transactor tx;
    private final RowHistory history;
    private final BalanceLinkRepository links;
    private final SchoolRepository schools;
    private final SettingRepository settings;
    private final IndicatorRepository indicators;
    private final ChangeLogRepository changes;
    private final Clock clock;
    private final String osUser;

    public BalanceLinkService(
            Transactor tx,
            RowHistory history,
            BalanceLinkRepository links,
            SchoolRepository schools,
            SettingRepository settings,
            IndicatorRepository indicators,
            ChangeLogRepository changes,
            Clock clock,
            String osUser) {
        this.tx = tx;
        this.history = history;
        this.links = links;
        this.schools = schools;
        this.settings = settings;
        this.indicators = indicators;
        this.changes = changes;
        this.clock = clock;
        this.osUser = osUser;
    }

    public Optional<BalanceLink> link(long partId) {
        return tx.read(c -> links.of(c, partId));
    }

    /** Links a part (replacing its link, if any) and fills its actuals at once. One undo step. */
    public UndoableEdit link(BalanceLink link, String description) {
        return change(link.partId(), link, description);
    }

    /** Removes a part's link; its actuals stay as they are. */
    public UndoableEdit unlink(long partId, String description) {
        return change(partId, null, description);
    }

    private UndoableEdit change(long partId, BalanceLink link, String description) {
        RowScope scope = RowScope.of("part_balance_link", "part_id = ?", partId)
                .and("actual", "part_id = ? AND kind = 'ACTUAL'", partId);
        return history.edit(description, SchoolScopes.withLinkedActuals(scope), c -> {
            if (link == null) {
                links.delete(c, partId);
            } else {
                links.put(c, link);
            }
            refresh(c);
            return null;
        });
    }

    /** Recomputes every linked actual within its plan's period from the registry; unchanged ones are not touched. */
    public void refresh(Connection c) throws SQLException {
        List<BalanceLink> all = links.all(c);
        if (all.isEmpty()) {
            return;
        }
        Map<Long, School> registry = schools.schools(c);
        List<Integer> years = schools.years(c);
        BalanceCalculator calc = new BalanceCalculator(BalanceService.weights(c, settings));
        Map<Integer, BalanceReport> reports = new HashMap<>();
        Instant now = clock.instant();
        for (BalanceLink link : all) {
            Optional<int[]> period = links.period(c, link.partId());
            if (period.isEmpty()) {
                continue;
            }
            for (int year : years) {
                if (year < period.get()[0] || year > period.get()[1]) {
                    continue;
                }
                BalanceReport report = reports.computeIfAbsent(year, y -> compute(c, calc, registry, y));
                double v = link.valueIn(report);
                if (Double.isNaN(v)) {
                    continue;
                }
                write(c, link, year, v, now);
            }
        }
    }

    private BalanceReport compute(Connection c, BalanceCalculator calc, Map<Long, School> registry, int year) {
        try {
            return calc.compute(registry, schools.figures(c, year), year, null);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Writes a computed figure as the part's actual, rounded to three decimals as 差异系数 are reported (0.188), so the
     * grid, the status and the charts show what a report would say.
     */
    private void write(Connection c, BalanceLink link, int year, double exact, Instant now) throws SQLException {
        double v = new BigDecimal(exact).setScale(3, RoundingMode.HALF_UP).doubleValue();
        ActualEntry old =
                indicators.actual(c, link.partId(), year, ActualKind.ACTUAL).orElse(null);
        String source = SOURCE_PREFIX + link.district() + " " + link.stage().label() + " "
                + link.indicator().map(b -> b.label() + "差异系数").orElse("综合差异系数");
        if (old != null && old.value() != null && old.value() == v && source.equals(old.source())) {
            return;
        }
        String text = String.format(Locale.ROOT, "%.3f", v);
        indicators.upsertActual(
                c,
                new ActualEntry(
                        0,
                        link.partId(),
                        year,
                        ActualKind.ACTUAL,
                        v,
                        null,
                        text,
                        source,
                        old == null ? "" : old.note(),
                        now));
        changes.record(
                c,
                new Change(
                        now,
                        osUser,
                        "actual",
                        link.partId(),
                        Integer.toString(year),
                        old == null ? null : old.text().isEmpty() ? String.valueOf(old.value()) : old.text(),
                        text));
    }
}
