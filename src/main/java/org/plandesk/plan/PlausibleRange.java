package org.plandesk.plan;

import java.util.Set;
import org.plandesk.shared.Numbers;

/**
 * The values an indicator's actuals can plausibly take (as DHIS2 keeps a min and max per data element): an actual
 * outside asks before it is saved. Either bound may be open. An indicator without a range of its own takes one from
 * its unit and name: a percentage 0–100, a coefficient (差异系数, 系数) 0–1, a count (所, 个, 名 …) at least 0.
 *
 * @param min the least plausible value, or null
 * @param max the largest plausible value, or null
 */
public record PlausibleRange(Double min, Double max) {
    /** No bound at all. */
    public static final PlausibleRange NONE = new PlausibleRange(null, null);

    private static final Set<String> COUNTS = Set.of(
            "名", "个", "所", "人", "人次", "套", "家", "项", "次", "场", "场次", "天", "课时", "万人次", "万人", "万", "元", "万元", "亿元", "间",
            "班", "座", "台", "册", "年");

    public PlausibleRange {
        if (min != null && max != null && min > max) {
            throw new IllegalArgumentException("min " + min + " > max " + max);
        }
    }

    /** The range an indicator takes when it has none of its own. */
    public static PlausibleRange defaultFor(String unit, String name) {
        String u = unit == null ? "" : unit.strip();
        String n = name == null ? "" : name;
        if (u.equals("%") || u.equals("％")) {
            return new PlausibleRange(0.0, 100.0);
        }
        if (n.contains("系数") && (u.isEmpty() || u.equals("无"))) {
            return new PlausibleRange(0.0, 1.0);
        }
        if (COUNTS.contains(u)) {
            return new PlausibleRange(0.0, null);
        }
        return NONE;
    }

    public boolean isNone() {
        return min == null && max == null;
    }

    public boolean contains(double value) {
        return (min == null || value >= min) && (max == null || value <= max);
    }

    /** As the user reads and writes it: {@code 0–100}, {@code ≥0}, {@code ≤1}, or empty. */
    public String text() {
        if (min != null && max != null) {
            return Numbers.format(min) + "–" + Numbers.format(max);
        }
        if (min != null) {
            return "≥" + Numbers.format(min);
        }
        return max != null ? "≤" + Numbers.format(max) : "";
    }
}
