package org.plandesk.school;

/**
 * How a 全校 row's shared facility figures are split across a school's sections: by students, each weighted by its
 * section's factor — 小学 1, 初中 {@code juniorPerPrimary} (1.1), 高中 {@code juniorPerPrimary × seniorPerJunior}
 * (1.1 × 1.2) — as DESIGN §3 gives them (1 : 1.1 小学 : 初中, 1 : 1.2 初中 : 高中).
 */
public record SplitWeights(double juniorPerPrimary, double seniorPerJunior) {
    public static final SplitWeights STANDARD = new SplitWeights(1.1, 1.2);

    public SplitWeights {
        if (!(juniorPerPrimary > 0)
                || !(seniorPerJunior > 0)
                || Double.isInfinite(juniorPerPrimary)
                || Double.isInfinite(seniorPerJunior)) {
            throw new IllegalArgumentException("weights must be positive numbers");
        }
    }

    /** The weight of one student of a section. */
    public double factor(Section section) {
        return switch (section) {
            case PRIMARY -> 1;
            case JUNIOR -> juniorPerPrimary;
            case SENIOR -> juniorPerPrimary * seniorPerJunior;
            case WHOLE -> throw new IllegalArgumentException("全校 has no weight");
        };
    }
}
