package org.plandesk.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
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

    @Test
    void aMergedRegionOverTheWholeSheetIsClippedToTheUsedCells() throws Exception {
        Path f = dir.resolve("merged.xlsx");
        Files.write(f, BombFiles.withMergedRegion(BombFiles.xlsx(s -> {}), "A1:XFD999999"));
        assertThat(Files.size(f)).isLessThan(10_000);
        int code = importInOneGigabyte(f);
        assertThat(code).as(Files.readString(dir.resolve("child.log"))).isIn(0, 3);
        assertThat(Files.readString(dir.resolve("child.log"))).doesNotContain("OutOfMemoryError");
    }

    @Test
    void aCellInColumnXfdIsRefusedWithItsPlace() throws Exception {
        Path f = dir.resolve("wide.xlsx");
        Files.write(f, BombFiles.xlsx(s -> {
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
        byte[] computed = BombFiles.xlsx(s -> {
            var c = s.getRow(1).createCell(4);
            c.setCellFormula("32/2");
            s.getWorkbook().getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(c);
        });
        RawTable t = TableFiles.read(computed, "f.xlsx", null);
        assertThat(t.rows().get(1).get(4)).isEqualTo("16");
        byte[] never = BombFiles.xlsx(s -> s.getRow(1).createCell(4).setCellFormula("32/2"));
        assertThatThrownBy(() -> TableFiles.read(never, "g.xlsx", null))
                .isInstanceOf(InputRejectedException.class)
                .satisfies(e -> assertThat(((InputRejectedException) e)
                                .problems()
                                .get(0)
                                .problem()
                                .key())
                        .isEqualTo("table.formulaNoValue"));
    }

    @Test
    void aLargeSheetIsReadAsAStreamWithinOneGigabyte() throws Exception {
        Path f = BombFiles.largeSheet(dir);
        int code = importInOneGigabyte(f);
        String log = Files.readString(dir.resolve("child.log"));
        assertThat(code).as(log).isEqualTo(3);
        assertThat(log).doesNotContain("OutOfMemoryError").contains("表头");
    }
}
