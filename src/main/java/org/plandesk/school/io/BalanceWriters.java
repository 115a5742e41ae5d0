package org.plandesk.school.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.plandesk.io.CsvOut;
import org.plandesk.school.BalanceIndicator;
import org.plandesk.school.BalanceReport;
import org.plandesk.school.BalanceReport.IndicatorStat;
import org.plandesk.school.BalanceReport.SectionResult;
import org.plandesk.school.BalanceReport.StageResult;

/**
 * Writes a balance report for scripts and spreadsheets (DESIGN §4 {@code balance}): JSON with English keys and
 * unrounded numbers, or a long CSV rounded to 3 decimals with one row per district indicator ({@code indicator}), per
 * district composite ({@code composite}), per school section ({@code school}) and per school section and indicator
 * ({@code value}).
 */
public final class BalanceWriters {
    public static final List<String> CSV_HEADER = List.of(
            "district",
            "stage",
            "record",
            "indicator",
            "indicator_name",
            "school_code",
            "school",
            "students",
            "standard",
            "value",
            "mean",
            "sd",
            "cv",
            "threshold",
            "pass",
            "met",
            "compliant");

    private BalanceWriters() {}

    public static void json(BalanceReport report, OutputStream out) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeNumberField("year", report.year());
            g.writeObjectFieldStart("split_weights");
            g.writeNumberField("junior_per_primary", report.weights().juniorPerPrimary());
            g.writeNumberField("senior_per_junior", report.weights().seniorPerJunior());
            g.writeEndObject();
            g.writeArrayFieldStart("districts");
            for (StageResult s : report.stages()) {
                stage(g, s);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void stage(JsonGenerator g, StageResult s) throws IOException {
        g.writeStartObject();
        g.writeStringField("district", s.district());
        g.writeStringField("stage", s.stage().label());
        g.writeArrayFieldStart("indicators");
        for (IndicatorStat i : s.indicators()) {
            g.writeStartObject();
            g.writeStringField("indicator", i.indicator().code());
            g.writeStringField("name", i.indicator().label());
            g.writeNumberField("standard", i.standard());
            number(g, "mean", i.stats().mean());
            number(g, "sd", i.stats().sd());
            number(g, "cv", i.cv());
            g.writeNumberField("threshold", i.threshold());
            g.writeBooleanField("pass", i.pass());
            g.writeNumberField("schools", i.stats().n());
            g.writeEndObject();
        }
        g.writeEndArray();
        number(g, "composite_cv", s.compositeCv());
        g.writeArrayFieldStart("schools");
        for (SectionResult r : s.sections()) {
            g.writeStartObject();
            g.writeStringField("code", r.school().code());
            g.writeStringField("name", r.school().name());
            g.writeNumberField("students", r.students());
            g.writeObjectFieldStart("values");
            for (BalanceIndicator b : BalanceIndicator.values()) {
                number(g, b.code(), r.value(b));
            }
            g.writeEndObject();
            g.writeNumberField("met", r.compliance().met());
            g.writeBooleanField("compliant", r.compliance().compliant());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void number(JsonGenerator g, String name, double v) throws IOException {
        if (Double.isNaN(v)) {
            g.writeNullField(name);
        } else {
            g.writeNumberField(name, v);
        }
    }

    public static void csv(BalanceReport report, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (CsvOut p = new CsvOut(w, CSVFormat.RFC4180)) {
            p.record(CSV_HEADER);
            for (StageResult s : report.stages()) {
                for (IndicatorStat i : s.indicators()) {
                    p.record(row(
                            s,
                            "indicator",
                            i.indicator(),
                            null,
                            "",
                            i.standard(),
                            Double.NaN,
                            i.stats().mean(),
                            i.stats().sd(),
                            i.cv(),
                            i.threshold(),
                            Boolean.toString(i.pass()),
                            "",
                            ""));
                }
                p.record(row(
                        s,
                        "composite",
                        null,
                        null,
                        "",
                        Double.NaN,
                        Double.NaN,
                        Double.NaN,
                        Double.NaN,
                        s.compositeCv(),
                        Double.NaN,
                        "",
                        "",
                        ""));
                for (SectionResult r : s.sections()) {
                    p.record(row(
                            s,
                            "school",
                            null,
                            r,
                            round(r.students()),
                            Double.NaN,
                            Double.NaN,
                            Double.NaN,
                            Double.NaN,
                            Double.NaN,
                            Double.NaN,
                            "",
                            Integer.toString(r.compliance().met()),
                            Boolean.toString(r.compliance().compliant())));
                    for (BalanceIndicator b : BalanceIndicator.values()) {
                        double standard = b.standard(s.stage());
                        boolean met = !Double.isNaN(r.value(b))
                                && r.compliance().shortfalls().stream().noneMatch(f -> f.indicator() == b);
                        p.record(row(
                                s,
                                "value",
                                b,
                                r,
                                "",
                                standard,
                                r.value(b),
                                Double.NaN,
                                Double.NaN,
                                Double.NaN,
                                Double.NaN,
                                "",
                                Boolean.toString(met),
                                ""));
                    }
                }
            }
        }
    }

    private static List<String> row(
            StageResult s,
            String record,
            BalanceIndicator b,
            SectionResult r,
            String students,
            double standard,
            double value,
            double mean,
            double sd,
            double cv,
            double threshold,
            String pass,
            String met,
            String compliant) {
        List<String> out = new ArrayList<>();
        out.add(s.district());
        out.add(s.stage().label());
        out.add(record);
        out.add(b == null ? "" : b.code());
        out.add(b == null ? "" : b.label());
        out.add(r == null ? "" : r.school().code());
        out.add(r == null ? "" : r.school().name());
        out.add(students);
        for (double d : new double[] {standard, value, mean, sd, cv, threshold}) {
            out.add(round(d));
        }
        out.add(pass);
        out.add(met);
        out.add(compliant);
        return out;
    }

    /** Three decimals, no trailing zeros, empty for NaN. */
    static String round(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "";
        }
        return BigDecimal.valueOf(v)
                .setScale(3, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }
}
