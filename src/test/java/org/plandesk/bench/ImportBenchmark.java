package org.plandesk.bench;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.plandesk.context.AppContext;
import org.plandesk.io.RawTable;
import org.plandesk.io.TableFiles;
import org.plandesk.plan.io.LongCsvReader;
import org.plandesk.plan.io.LongRow;
import org.plandesk.plan.io.wide.WideTable;
import org.plandesk.plan.io.wide.WideTableParser;

/**
 * Import benchmark (not a test): a 200,000-row long CSV through the whole import (read, validate, write with change
 * log) next to a raw H2 batch insert of the same rows, and a 20,000-row wide XLSX. Run with {@code mvn -Pbench package}.
 */
public final class ImportBenchmark {
    private ImportBenchmark() {}

    /** A long CSV of {@code rows} target rows: 2,000 indicators × 10 parts × 10 years. */
    public static String longCsv(int rows) {
        StringBuilder sb = new StringBuilder(
                "plan,code,group,indicator,part,unit,year,kind,comparator,value,upper," + "stretch,text,source,note\n");
        for (int i = 0; i < rows; i++) {
            int ind = i / 100;
            int part = (i / 10) % 10;
            int year = 2021 + i % 10;
            sb.append("基准规划,")
                    .append(ind + 1)
                    .append(",组")
                    .append(ind % 20)
                    .append(",指标")
                    .append(ind + 1)
                    .append(",分项")
                    .append(part + 1)
                    .append(",%,")
                    .append(year)
                    .append(",target,>=,")
                    .append(50 + i % 50)
                    .append(",,,≥")
                    .append(50 + i % 50)
                    .append(",bench,\n");
        }
        return sb.toString();
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("plandesk-import-bench");
        // Warm-up of both paths (JIT, H2) on 20,000 rows, so neither measurement pays for the other's warm-up.
        importLongCsv(dir.resolve("warm-import"), 20_000, false);
        rawInsert(dir.resolve("warm-raw"), 20_000, false);
        importLongCsv(dir.resolve("import"), 200_000, true);
        rawInsert(dir.resolve("raw"), 200_000, true);
        wide(dir);
    }

    private static void importLongCsv(Path ws, int n, boolean report) throws Exception {
        String csv = longCsv(n);
        long t0 = System.nanoTime();
        List<LongRow> rows = new LongCsvReader().read(csv, null);
        long read = System.nanoTime() - t0;
        try (AppContext ctx = AppContext.open(ws, false, Clock.systemDefaultZone())) {
            long t1 = System.nanoTime();
            ctx.imports().importLong(rows, false);
            long write = System.nanoTime() - t1;
            double total = (read + write) / 1e9;
            if (report) {
                System.out.printf(
                        "long CSV import, %d rows: read+validate %.2f s, write %.2f s, total %.2f s = %.0f "
                                + "rows/s%n",
                        rows.size(), read / 1e9, write / 1e9, total, rows.size() / total);
            }
        }
    }

