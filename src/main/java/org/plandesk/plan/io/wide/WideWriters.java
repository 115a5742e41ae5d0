package org.plandesk.plan.io.wide;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.plandesk.io.CsvOut;
import org.plandesk.plan.PlanData;

/** Writes a plan as a wide table: CSV (UTF-8 with BOM so Excel opens it, or GBK) and XLSX. */
public final class WideWriters {
    private WideWriters() {}

    /**
     * The characters of a plan's wide table that {@code charset} cannot hold (GBK has no 䶮, 𠮷 or emoji), each once,
     * in the order met; empty when it can hold them all. GB18030 and UTF-8 hold every character.
     */
    public static String unencodable(PlanData d, Charset charset) {
        CharsetEncoder encoder = charset.newEncoder();
        WideLayout l = WideLayout.of(d);
        StringBuilder missing = new StringBuilder();
        List<String> all = new ArrayList<>(l.header());
        l.rows().forEach(row -> row.forEach(c -> all.add(c.text())));
        for (String text : all) {
            text.codePoints().forEach(cp -> {
                String ch = new String(Character.toChars(cp));
                if (!encoder.canEncode(ch) && missing.indexOf(ch) < 0) {
                    missing.append(ch);
                }
            });
        }
        return missing.toString();
    }

    /** Wide CSV; UTF-8 gets a BOM so that Excel and WPS open it with the Chinese intact. */
    public static void csv(PlanData d, Charset charset, OutputStream out) throws IOException {
        WideLayout l = WideLayout.of(d);
        Writer w = new OutputStreamWriter(out, charset);
        if (charset.equals(StandardCharsets.UTF_8)) {
            w.write('\uFEFF');
        }
        try (CsvOut p = new CsvOut(w, CSVFormat.RFC4180)) {
            p.record(l.header());
            for (List<WideLayout.Cell> row : l.rows()) {
                p.record(row.stream().map(WideLayout.Cell::text).toList());
            }
            for (String note : WideLayout.noteLines(d)) {
                p.record(List.of(note));
            }
        }
    }

    /**
     * Wide XLSX: a header row like the source's, group cells merged, plain figures as numbers and written targets
     * (≥95, 保B 争A) as text.
     */
    public static void xlsx(PlanData d, OutputStream out) throws IOException {
        WideLayout l = WideLayout.of(d);
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet sheet = wb.createSheet(sheetName(d.plan().displayName()));
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle head = wb.createCellStyle();
            head.setFont(bold);
            head.setAlignment(HorizontalAlignment.CENTER);
            CellStyle groupStyle = wb.createCellStyle();
            groupStyle.setVerticalAlignment(VerticalAlignment.CENTER);
            groupStyle.setWrapText(true);
            XSSFRow h = sheet.createRow(0);
            for (int c = 0; c < l.header().size(); c++) {
                XSSFCell cell = h.createCell(c);
                cell.setCellValue(l.header().get(c));
                cell.setCellStyle(head);
            }
            for (int r = 0; r < l.rows().size(); r++) {
                XSSFRow row = sheet.createRow(r + 1);
                List<WideLayout.Cell> cells = l.rows().get(r);
                for (int c = 0; c < cells.size(); c++) {
                    WideLayout.Cell v = cells.get(c);
                    XSSFCell cell = row.createCell(c);
                    if (v.number() != null && c >= 5) {
                        cell.setCellValue(v.number());
                    } else {
                        cell.setCellValue(v.text());
                    }
                    if (c == 1) {
                        cell.setCellStyle(groupStyle);
                    }
                }
            }
            List<String> notes = WideLayout.noteLines(d);
            for (int n = 0; n < notes.size(); n++) {
                sheet.createRow(l.rows().size() + 2 + n).createCell(0).setCellValue(notes.get(n));
            }
            mergeGroups(sheet, l.groups());
            sheet.setColumnWidth(1, 18 * 256);
            sheet.setColumnWidth(2, 44 * 256);
            sheet.setColumnWidth(3, 14 * 256);
            for (int c = 5; c < l.header().size(); c++) {
                sheet.setColumnWidth(c, 13 * 256);
            }
            sheet.createFreezePane(3, 1);
            wb.write(out);
        }
    }

    private static void mergeGroups(XSSFSheet sheet, List<String> groups) {
        int start = 0;
        for (int i = 1; i <= groups.size(); i++) {
            if (i == groups.size() || !groups.get(i).equals(groups.get(start))) {
                if (i - start > 1 && !groups.get(start).isEmpty()) {
                    sheet.addMergedRegion(new CellRangeAddress(start + 1, i, 1, 1));
                }
                start = i;
            }
        }
    }

    private static String sheetName(String name) {
        String s = name.replaceAll("[\\\\/?*\\[\\]:]", " ");
        return s.length() > 31 ? s.substring(0, 31) : s.isBlank() ? "Plan" : s;
    }
}
