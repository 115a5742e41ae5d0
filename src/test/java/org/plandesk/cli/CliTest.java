package org.plandesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plandesk.TestContexts;
import org.plandesk.workspace.Workspace;

class CliTest {
    @TempDir
    Path dir;

    private final CliHarness cli = new CliHarness();

    @Test
    void helpListsEveryCommandAndVersionPrints() {
        assertThat(cli.run("--help")).isZero();
        assertThat(cli.out()).contains("plans", "import", "export", "Exit status");
        assertThat(cli.run("--version")).isZero();
        assertThat(cli.out()).contains("PlanDesk");
    }

    @Test
    void wrongUsageIsExitTwoWithoutStackTrace() {
        assertThat(cli.run("plans", "--no-such-option")).isEqualTo(2);
        assertThat(cli.err()).contains("--no-such-option").doesNotContain("Exception", "\tat ");
        assertThat(cli.run("frobnicate")).isEqualTo(2);
        assertThat(cli.run("export", "--workspace", dir.resolve("w").toString(), "--out", "x.csv"))
                .isEqualTo(2);
    }

    @Test
    void plansListsTitlePeriodIndicatorCountAndTheDateOfIssueInTheUsersLanguage() {
        assertThat(cli.run("plans", "--workspace", dir.resolve("ws").toString()))
                .isZero();
        List<String> lines = cli.out().lines().toList();
        assertThat(lines).hasSize(5);
        assertThat(lines)
                .anySatisfy(l ->
                        assertThat(l).isEqualTo("“钱塘优学”全方位综合提质三年行动计划(2022-2024年)\t2022–2024\t92 个指标\t成文 2022年7月12日"));
    }

    @Test
    void exportImportRoundTripGivesTheSameRows() throws Exception {
        Path first = dir.resolve("first.csv");
        Path second = dir.resolve("second.csv");
        assertThat(cli.run(
                        "export",
                        "--workspace",
                        dir.resolve("a").toString(),
                        "--format",
                        "long-csv",
                        "--out",
                        first.toString()))
                .isZero();
        assertThat(cli.run("import", "--workspace", dir.resolve("b").toString(), "--file", first.toString()))
                .isZero();
        // b was created with the sample content; an empty workspace must be used instead.
        try (var ctx = TestContexts.empty(dir, "c")) {
            assertThat(ctx.plans().plans()).isEmpty();
        }
        assertThat(cli.run("import", "--workspace", dir.resolve("c").toString(), "--file", first.toString()))
                .isZero();
        assertThat(cli.run(
                        "export",
                        "--workspace",
                        dir.resolve("c").toString(),
                        "--format",
                        "long-csv",
                        "--out",
                        second.toString()))
                .isZero();
        List<String> a = Files.readAllLines(first, StandardCharsets.UTF_8);
        List<String> b = Files.readAllLines(second, StandardCharsets.UTF_8);
        assertThat(a).hasSizeGreaterThan(300);
        assertThat(b).isEqualTo(a);
    }

