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
 */
public record YearCell(String target, String actual, Status status, String baseline, double achievement) {
    public static final YearCell EMPTY = new YearCell("", "", Status.NO_TARGET, "", Double.NaN);
}
