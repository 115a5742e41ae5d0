package org.plandesk.plan.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.plandesk.plan.ActualEntry;
import org.plandesk.plan.Indicator;
import org.plandesk.plan.Part;
import org.plandesk.plan.PlanData;
import org.plandesk.plan.PlausibleRange;
import org.plandesk.plan.TargetEntry;
import org.plandesk.plan.io.LongRow;
import org.plandesk.shared.Numbers;

/**
 * What an import into an existing plan would do: values added, values changed (old → new), values left alone.
 * Indicators are matched as the import matches them: by code, else by name.
 */
public final class ImportDiff {
    /** A value that would change (or, with a null old text, be added). */
    public record Changed(LongRow row, String oldText, String newText) {}

    private final List<LongRow> added = new ArrayList<>();
    private final List<LongRow> implausible = new ArrayList<>();
    private final List<Changed> changed = new ArrayList<>();
    private int unchanged;

    public static ImportDiff of(PlanData existing, List<LongRow> rows) {
        ImportDiff d = new ImportDiff();
        for (LongRow r : rows) {
            if (r.kind() != LongRow.Kind.TARGET
                    && r.value() != null
                    && !range(existing, r).contains(r.value())) {
                d.implausible.add(r);
            }
            String old = existing == null ? null : current(existing, r);
            String now = text(r);
            if (old == null) {
                d.added.add(r);
            } else if (old.equals(now)) {
                d.unchanged++;
            } else {
                d.changed.add(new Changed(r, old, now));
            }
        }
        return d;
    }

    public List<LongRow> added() {
        return added;
    }

    public List<Changed> changed() {
        return changed;
    }

    public int unchanged() {
        return unchanged;
    }

    /**
     * Actuals and baselines outside their indicator's plausible range (the plan's own for an indicator it has, else
     * the one the unit and name imply): the preview points them out; they do not stop the import.
     */
    public List<LongRow> implausible() {
        return implausible;
    }

    /** The plausible range of a row's indicator. */
    public static PlausibleRange range(PlanData existing, LongRow r) {
        Indicator ind = existing == null ? null : indicator(existing, r);
        return ind != null ? existing.range(ind) : PlausibleRange.defaultFor(r.unit(), r.indicator());
    }

    /** Every value that would be added (old text null) or changed, in table order, for the preview's list. */
    public List<Changed> changes() {
        List<Changed> all = new ArrayList<>(changed);
        for (LongRow r : added) {
            all.add(new Changed(r, null, text(r)));
        }
        all.sort(Comparator.comparingInt((Changed c) -> c.row().line())
                .thenComparing(c -> c.row().part())
                .thenComparingInt(c -> c.row().year())
                .thenComparing(c -> c.row().kind()));
        return all;
    }

    private static Indicator indicator(PlanData d, LongRow r) {
        return d.indicators().stream()
                .filter(i -> r.code().isEmpty()
                        ? i.name().equals(r.indicator())
                        : r.code().equals(i.code()))
                .findFirst()
                .orElse(null);
    }

    private static String current(PlanData d, LongRow r) {
        Indicator ind = indicator(d, r);
        if (ind == null) {
            return null;
        }
        Part part = d.parts(ind).stream()
                .filter(p -> p.name().equals(r.part()))
                .findFirst()
                .orElse(null);
        if (part == null) {
            return null;
        }
        return switch (r.kind()) {
            case TARGET -> d.target(part, r.year()).map(ImportDiff::text).orElse(null);
            case ACTUAL -> d.actual(part, r.year()).map(ImportDiff::text).orElse(null);
            case BASELINE -> d.baseline(part, r.year()).map(ImportDiff::text).orElse(null);
        };
    }

    private static String text(LongRow r) {
        if (r.target() != null) {
            return r.target().display();
        }
        return r.grade() != null ? r.grade() : Numbers.format(r.value());
    }

    private static String text(TargetEntry t) {
        return t.target().display();
    }

    private static String text(ActualEntry a) {
        return a.grade() != null ? a.grade() : Numbers.format(a.value());
    }
}