    private static void rawInsert(Path ws, int n, boolean report) throws Exception {
        try (AppContext ctx = AppContext.open(ws, false, Clock.systemDefaultZone());
                Connection c = ctx.workspace().connection()) {
            c.setAutoCommit(false);
            long t2 = System.nanoTime();
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO plan (title, start_year, end_year) VALUES " + "('raw', 2021, 2030)")) {
                ps.executeUpdate();
            }
            long planId;
            try (var rs = c.createStatement().executeQuery("SELECT id FROM plan")) {
                rs.next();
                planId = rs.getLong(1);
            }
            try (PreparedStatement ind = c.prepareStatement(
                            "INSERT INTO indicator (plan_id, code, name, unit) " + "VALUES (?, ?, ?, '%')",
                            Statement.RETURN_GENERATED_KEYS);
                    PreparedStatement part = c.prepareStatement(
                            "INSERT INTO part (indicator_id, name) VALUES (?, ?)", Statement.RETURN_GENERATED_KEYS);
                    PreparedStatement tgt = c.prepareStatement(
                            "INSERT INTO target (part_id, yr, comparator, val, text) " + "VALUES (?, ?, '>=', ?, ?)")) {
                long partId = 0;
                long indId = 0;
                for (int i = 0; i < n; i++) {
                    if (i % 100 == 0) {
                        ind.setLong(1, planId);
                        ind.setString(2, Integer.toString(i / 100 + 1));
                        ind.setString(3, "指标" + (i / 100 + 1));
                        ind.executeUpdate();
                        try (var rs = ind.getGeneratedKeys()) {
                            rs.next();
                            indId = rs.getLong(1);
                        }
                    }
                    if (i % 10 == 0) {
                        part.setLong(1, indId);
                        part.setString(2, "分项" + ((i / 10) % 10 + 1));
                        part.executeUpdate();
                        try (var rs = part.getGeneratedKeys()) {
                            rs.next();
                            partId = rs.getLong(1);
                        }
                    }
                    tgt.setLong(1, partId);
                    tgt.setInt(2, 2021 + i % 10);
                    tgt.setDouble(3, 50 + i % 50);
                    tgt.setString(4, "≥" + (50 + i % 50));
                    tgt.addBatch();
                    if (i % 1000 == 999) {
                        tgt.executeBatch();
                    }
                }
                tgt.executeBatch();
            }
            c.commit();
            double raw = (System.nanoTime() - t2) / 1e9;
            if (report) {
                System.out.printf(
                        "raw H2 batch insert of the same %d rows (no parsing, no change log): %.2f s = "
                                + "%.0f rows/s%n",
                        n, raw, n / raw);
            }
        }
    }

    private static void wide(Path dir) throws Exception {
        byte[] xlsx = wideXlsx(20_000);
        long t3 = System.nanoTime();
        RawTable raw = TableFiles.read(xlsx, "bench.xlsx", null);
        WideTable wide = new WideTableParser().parse(raw, "宽表基准", Map.of());
        long parsed = System.nanoTime() - t3;
        try (AppContext ctx = AppContext.open(dir.resolve("wide"), false, Clock.systemDefaultZone())) {
            long t4 = System.nanoTime();
            ctx.imports().importLong(wide.rows(), false);
            long write = System.nanoTime() - t4;
            System.out.printf(
                    "wide XLSX import, %d rows (%d values): read+parse %.2f s, write %.2f s = %.0f rows/s%n",
                    20_000, wide.rows().size(), parsed / 1e9, write / 1e9, 20_000 / ((parsed + write) / 1e9));
        }
    }

    /** A wide XLSX: 序号 | 一级指标 | 二级指标 | 2022–2024 targets and 2022–2023 actuals, {@code rows} indicators. */
    static byte[] wideXlsx(int rows) throws Exception {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(500)) {
            var sheet = wb.createSheet("指标");
            String[] header = {"序号", "一级指标", "二级指标", "2022年预期", "2023年预期", "2024年预期", "2022年实际", "2023年实际"};
            var h = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                h.createCell(c).setCellValue(header[c]);
            }
            for (int r = 1; r <= rows; r++) {
                var row = sheet.createRow(r);
                row.createCell(0).setCellValue(r);
                row.createCell(1).setCellValue(r % 50 == 1 ? "组" + r / 50 : "");
                row.createCell(2).setCellValue("指标" + r + "(%)");
                row.createCell(3).setCellValue("≥" + (80 + r % 10));
                row.createCell(4).setCellValue("≥" + (81 + r % 10));
                row.createCell(5).setCellValue(82 + r % 10);
                row.createCell(6).setCellValue(79.5 + r % 10);
                row.createCell(7).setCellValue(80.5 + r % 10);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            wb.dispose();
            return out.toByteArray();
        }
    }
}
