package org.plandesk.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Spreadsheet files that are small on disk and huge in memory, built by the tests and the benchmark. */
public final class BombFiles {
    private BombFiles() {}

    public static byte[] xlsx(Consumer<XSSFSheet> fill) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = wb.createSheet("表");
            var header = sheet.createRow(0);
            String[] h = {"序号", "一级指标", "二级指标", "2024年目标"};
            for (int i = 0; i < h.length; i++) {
                header.createCell(i).setCellValue(h[i]);
            }
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue("1");
            row.createCell(1).setCellValue("组");
            row.createCell(2).setCellValue("指标(%)");
            row.createCell(3).setCellValue("≥90");
            fill.accept(sheet);
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** The workbook with its sheet's XML given a merged region over the whole sheet, as a hand-made file would be. */
    public static byte[] withMergedRegion(byte[] xlsx, String ref) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var in = new ZipInputStream(new ByteArrayInputStream(xlsx));
                var zip = new ZipOutputStream(out)) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] data = in.readAllBytes();
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(data, StandardCharsets.UTF_8)
                            .replace(
                                    "</sheetData>",
                                    "</sheetData><mergeCells count=\"1\"><mergeCell ref=\"" + ref
                                            + "\"/></mergeCells>");
                    data = xml.getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(data);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /**
     * A sheet of 50,000 rows × 40 columns (two million cells, 8 MB on disk) that is not an indicator table: with
     * the whole sheet as objects in memory (POI's XSSFWorkbook) it does not fit in 1 GB; read as a stream it is
     * answered — refused, with the reason — within 1 GB. Written by POI's streaming writer, as a large export from
     * another system would be.
     */
    public static Path largeSheet(Path dir) throws IOException {
        Path f = dir.resolve("large.xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200);
                var out = Files.newOutputStream(f)) {
            var sheet = wb.createSheet("统计");
            var header = sheet.createRow(0);
            for (int c = 0; c < 40; c++) {
                header.createCell(c).setCellValue("字段" + c);
            }
            for (int r = 1; r < 50_000; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < 40; c++) {
                    row.createCell(c).setCellValue(r * 61 + c);
                }
            }
            wb.write(out);
            wb.dispose();
        }
        return f;
    }
}
