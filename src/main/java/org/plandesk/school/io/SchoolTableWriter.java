package org.plandesk.school.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.plandesk.io.CsvOut;
import org.plandesk.school.Figure;
import org.plandesk.school.School;
import org.plandesk.school.SectionFigures;
import org.plandesk.shared.Numbers;

/** Writes the registry as the same school table the import reads: CSV (UTF-8 with BOM, for Excel) or XLSX. */
public final class SchoolTableWriter {
    private SchoolTableWriter() {}

    /** The rows in table order: district, school code, year, section. */
    public static List<SchoolRow> ordered(Map<Long, School> schools, List<SectionFigures> figures) {
        List<SchoolRow> rows = new ArrayList<>();
        for (SectionFigures f : figures) {
            rows.add(new SchoolRow(0, schools.get(f.schoolId()), f));
        }
        rows.sort(Comparator.comparing((SchoolRow r) -> r.school().district())
                .thenComparing(r -> r.school().code())
                .thenComparingInt(r -> r.figures().year())
                .thenComparingInt(r -> r.figures().section().order()));
        return rows;
    }

    public static void csv(List<SchoolRow> rows, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        try (CsvOut p = new CsvOut(w, CSVFormat.RFC4180)) {
            p.record(headers());
            for (SchoolRow r : rows) {
                p.record(cells(r).stream()
                        .map(v -> v instanceof Double d ? Numbers.format(d) : v)
                        .toList());
            }
        }
    }

    public static void xlsx(List<SchoolRow> rows, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("学校");
            List<String> headers = headers();
            Row h = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                h.createCell(i).setCellValue(headers.get(i));
            }
            int n = 1;
            for (SchoolRow r : rows) {
                Row row = sheet.createRow(n++);
                List<Object> cells = cells(r);
                for (int i = 0; i < cells.size(); i++) {
                    Cell cell = row.createCell(i);
                    Object v = cells.get(i);
                    if (v instanceof Number num) {
                        cell.setCellValue(num.doubleValue());
                    } else if (!"".equals(v)) {
                        cell.setCellValue(String.valueOf(v));
                    }
                }
            }
            for (int i = 0; i < headers.size(); i++) {
                sheet.setColumnWidth(i, Math.max(10, headers.get(i).length() * 2 + 2) * 256);
            }
            sheet.createFreezePane(0, 1);
            wb.write(out);
        }
    }

    public static List<String> headers() {
        return Arrays.stream(SchoolColumn.values()).map(SchoolColumn::header).toList();
    }

    /** One row's cells: texts for the registry columns, numbers (or empty) for the figures. */
    private static List<Object> cells(SchoolRow r) {
        School s = r.school();
        SectionFigures f = r.figures();
        List<Object> out = new ArrayList<>();
        for (SchoolColumn c : SchoolColumn.values()) {
            out.add(
                    switch (c) {
                        case CODE -> s.code();
                        case NAME -> s.name();
                        case DISTRICT -> s.district();
                        case TYPE -> s.type().label();
                        case OWNERSHIP -> s.ownership();
                        case YEAR -> f.year();
                        case SECTION -> f.section().label();
                        case STREET -> s.street();
                        case CAMPUSES -> s.campuses() == null ? "" : s.campuses();
                        case GROUP -> s.eduGroup();
                        default -> number(f, c.figure());
                    });
        }
        return out;
    }

    private static Object number(SectionFigures f, Figure figure) {
        return f.has(figure) ? (Object) f.get(figure) : "";
    }
}
