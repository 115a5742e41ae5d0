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
 * @param targetNote  the target's source and note
 * @param actualNote  the actual's source and note
 */
public record YearCell(
        String target,
        String actual,
        Status status,
        String baseline,
        double achievement,
        String sign,
        String bound,
        Annotation targetNote,
        Annotation actualNote) {
    public static final YearCell EMPTY =
            new YearCell("", "", Status.NO_TARGET, "", Double.NaN, "", "", Annotation.NONE, Annotation.NONE);

    /** Where a figure comes from and a free note; a cell with a note shows a marker. */
    public record Annotation(String source, String note) {
        public static final Annotation NONE = new Annotation("", "");

        public Annotation {
            source = source == null ? "" : source.strip();
            note = note == null ? "" : note.strip();
        }

        public boolean hasNote() {
            return !note.isEmpty();
        }

        /** Source and note on two lines, for a tooltip; empty when neither is set. */
        public String text() {
            return source.isEmpty() ? note : note.isEmpty() ? source : source + "\n" + note;
        }
    }
}
