package org.plandesk.plan.ui;

import org.plandesk.plan.Status;

/**
 * What the grid shows for one part in one year.
 *
 * @param target   the target as written (or its display form), empty when none
 * @param actual   the actual as a figure, empty when none
 * @param status   the part's status in that year
 * @param baseline the baseline of that year, empty when none
 * @param achievement actual/target (or target/actual for lower-is-better), NaN when not defined
 * @param sign        the target's comparator sign (≥ ≤ &gt; &lt; = ~), empty without a target
 * @param bound       the target's value as compared (e.g. 0.45, B, 63~65), empty without a target
 */
public record YearCell(String target, String actual, Status status, String baseline, double achievement, String sign,
                       String bound) {
    public static final YearCell EMPTY = new YearCell("", "", Status.NO_TARGET, "", Double.NaN, "", "");
}
