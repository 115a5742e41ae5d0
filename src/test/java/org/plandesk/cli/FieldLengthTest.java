package org.plandesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A field longer than the workspace holds is a problem with its row and column, also in a dry run. */
class FieldLengthTest {
    @TempDir
    Path dir;

    private final CliHarness cli = new CliHarness();

    @Test
    void anOverlongNameIsRefusedWithItsPlaceBeforeAnythingIsWritten() throws Exception {
        String name = "很长的指标名称".repeat(150);
        Path csv = dir.resolve("long.csv");
        Files.writeString(
                csv,
                "plan,code,group,indicator,part,unit,year,kind,comparator,value,upper,stretch,text,"
                        + "source,note\n规划,1,组," + name + ",,%,2024,target,>=,90,,,≥90,,\n");
        for (boolean dryRun : new boolean[] {true, false}) {
            int code = dryRun
                    ? cli.run(
                            "import",
                            "--workspace",
                            dir.resolve("ws").toString(),
                            "--file",
                            csv.toString(),
                            "--dry-run")
                    : cli.run("import", "--workspace", dir.resolve("ws").toString(), "--file", csv.toString());
            assertThat(code).as(cli.err()).isEqualTo(3);
            assertThat(cli.err())
                    .contains("第2行")
                    .contains("indicator")
                    .contains("最多 1000 个字符")
                    .doesNotContain("Value too long");
        }
        Path wide = dir.resolve("wide.csv");
        Files.writeString(wide, "序号,二级指标,单位,2024年目标\n1,覆盖率," + "百分比".repeat(20) + ",≥90\n");
        assertThat(cli.run("import", "--workspace", dir.resolve("ws").toString(), "--file", wide.toString()))
                .isEqualTo(3);
        assertThat(cli.err()).contains("第2行").contains("单位").contains("最多 50 个字符");
    }

    @Test
    void duplicateYearColumnsAndDuplicateRowsAreProblemsNotLastOneWins() throws Exception {
        Path wide = dir.resolve("dup.csv");
        Files.writeString(wide, "序号,二级指标,2024年目标,2024年预期\n1,覆盖率(%),≥90,≥95\n");
        assertThat(cli.run("import", "--workspace", dir.resolve("ws").toString(), "--file", wide.toString()))
                .isEqualTo(3);
        assertThat(cli.err()).contains("第1行").contains("2024年预期").contains("2024年目标");
        Path csv = dir.resolve("dup-long.csv");
        Files.writeString(
                csv,
                "plan,code,group,indicator,part,unit,year,kind,comparator,value,upper,stretch,text,"
                        + "source,note\n规划,1,组,指标,,%,2024,target,>=,90,,,≥90,,\n规划,1,组,指标,,%,2024,target,>=,95,,,≥95,,\n");
        assertThat(cli.run(
                        "import", "--workspace", dir.resolve("ws").toString(), "--file", csv.toString(), "--dry-run"))
                .isEqualTo(3);
        assertThat(cli.err()).contains("第3行").contains("第2行");
    }

    @Test
    void aGbkExportRefusesCharactersGbkCannotHoldAndGb18030KeepsThem() throws Exception {
        Path ws = dir.resolve("gbk");
        Path csv = dir.resolve("rare.csv");
        Files.writeString(
                csv,
                "plan,code,group,indicator,part,unit,year,kind,comparator,value,upper,stretch,text,"
                        + "source,note\n生僻字规划,1,组,䶮𠮷学校覆盖率,,%,2024,target,>=,90,,,≥90,,\n");
        assertThat(cli.run("import", "--workspace", ws.toString(), "--file", csv.toString()))
                .isZero();
        Path gbk = dir.resolve("out-gbk.csv");
        assertThat(cli.run(
                        "export",
                        "--workspace",
                        ws.toString(),
                        "--plan",
                        "生僻字规划",
                        "--format",
                        "wide-csv",
                        "--encoding",
                        "gbk",
                        "--out",
                        gbk.toString()))
                .isEqualTo(3);
        assertThat(cli.err()).contains("䶮").contains("𠮷").contains("gb18030");
        assertThat(gbk).doesNotExist();
        Path gb18030 = dir.resolve("out-gb18030.csv");
        assertThat(cli.run(
                        "export",
                        "--workspace",
                        ws.toString(),
                        "--plan",
                        "生僻字规划",
                        "--format",
                        "wide-csv",
                        "--encoding",
                        "gb18030",
                        "--out",
                        gb18030.toString()))
                .isZero();
        assertThat(cli.run(
                        "import",
                        "--workspace",
                        dir.resolve("back").toString(),
                        "--file",
                        gb18030.toString(),
                        "--dry-run"))
                .as(cli.err())
                .isZero();
        assertThat(cli.out()).contains("䶮𠮷学校覆盖率");
    }
}
