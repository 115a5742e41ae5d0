package org.plandesk.plan.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.plandesk.io.CsvOut;
import org.plandesk.plan.ActualEntry;
import org.plandesk.plan.Indicator;
import org.plandesk.plan.IndicatorGroup;
import org.plandesk.plan.Part;
import org.plandesk.plan.PlanData;
import org.plandesk.plan.Target;
import org.plandesk.plan.TargetEntry;
import org.plandesk.shared.Numbers;

/** Writes plans as long CSV (DESIGN §4), UTF-8, in plan order: per part, baselines, targets, then actuals by year. */
public final class LongCsvWriter {

    public void write(List<PlanData> plans, Appendable out) throws IOException {
        try (CsvOut printer = new CsvOut(
                out, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
            printer.record(LongCsv.HEADER);
            for (PlanData data : plans) {
                for (List<String> row : rows(data)) {
                    printer.record(row);
                }
            }
        }
    }

    /** The rows of one plan, without the header. */
    public List<List<String>> rows(PlanData data) {
        List<List<String>> out = new ArrayList<>();
        String plan = data.plan().title();
        for (Indicator ind : data.indicators()) {
            String group = data.group(ind).map(IndicatorGroup::name).orElse("");
            List<Part> parts = data.parts(ind);
            for (Part part : parts) {
                String partName = parts.size() == 1 && part.name().isEmpty() ? "" : part.name();
                String unit = part.unitOr(ind.unit());
                for (ActualEntry b : new TreeMap<>(data.baselines(part)).values()) {
                    out.add(actualRow(plan, ind, group, partName, unit, b, "baseline"));
                }
                for (Map.Entry<Integer, TargetEntry> e : new TreeMap<>(data.targets(part)).entrySet()) {
                    TargetEntry te = e.getValue();
                    Target t = te.target();
                    out.add(List.of(
                            plan,
                            ind.code(),
                            group,
                            ind.name(),
                            partName,
                            unit,
                            Integer.toString(te.year()),
                            "target",
                            t.comparator().symbol(),
                            t.isGrade() ? t.grade() : Numbers.format(t.value()),
                            Numbers.format(t.upper()),
                            t.stretch() == null ? "" : t.stretch(),
                            nz(t.text()),
                            nz(te.source()),
                            nz(te.note())));
                }
                for (ActualEntry a : new TreeMap<>(data.actuals(part)).values()) {
                    out.add(actualRow(plan, ind, group, partName, unit, a, "actual"));
                }
            }
        }
        return out;
    }

    private static List<String> actualRow(
            String plan, Indicator ind, String group, String part, String unit, ActualEntry a, String kind) {
        return List.of(
                plan,
                ind.code(),
                group,
                ind.name(),
                part,
                unit,
                Integer.toString(a.year()),
                kind,
                "",
                a.grade() != null ? a.grade() : Numbers.format(a.value()),
                "",
                "",
                nz(a.text()),
                nz(a.source()),
                nz(a.note()));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
