package org.plandesk.school;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plandesk.shared.Problem;

/**
 * Computes a year's balance statistics from the registry (DESIGN §3): splits shared figures, computes each 小学 and
 * 初中 section's seven values and compliance, and per district and stage the enrollment-weighted CV of each
 * indicator. Sections without students are left out with a warning, as are missing figures from their indicator.
 */
public final class BalanceCalculator {
    private final SectionSplitter splitter;
    private final SplitWeights weights;

    public BalanceCalculator(SplitWeights weights) {
        this.weights = weights;
        this.splitter = new SectionSplitter(weights);
    }

    private record Key(String district, Section stage) {}

    /**
     * @param schools  the registry's schools by id
     * @param figures  the figures of {@code year} (rows of other years are ignored)
     * @param district one district only, or null for all
     */
    public BalanceReport compute(Map<Long, School> schools, List<SectionFigures> figures, int year, String district) {
        Map<Long, List<SectionFigures>> bySchool = new LinkedHashMap<>();
        for (SectionFigures f : figures) {
            if (f.year() == year) {
                bySchool.computeIfAbsent(f.schoolId(), k -> new ArrayList<>()).add(f);
            }
        }
        List<Problem> general = new ArrayList<>();
        Map<Key, List<BalanceReport.SectionResult>> groups = new HashMap<>();
        Map<Key, List<Problem>> groupWarnings = new HashMap<>();
        for (Map.Entry<Long, List<SectionFigures>> e : bySchool.entrySet()) {
            School school = schools.get(e.getKey());
            if (school == null || district != null && !district.equals(school.district())) {
                continue;
            }
            SectionSplitter.Split split = splitter.split(school, e.getValue());
            general.addAll(split.warnings());
            for (Map.Entry<Section, double[]> s : split.sections().entrySet()) {
                if (!s.getKey().isCompulsory()) {
                    continue;
                }
                Key key = new Key(school.district(), s.getKey());
                List<Problem> warnings = groupWarnings.computeIfAbsent(key, k -> new ArrayList<>());
                double[] raw = s.getValue();
                double students = raw[Figure.STUDENTS.ordinal()];
                if (!(students > 0)) {
                    warnings.add(Problem.of(
                            "balance.noStudents", school.name(), s.getKey().label(), year));
                    continue;
                }
                double[] values = new double[BalanceIndicator.values().length];
                for (BalanceIndicator b : BalanceIndicator.values()) {
                    values[b.ordinal()] = b.value(raw[b.figure().ordinal()], students);
                    if (Double.isNaN(values[b.ordinal()])) {
                        warnings.add(Problem.of(
                                "balance.missingFigure",
                                school.name(),
                                s.getKey().label(),
                                year,
                                b.figure().header()));
                    }
                }
                groups.computeIfAbsent(key, k -> new ArrayList<>())
                        .add(new BalanceReport.SectionResult(
                                school, s.getKey(), students, values, Compliance.judge(s.getKey(), values)));
            }
        }
        List<BalanceReport.StageResult> stages = new ArrayList<>();
        for (Map.Entry<Key, List<BalanceReport.SectionResult>> g : groups.entrySet()) {
            stages.add(stage(g.getKey(), g.getValue(), groupWarnings.getOrDefault(g.getKey(), List.of())));
        }
        // Districts with only warnings (every section left out) still say why.
        groupWarnings.forEach((k, w) -> {
            if (!groups.containsKey(k)) {
                general.addAll(w);
            }
        });
        stages.sort(Comparator.comparing(BalanceReport.StageResult::district)
                .thenComparing(s -> s.stage().order()));
        return new BalanceReport(year, weights, stages, general);
    }

    private static BalanceReport.StageResult stage(
            Key key, List<BalanceReport.SectionResult> sections, List<Problem> warnings) {
        sections.sort(Comparator.comparing(
                (BalanceReport.SectionResult s) -> s.school().code()));
        double[] students = new double[sections.size()];
        for (int i = 0; i < students.length; i++) {
            students[i] = sections.get(i).students();
        }
        List<BalanceReport.IndicatorStat> stats = new ArrayList<>();
        double[] values = new double[sections.size()];
        for (BalanceIndicator b : BalanceIndicator.values()) {
            for (int i = 0; i < values.length; i++) {
                values[i] = sections.get(i).value(b);
            }
            stats.add(new BalanceReport.IndicatorStat(
                    b,
                    b.standard(key.stage()),
                    WeightedStats.of(students, values),
                    BalanceIndicator.cvThreshold(key.stage())));
        }
        return new BalanceReport.StageResult(key.district(), key.stage(), stats, sections, warnings);
    }
}
