package org.plandesk.school;

import java.util.Optional;

/**
 * A plan indicator part whose actuals come from the registry: a district's 差异系数 of a stage, either the composite
 * ({@link #COMPOSITE}) or one indicator's CV (its {@link BalanceIndicator#code()}).
 */
public record BalanceLink(long partId, String district, Section stage, String measure) {
    public static final String COMPOSITE = "composite";

    public BalanceLink {
        if (!stage.isCompulsory()) {
            throw new IllegalArgumentException("balance figures exist for 小学 and 初中 only");
        }
        if (!COMPOSITE.equals(measure) && BalanceIndicator.ofCode(measure).isEmpty()) {
            throw new IllegalArgumentException("unknown measure " + measure);
        }
    }

    /** The one indicator, or empty for the composite. */
    public Optional<BalanceIndicator> indicator() {
        return BalanceIndicator.ofCode(measure);
    }

    /** The linked figure in a year's report, or NaN when the report has no such district and stage. */
    public double valueIn(BalanceReport report) {
        return report.stage(district, stage)
                .map(s -> indicator().map(b -> s.indicator(b).cv()).orElseGet(s::compositeCv))
                .orElse(Double.NaN);
    }
}
