package org.plandesk.school;

import java.util.List;
import java.util.Optional;
import org.plandesk.shared.Problem;

/**
 * The balance statistics of one year: per district and stage (小学, 初中) each indicator's weighted statistics and
 * the composite, and per school section its values and compliance.
 */
public record BalanceReport(int year, SplitWeights weights, List<StageResult> stages, List<Problem> warnings) {

    public BalanceReport {
        stages = List.copyOf(stages);
        warnings = List.copyOf(warnings);
    }

    /** One indicator's spread across a district's school sections of a stage. */
    public record IndicatorStat(BalanceIndicator indicator, double standard, WeightedStats stats, double threshold) {
        public double cv() {
            return stats.cv();
        }

        /** The 2017 rule: the CV at or below 0.50 (小学) / 0.45 (初中). A CV that cannot be computed does not pass. */
        public boolean pass() {
            return !Double.isNaN(stats.cv()) && stats.cv() <= threshold + 1e-12;
        }
    }

    /** A school section's students, seven values (NaN when unknown) and compliance. */
    public record SectionResult(
            School school, Section section, double students, double[] values, Compliance compliance) {
        public SectionResult {
            values = values.clone();
        }

        @Override
        public double[] values() {
            return values.clone();
        }

        public double value(BalanceIndicator b) {
            return values[b.ordinal()];
        }
    }

    /** A district's statistics for one stage. */
    public record StageResult(
            String district,
            Section stage,
            List<IndicatorStat> indicators,
            List<SectionResult> sections,
            List<Problem> warnings) {
        public StageResult {
            indicators = List.copyOf(indicators);
            sections = List.copyOf(sections);
            warnings = List.copyOf(warnings);
        }

        /** 综合差异系数: the plain mean of the seven CVs; NaN when one cannot be computed. */
        public double compositeCv() {
            return indicators.stream().mapToDouble(IndicatorStat::cv).average().orElse(Double.NaN);
        }

        public IndicatorStat indicator(BalanceIndicator b) {
            return indicators.get(b.ordinal());
        }

        /** True when every indicator's CV passes. */
        public boolean allPass() {
            return indicators.stream().allMatch(IndicatorStat::pass);
        }

        public long compliantCount() {
            return sections.stream().filter(s -> s.compliance().compliant()).count();
        }
    }

    /** The result for a district and stage, if any school section of it was counted. */
    public Optional<StageResult> stage(String district, Section stage) {
        return stages.stream()
                .filter(s -> s.district().equals(district) && s.stage() == stage)
                .findFirst();
    }
}
