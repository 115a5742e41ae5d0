package org.plandesk.plan;

import java.time.Instant;

/**
 * A stored actual or baseline: one part, one year.
 *
 * @param text      the figure as written, may be empty
 * @param enteredAt when it was entered
 */
public record ActualEntry(
        long id,
        long partId,
        int year,
        ActualKind kind,
        Double value,
        String grade,
        String text,
        String source,
        String note,
        Instant enteredAt) {

    public Observation observation() {
        return new Observation(year, value, grade);
    }
}
