package org.plandesk.school;

import org.plandesk.shared.Numbers;
import org.plandesk.shared.Problem;
import org.plandesk.shared.Text;

/**
 * Reads a figure as a planner types it: blank or a dash is "not reported", thousands separators, full-width digits
 * and a trailing unit (m², 元, 万元, 人, 间) are allowed; negative numbers and fractions of a count are refused.
 */
public final class FigureValues {
    private FigureValues() {}

    /** The value (NaN for "not reported") or the problem. */
    public record Parsed(double value, Problem problem) {
        public boolean ok() {
            return problem == null;
        }
    }

    public static Parsed parse(Figure figure, String text) {
        String original = text == null ? "" : text.strip();
        String t = Text.normalize(original).replace(",", "").replaceAll("(m2|m²|平方米|万元|元|人|个|间)$", "");
        if (t.isEmpty() || t.matches("[-—–－/]+")) {
            return new Parsed(Double.NaN, null);
        }
        Double d = Numbers.parse(t);
        if (d == null) {
            return new Parsed(Double.NaN, Problem.of("school.notNumber", original));
        }
        if (Text.normalize(original).endsWith("万元")) {
            d = d * 10_000;
        }
        if (d < 0) {
            return new Parsed(Double.NaN, Problem.of("school.negative", original));
        }
        if (figure.isCount() && d != Math.rint(d)) {
            return new Parsed(Double.NaN, Problem.of("school.notWhole", original));
        }
        return new Parsed(d, null);
    }
}
