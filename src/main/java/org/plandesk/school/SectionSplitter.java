package org.plandesk.school;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.plandesk.shared.Problem;

/**
 * Turns a school's rows of one year into each section's own figures: a 全校 row's shared facility figures (floor
 * area, sports area, equipment value, multimedia classrooms) are split across the sections by students weighted with
 * {@link SplitWeights}, and added to whatever the section reports itself.
 */
public final class SectionSplitter {
    private final SplitWeights weights;

    public SectionSplitter(SplitWeights weights) {
        this.weights = weights;
    }

    /** The result: each section's figures (one value per {@link Figure}, NaN when unknown) and any warning. */
    public record Split(Map<Section, double[]> sections, List<Problem> warnings) {}

    public Split split(School school, List<SectionFigures> rows) {
        Map<Section, double[]> out = new EnumMap<>(Section.class);
        SectionFigures whole = null;
        for (SectionFigures r : rows) {
            if (r.section() == Section.WHOLE) {
                whole = r;
            } else {
                out.put(r.section(), r.values());
            }
        }
        if (whole == null || out.isEmpty()) {
            return new Split(out, List.of());
        }
        double total = 0;
        Map<Section, Double> weighted = new EnumMap<>(Section.class);
        for (Map.Entry<Section, double[]> e : out.entrySet()) {
            double students = e.getValue()[Figure.STUDENTS.ordinal()];
            double w = students > 0 ? students * weights.factor(e.getKey()) : 0;
            weighted.put(e.getKey(), w);
            total += w;
        }
        boolean anyShared = Figure.shared().stream().anyMatch(whole::has);
        if (!anyShared) {
            return new Split(out, List.of());
        }
        if (!(total > 0)) {
            return new Split(out, List.of(Problem.of("balance.cannotSplit", school.name(), whole.year())));
        }
        for (Map.Entry<Section, double[]> e : out.entrySet()) {
            double share = weighted.get(e.getKey()) / total;
            double[] v = e.getValue();
            for (Figure f : Figure.shared()) {
                if (whole.has(f)) {
                    double own = Double.isNaN(v[f.ordinal()]) ? 0 : v[f.ordinal()];
                    v[f.ordinal()] = own + whole.get(f) * share;
                }
            }
        }
        return new Split(out, List.of());
    }
}
