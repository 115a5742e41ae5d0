package org.plandesk.school;

import java.util.ArrayList;
import java.util.List;

/**
 * A school section against the seven standards: it complies when at least six are at or above the standard and the
 * remaining one is at least 85% of it (DESIGN §3). A value exactly at the standard is met.
 *
 * @param met        how many of the seven are at or above the standard
 * @param compliant  whether the section complies
 * @param shortfalls the indicators below the standard, with their value and its share of the standard
 */
public record Compliance(int met, boolean compliant, List<Shortfall> shortfalls) {
    /** Share of the standard the one indicator that is not met must still reach. */
    public static final double LEEWAY = 0.85;

    private static final double EPS = 1e-9;

    /** An indicator below its standard; value NaN when the figures to compute it are missing. */
    public record Shortfall(BalanceIndicator indicator, double value, double standard) {
        /** Value as a share of the standard, e.g. 0.9. */
        public double ratio() {
            return value / standard;
        }
    }

    public Compliance {
        shortfalls = List.copyOf(shortfalls);
    }

    /** Judges the seven values (in {@link BalanceIndicator} order) of a section of a stage. */
    public static Compliance judge(Section stage, double[] values) {
        int met = 0;
        List<Shortfall> shortfalls = new ArrayList<>();
        for (BalanceIndicator b : BalanceIndicator.values()) {
            double v = values[b.ordinal()];
            double standard = b.standard(stage);
            if (atLeast(v, standard)) {
                met++;
            } else {
                shortfalls.add(new Shortfall(b, v, standard));
            }
        }
        boolean compliant = met == 7
                || met == 6
                        && atLeast(
                                shortfalls.get(0).value(),
                                LEEWAY * shortfalls.get(0).standard());
        return new Compliance(met, compliant, shortfalls);
    }

    /** v ≥ bound, allowing for the rounding of figures computed by division (4.2 from 42 / 1000 × 100). */
    static boolean atLeast(double v, double bound) {
        return !Double.isNaN(v) && v >= bound - EPS * Math.max(1, Math.abs(bound));
    }
}
