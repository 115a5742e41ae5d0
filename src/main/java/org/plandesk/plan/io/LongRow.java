package org.plandesk.plan.io;

import org.plandesk.plan.Target;

/**
 * One row of the long CSV (DESIGN §4), validated.
 *
 * @param kind   target, actual or baseline
 * @param target the parsed target of a target row, else null
 * @param value  the number of an actual or baseline row, else null
 * @param grade  the grade of an actual or baseline row, else null
 * @param line   the row number in the file (header is 1), 0 when not read from a file
 */
public record LongRow(
        String plan,
        String code,
        String group,
        String indicator,
        String part,
        String unit,
        int year,
        Kind kind,
        Target target,
        Double value,
        String grade,
        String text,
        String source,
        String note,
        int line) {

    /** The {@code kind} column. */
    public enum Kind {
        TARGET("target"),
        ACTUAL("actual"),
        BASELINE("baseline");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public static Kind fromCode(String code) {
            for (Kind k : values()) {
                if (k.code.equals(code)) {
                    return k;
                }
            }
            return null;
        }
    }
}
