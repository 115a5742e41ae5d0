package org.plandesk.plan.service;

import java.util.HashSet;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.plandesk.io.RawTable;
import org.plandesk.plan.Indicator;
import org.plandesk.plan.Plan;
import org.plandesk.plan.PlanData;
import org.plandesk.plan.io.LongRow;
import org.plandesk.plan.io.wide.WideTable;
import org.plandesk.shared.Text;

/**
 * Which existing plan a table most likely belongs to, so that importing a plan's own table updates that plan instead
 * of creating a copy of it. A plan matches when the table names it — its title or short name as the file's name or in
 * a line above the header, or its 文号 in such a line — or when at least 80 % of the table's indicators are the
 * plan's (by name) and the table's years overlap the plan's period. A named plan wins over one matched by indicators;
 * among those, the larger share wins.
 */
public final class ImportMatch {
    /** The share of the table's indicators that must be a plan's for the plan to match by content. */
    static final double INDICATOR_SHARE = 0.8;

    private ImportMatch() {}

    /**
     * @param fileTitle the file's name without its extension (or the name given to pasted text)
     * @param raw       the table as read, for the lines above its header
     * @param table     the table as understood
     * @param plans     the workspace's plans
     */
    public static Optional<PlanData> best(String fileTitle, RawTable raw, WideTable table, List<PlanData> plans) {
        List<String> above = linesAbove(raw, table.headerRow());
        PlanData best = null;
        double bestScore = 0;
        for (PlanData p : plans) {
            double score = named(p.plan(), fileTitle, above) ? 2 : byIndicators(p, table);
            if (score > bestScore) {
                best = p;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    private static List<String> linesAbove(RawTable raw, int headerRow) {
        return raw
                .rows()
                .subList(0, Math.max(0, Math.min(headerRow - 1, raw.rows().size())))
                .stream()
                .flatMap(List::stream)
                .map(Text::normalize)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static boolean named(Plan p, String fileTitle, List<String> above) {
        String file = bare(fileTitle);
        for (String name : List.of(bare(p.title()), bare(p.shortName()))) {
            if (name.isEmpty()) {
                continue;
            }
            if (file.equals(name) || above.stream().map(ImportMatch::bare).anyMatch(l -> l.contains(name))) {
                return true;
            }
        }
        String doc = Text.normalize(p.docNumber());
        return !doc.isEmpty() && above.stream().anyMatch(l -> l.contains(doc));
    }

    /** A title without white space, book-title marks and the words an exported file adds. */
    private static String bare(String s) {
        return Text.normalize(s).replaceAll("[《》〈〉<>\"“”]", "");
    }

    private static double byIndicators(PlanData p, WideTable table) {
        if (table.indicators().isEmpty() || !overlaps(p.plan(), table.rows())) {
            return 0;
        }
        Set<String> names = new HashSet<>();
        for (Indicator i : p.indicators()) {
            names.add(Text.normalize(i.name()));
        }
        long found = table.indicators().stream()
                .filter(f -> names.contains(Text.normalize(f.name())))
                .count();
        double share = (double) found / table.indicators().size();
        return share >= INDICATOR_SHARE ? share : 0;
    }

    private static boolean overlaps(Plan p, List<LongRow> rows) {
        IntSummaryStatistics years = rows.stream().mapToInt(LongRow::year).summaryStatistics();
        if (years.getCount() == 0 || p.startYear() == 0) {
            return years.getCount() > 0;
        }
        int end = p.endYear() == 0 ? p.startYear() : p.endYear();
        return years.getMin() <= end && years.getMax() >= p.startYear();
    }
}
