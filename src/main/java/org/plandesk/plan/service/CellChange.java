package org.plandesk.plan.service;

import org.plandesk.plan.Observation;
import org.plandesk.plan.Target;

/**
 * A new content for one grid cell: the target or the actual of a part in a year. Both {@code target} and
 * {@code actual} null means: clear the cell.
 *
 * @param text the cell as typed (kept as the target's or actual's text)
 */
public record CellChange(long partId, int year, boolean isTarget, Target target, Observation actual, String text) {

    public static CellChange target(long partId, int year, Target t) {
        return new CellChange(partId, year, true, t, null, t == null ? "" : t.text());
    }

    public static CellChange actual(long partId, int year, Observation o, String text) {
        return new CellChange(partId, year, false, null, o, text);
    }

    public boolean clears() {
        return target == null && actual == null;
    }
}
