package org.plandesk.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plandesk.shared.InputRejectedException;

/**
 * Spreadsheet files that are small on disk and huge in memory are answered — read or refused with a message — within
 * 1 GB of memory: each is imported by the command line in a child JVM started with {@code -Xmx1g}.
 */
class ResourceBombTest {
    @TempDir
    Path dir;

    private static byte[] xlsx(Consumer<XSSFSheet> fill) throws IOException {
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

    /** The command line's import in a child JVM with 1 GB of heap: its exit status, or -1 when it did not finish. */
    private int importInOneGigabyte(Path file) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx1g",
                        "-Djava.awt.headless=true",
                        "-cp",
                        System.getProperty("java.class.path"),
                        "org.plandesk.Main",
                        "import",
                        "--workspace",
                        dir.resolve("ws").toString(),
                        "--file",
                        file.toString(),
                        "--dry-run"))
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("child.log").toFile());
        pb.environment().put("XDG_DATA_HOME", dir.resolve("xdg").toString());
        Process p = pb.start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return -1;
        }
        return p.exitValue();
    }

    /** The workbook with its sheet's XML given a merged region over the whole sheet, as a hand-made file would be. */
    private static byte[] withMergedRegion(byte[] xlsx, String ref) throws IOException {
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

    @Test
    void aMergedRegionOverTheWholeSheetIsClippedToTheUsedCells() throws Exception {
        Path f = dir.resolve("merged.xlsx");
        Files.write(f, withMergedRegion(xlsx(s -> {}), "A1:XFD999999"));
        assertThat(Files.size(f)).isLessThan(10_000);
        int code = importInOneGigabyte(f);
        assertThat(code).as(Files.readString(dir.resolve("child.log"))).isIn(0, 3);
        assertThat(Files.readString(dir.resolve("child.log"))).doesNotContain("OutOfMemoryError");
    }

    @Test
    void aCellInColumnXfdIsRefusedWithItsPlace() throws Exception {
        Path f = dir.resolve("wide.xlsx");
        Files.write(f, xlsx(s -> {
            for (int r = 2; r < 2000; r++) {
                s.createRow(r).createCell(16_383).setCellValue("x");
            }
        }));
        assertThat(importInOneGigabyte(f)).isEqualTo(3);
        assertThat(Files.readString(dir.resolve("child.log")))
                .contains("表格超过 500 列")
                .contains("第3行第16384列");
    }

    @Test
    void formulasAreReadAsTheirComputedValuesAndAFormulaNeverComputedIsAProblem() throws Exception {
        byte[] computed = xlsx(s -> {
            var c = s.getRow(1).createCell(4);
            c.setCellFormula("32/2");
            s.getWorkbook().getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(c);
        });
        RawTable t = TableFiles.read(computed, "f.xlsx", null);
        assertThat(t.rows().get(1).get(4)).isEqualTo("16");
        byte[] never = xlsx(s -> s.getRow(1).createCell(4).setCellFormula("32/2"));
        assertThatThrownBy(() -> TableFiles.read(never, "g.xlsx", null))
                .isInstanceOf(InputRejectedException.class)
                .satisfies(e -> assertThat(((InputRejectedException) e)
                                .problems()
                                .get(0)
                                .problem()
                                .key())
                        .isEqualTo("table.formulaNoValue"));
    }
}