    @Test
    void exportOfOnePlanByShortName() throws Exception {
        Path csv = dir.resolve("qt.csv");
        assertThat(cli.run(
                        "export",
                        "--workspace",
                        dir.resolve("a").toString(),
                        "--plan",
                        "钱塘优学",
                        "--format",
                        "long-csv",
                        "--out",
                        csv.toString()))
                .isZero();
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines.get(0))
                .isEqualTo("plan,code,group,indicator,part,unit,year,kind,comparator,value,upper,"
                        + "stretch,text,source,note");
        assertThat(lines.subList(1, lines.size())).allSatisfy(l -> assertThat(l).startsWith("“钱塘优学”"));
        assertThat(lines)
                .contains("“钱塘优学”全方位综合提质三年行动计划(2022-2024年),17,好学校 全域遍布,"
                        + "初中/小学校际优质均衡差异系数,小学,,2024,target,<=,0.3,,,≤0.3,003_51df2b538ea5f98f.txt 主要指标 序号17,");
        assertThat(cli.run(
                        "export",
                        "--workspace",
                        dir.resolve("a").toString(),
                        "--plan",
                        "不存在的规划",
                        "--format",
                        "long-csv",
                        "--out",
                        csv.toString()))
                .isEqualTo(3);
        assertThat(cli.err()).contains("找不到规划“不存在的规划”");
    }

    @Test
    void aBadFileIsRejectedWholeWithOneLinePerProblemAndNothingWritten() throws Exception {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(
                csv,
                String.join(
                        "\n",
                        "plan,code,group,indicator,part,unit,year,kind,comparator,value,upper,stretch,text,source,note",
                        "新规划,1,组,指标甲,,%,2024,target,>=,95,,,≥95,,",
                        "新规划,2,组,指标乙,,%,二〇二四,target,>=,95,,,≥95,,",
                        "新规划,3,组,指标丙,,%,2024,guess,,95,,,,,",
                        "新规划,4,组,指标丁,,%,2024,actual,,很多,,,,,"),
                StandardCharsets.UTF_8);
        assertThat(cli.run("import", "--workspace", dir.resolve("w").toString(), "--file", csv.toString()))
                .isEqualTo(3);
        List<String> lines = cli.err().lines().toList();
        assertThat(lines)
                .containsExactly(
                        "第3行 “year”：年份“二〇二四”无效，应为四位数年份，如 2024",
                        "第4行 “kind”：类型“guess”无效，应为 target、actual 或 baseline",
                        "第5行 “value”：值“很多”无效，应为数字（如 95、0.45）或等级（如 B、良好、Ⅲ）");
        assertThat(cli.run("plans", "--workspace", dir.resolve("w").toString())).isZero();
        assertThat(cli.out()).doesNotContain("新规划");
    }

    @Test
    void dryRunWritesNothing() throws Exception {
        Path csv = dir.resolve("good.csv");
        Files.writeString(
                csv,
                "\uFEFFplan,code,group,indicator,part,unit,year,kind,comparator,value,upper,stretch,"
                        + "text,source,note\n,1,组,指标甲,,%,2024,target,,,,,95%以上,,\n",
                StandardCharsets.UTF_8);
        assertThat(cli.run(
                        "import",
                        "--workspace",
                        dir.resolve("w").toString(),
                        "--file",
                        csv.toString(),
                        "--plan",
                        "试验规划",
                        "--dry-run"))
                .isZero();
        assertThat(cli.out()).contains("试导入", "新建规划 1 个", "目标 1 条");
        assertThat(cli.run("plans", "--workspace", dir.resolve("w").toString())).isZero();
        assertThat(cli.out()).doesNotContain("试验规划");
        assertThat(cli.run(
                        "import",
                        "--workspace",
                        dir.resolve("w").toString(),
                        "--file",
                        csv.toString(),
                        "--plan",
                        "试验规划"))
                .isZero();
        assertThat(cli.run("plans", "--workspace", dir.resolve("w").toString())).isZero();
        assertThat(cli.out()).contains("试验规划\t2024\t1 个指标");
    }

    @Test
    void aDryRunPointsOutActualsOutsideTheirPlausibleRange() throws Exception {
        Path csv = dir.resolve("rates.csv");
        Files.writeString(csv, "序号,指标,单位,2025年目标,2024年实际\n1,学前三年毛入园率,%,≥95,150\n", StandardCharsets.UTF_8);
        assertThat(cli.run("import", "--workspace", dir.resolve("w").toString(), "--file", csv.toString(), "--dry-run"))
                .isZero();
        assertThat(cli.out()).contains("请核对：第2行“学前三年毛入园率”2024年的实际值 150 不在合理范围 0–100 内");
    }

    @Test
    void gbkFilesAreRead() throws Exception {
        Path csv = dir.resolve("gbk.csv");
        Files.write(
                csv,
                ("plan,code,group,indicator,part,unit,year,kind,comparator,value,upper,stretch,text,source,"
                                + "note\n区规划,1,好学生,体质健康达标率,,%,2024,target,>=,95,,,≥95,,\n")
                        .getBytes("GBK"));
        assertThat(cli.run("import", "--workspace", dir.resolve("w").toString(), "--file", csv.toString()))
                .isZero();
        assertThat(cli.run("plans", "--workspace", dir.resolve("w").toString())).isZero();
        assertThat(cli.out()).contains("区规划\t2024\t1 个指标");
    }

    @Test
    void missingFileAndUnknownTableAreInputRejected() throws Exception {
        assertThat(cli.run(
                        "import",
                        "--workspace",
                        dir.resolve("w").toString(),
                        "--file",
                        dir.resolve("nope.csv").toString()))
                .isEqualTo(3);
        assertThat(cli.err()).contains("无法读取文件");
        Path other = dir.resolve("other.csv");
        Files.writeString(other, "a,b,c\n1,2,3\n");
        assertThat(cli.run("import", "--workspace", dir.resolve("w").toString(), "--file", other.toString()))
                .isEqualTo(3);
        assertThat(cli.err()).contains("找不到表头");
    }

    @Test
    void aWorkspaceInUseIsExitFour() throws Exception {
        try (Workspace held = Workspace.open(dir.resolve("held"))) {
            assertThat(cli.run("plans", "--workspace", dir.resolve("held.mv.db").toString()))
                    .isEqualTo(4);
            assertThat(cli.err().strip()).isEqualTo("工作区正被另一个 PlanDesk 使用：" + held.dataFile());
        }
    }

    @Test
    void anUnreadableWorkspaceIsExitFour() throws Exception {
        Files.writeString(dir.resolve("junk.mv.db"), "not a database".repeat(100));
        assertThat(cli.run("plans", "--workspace", dir.resolve("junk").toString()))
                .isEqualTo(4);
        assertThat(cli.err()).contains("junk.mv.db").doesNotContain("\tat ");
    }

    @Test
    void columnRoleChangesHowAColumnIsReadAndSaysWhatIsWrong() throws Exception {
        Path csv = dir.resolve("十四五.csv");
        Files.writeString(csv, "“十四五”主要目标\n指标,2020年,2025年\n毛入园率(%),90,95\n", StandardCharsets.UTF_8);
        String ws = dir.resolve("roles").toString();
        // by the table's own words: 2020 is the baseline (and the preview says why)
        assertThat(cli.run("import", "--workspace", ws, "--file", csv.toString(), "--dry-run"))
                .isZero();
        assertThat(cli.out()).contains("2020年 = 基期 2020", "作为基期");
        // the user says otherwise: 2020 is a target
        assertThat(cli.run(
                        "import",
                        "--workspace",
                        ws,
                        "--file",
                        csv.toString(),
                        "--dry-run",
                        "--column-role",
                        "2020年=目标"))
                .isZero();
        assertThat(cli.out()).contains("2020年 = 目标 2020");
        assertThat(cli.run("import", "--workspace", ws, "--file", csv.toString(), "--column-role", "2025年=ignore"))
                .isZero();
        assertThat(cli.out()).contains("2025年 = （不导入）");
        // a header that is not there, or a role that does not exist: exit 2 and the reason
        assertThat(cli.run("import", "--workspace", ws, "--file", csv.toString(), "--column-role", "2030年=目标"))
                .isEqualTo(2);
        assertThat(cli.err()).contains("表中没有表头为“2030年”的列", "2020年、2025年");
        assertThat(cli.run("import", "--workspace", ws, "--file", csv.toString(), "--column-role", "2020年=预测"))
                .isEqualTo(2);
        assertThat(cli.err()).contains("没有“预测”这种用途");
    }
}
