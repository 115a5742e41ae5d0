package org.plandesk.school;

import java.util.Arrays;

/**
 * The enrollment-weighted mean, standard deviation and coefficient of variation of DESIGN §3:
 * X̄ = Σ PᵢXᵢ / P, S = √(Σ Pᵢ(Xᵢ − X̄)² / P), CV = S / X̄ — divided by P, not P − 1 and not n.
 *
 * @param n    how many values took part
 * @param cv   NaN when the mean is zero or nothing took part
 */
public record WeightedStats(int n, double mean, double sd, double cv) {

    /** The statistics of values weighted by students; pairs with a NaN value or a weight ≤ 0 are left out. */
    public static WeightedStats of(double[] weights, double[] values) {
        if (weights.length != values.length) {
            throw new IllegalArgumentException("one weight per value expected");
        }
        double total = 0;
        double sum = 0;
        int n = 0;
        for (int i = 0; i < values.length; i++) {
            if (weights[i] > 0 && !Double.isNaN(values[i])) {
                total += weights[i];
                sum += weights[i] * values[i];
                n++;
            }
        }
        if (n == 0) {
            return new WeightedStats(0, Double.NaN, Double.NaN, Double.NaN);
        }
        double mean = sum / total;
        double squares = 0;
        for (int i = 0; i < values.length; i++) {
            if (weights[i] > 0 && !Double.isNaN(values[i])) {
                double d = values[i] - mean;
                squares += weights[i] * d * d;
            }
        }
        double sd = Math.sqrt(squares / total);
        double cv = mean == 0 ? Double.NaN : sd / mean;
        return new WeightedStats(n, mean, sd, cv);
    }

    /** The same values with every weight 1 — the common spreadsheet mistake, kept for comparison and tests. */
    public static WeightedStats unweighted(double[] values) {
        double[] ones = new double[values.length];
        Arrays.fill(ones, 1);
        return of(ones, values);
    }
}
