package org.plandesk.plan.io;

import java.io.IOException;
import java.io.UncheckedIOException;
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
                forEachRow(data, printer::record);
            }
        }
    }

    /** The rows of one plan, without the header. */
    public List<List<String>> rows(PlanData data) {
        List<List<String>> out = new ArrayList<>();
        try {
            forEachRow(data, out::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** How many rows {@link #rows} has, without making them. */
    public int count(PlanData data) {
        int n = 0;
        for (Indicator ind : data.indicators()) {
            for (Part part : data.parts(ind)) {
                n += data.baselines(part).size()
                        + data.targets(part).size()
                        + data.actuals(part).size();
            }
        }
        return n;
    }

    /** What receives the rows of a plan one at a time: a file being written holds none of them. */
    @FunctionalInterface
    public interface RowConsumer {
        void accept(List<String> row) throws IOException;
    }

    /** Hands the rows of one plan, in file order, to {@code out} one at a time. */
    public void forEachRow(PlanData data, RowConsumer out) throws IOException {
        String plan = data.plan().title();
        for (Indicator ind : data.indicators()) {
            String group = data.group(ind).map(IndicatorGroup::name).orElse("");
            List<Part> parts = data.parts(ind);
            for (Part part : parts) {
                String partName = parts.size() == 1 && part.name().isEmpty() ? "" : part.name();
                String unit = part.unitOr(ind.unit());
                for (ActualEntry b : new TreeMap<>(data.baselines(part)).values()) {
                    out.accept(actualRow(plan, ind, group, partName, unit, b, "baseline"));
                }
                for (Map.Entry<Integer, TargetEntry> e : new TreeMap<>(data.targets(part)).entrySet()) {
                    TargetEntry te = e.getValue();
                    Target t = te.target();
                    out.accept(List.of(
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
                    out.accept(actualRow(plan, ind, group, partName, unit, a, "actual"));
                }
            }
        }
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
