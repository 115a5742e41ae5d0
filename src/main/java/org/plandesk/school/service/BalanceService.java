package org.plandesk.school.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.plandesk.school.BalanceCalculator;
import org.plandesk.school.BalanceReport;
import org.plandesk.school.School;
import org.plandesk.school.SplitWeights;
import org.plandesk.school.store.SchoolRepository;
import org.plandesk.school.store.SettingRepository;
import org.plandesk.shared.store.RowHistory;
import org.plandesk.shared.store.RowScope;
import org.plandesk.shared.undo.UndoableEdit;
import org.plandesk.workspace.Transactor;

/** Balance statistics from the registry, and the workspace's split weights. */
public final class BalanceService {
    static final String WEIGHT_JUNIOR = "split.juniorPerPrimary";
    static final String WEIGHT_SENIOR = "split.seniorPerJunior";

    private final Transactor tx;
    private final RowHistory history;
    private final SchoolRepository schools;
    private final SettingRepository settings;
    private final BalanceLinkService links;

    public BalanceService(
            Transactor tx,
            RowHistory history,
            SchoolRepository schools,
            SettingRepository settings,
            BalanceLinkService links) {
        this.tx = tx;
        this.history = history;
        this.schools = schools;
        this.settings = settings;
        this.links = links;
    }

    /** One year's statistics, for one district or (null) all. */
    public BalanceReport report(int year, String district) {
        return tx.read(c -> report(c, year, district));
    }

    /** Every year's statistics, oldest first, for the trend of the CVs. */
    public List<BalanceReport> reports(String district) {
        return tx.read(c -> {
            Map<Long, School> all = schools.schools(c);
            BalanceCalculator calc = new BalanceCalculator(weights(c, settings));
            List<BalanceReport> out = new ArrayList<>();
            List<Integer> years = new ArrayList<>(schools.years(c));
            Collections.sort(years);
            for (int y : years) {
                out.add(calc.compute(all, schools.figures(c, y), y, district));
            }
            return out;
        });
    }

    BalanceReport report(Connection c, int year, String district) throws SQLException {
        return new BalanceCalculator(weights(c, settings))
                .compute(schools.schools(c), schools.figures(c, year), year, district);
    }

    /** The years with figures, newest first. */
    public List<Integer> years() {
        return tx.read(schools::years);
    }

    /** The districts of the registry, sorted. */
    public List<String> districts() {
        return tx.read(c -> new ArrayList<>(new TreeSet<>(
                schools.schools(c).values().stream().map(School::district).toList())));
    }

    public SplitWeights weights() {
        return tx.read(c -> weights(c, settings));
    }

    /** Changes the split weights; linked plan actuals follow. One undo step. */
    public UndoableEdit setWeights(SplitWeights w) {
        RowScope scope = RowScope.of("workspace_setting", "name IN (?, ?)", WEIGHT_JUNIOR, WEIGHT_SENIOR);
        return history.edit(
                "拆分权重 " + w.juniorPerPrimary() + " / " + w.seniorPerJunior(),
                SchoolScopes.withLinkedActuals(scope),
                c -> {
                    settings.put(c, WEIGHT_JUNIOR, Double.toString(w.juniorPerPrimary()));
                    settings.put(c, WEIGHT_SENIOR, Double.toString(w.seniorPerJunior()));
                    links.refresh(c);
                    return null;
                });
    }

    static SplitWeights weights(Connection c, SettingRepository settings) throws SQLException {
        double junior = settings.get(c, WEIGHT_JUNIOR)
                .map(Double::parseDouble)
                .orElse(SplitWeights.STANDARD.juniorPerPrimary());
        double senior =
                settings.get(c, WEIGHT_SENIOR).map(Double::parseDouble).orElse(SplitWeights.STANDARD.seniorPerJunior());
        return new SplitWeights(junior, senior);
    }
}
