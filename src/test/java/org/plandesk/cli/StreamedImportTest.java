package org.plandesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plandesk.TestContexts;
import org.plandesk.context.AppContext;
import org.plandesk.plan.Direction;
import org.plandesk.plan.Indicator;
import org.plandesk.plan.PlanData;

/**
 * A long CSV is imported a row at a time while it is read (issue 14 §5): what is written is what the file says, a
 * problem in its last row still refuses all of it, and the workspace opens again afterwards.
 */
class StreamedImportTest {
    private static final String HEADER =
            "plan,code,group,indicator,part,unit,year,kind,comparator,value,upper,stretch,text,source,note\n";

    @TempDir
    Path dir;

    private final CliHarness cli = new CliHarness();

    /** {@code n} target rows of one plan: 10 years × 10 parts per indicator. */
    private static StringBuilder rows(int n) {
        StringBuilder sb = new StringBuilder(HEADER);
        for (int i = 0; i < n; i++) {
            int ind = i / 100;
            int v = 50 + i % 50;
            sb.append("长表规划,")
                    .append(ind + 1)
                    .append(",组,指标")
                    .append(ind + 1)
                    .append(",分项")
                    .append((i / 10) % 10 + 1)
                    .append(",%,")
                    .append(2021 + i % 10)
                    .append(",target,>=,")
                    .append(v)
                    .append(",,,≥")
                    .append(v)
                    .append(",,\n");
        }
        return sb;
    }

    private PlanData plan(AppContext ctx, String title) {
        return ctx.plans().load(ctx.plans().find(title).orElseThrow().id());
    }

    @Test
    void thousandsOfRowsAreWrittenAsTheFileSaysAndTheWorkspaceOpensAgain() throws Exception {
        Path file = dir.resolve("long.csv");
        Files.writeString(file, rows(5_000), StandardCharsets.UTF_8);
        String ws = dir.resolve("ws").toString();
        assertThat(cli.run("import", "--workspace", ws, "--file", file.toString()))
                .as(cli.err())
                .isZero();
        assertThat(cli.out()).contains("目标 5000 条");
        // H2 analyses a table by itself after this many rows and records it in the schema: the check must accept it
        assertThat(cli.run("plans", "--workspace", ws)).as(cli.err()).isZero();
        assertThat(cli.out()).contains("长表规划\t2021–2030\t50 个指标");
        try (AppContext ctx = AppContext.open(dir.resolve("ws"), false, TestContexts.CLOCK)) {
            PlanData data = plan(ctx, "长表规划");
            Indicator last = data.indicators().get(49);
            assertThat(last.name()).isEqualTo("指标50");
            var part = data.parts(last).get(9);
            assertThat(part.name()).isEqualTo("分项10");
            // row 4999 of the loop: indicator 50, part 10, year 2030, value 50 + 4999 % 50 = 99
            assertThat(data.target(part, 2030).orElseThrow().target().value()).isEqualTo(99.0);
        }
    }

    @Test
    void aProblemInTheLastRowRefusesTheWholeFileAndWritesNothing() throws Exception {
        StringBuilder csv = rows(3_000);
        csv.append("长表规划,99,组,指标99,,%,20x5,target,>=,1,,,≥1,,\n");
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        String ws = dir.resolve("ws").toString();
        assertThat(cli.run("import", "--workspace", ws, "--file", file.toString()))
                .isEqualTo(3);
        assertThat(cli.err()).contains("第3002行").contains("20x5");
        assertThat(cli.run("plans", "--workspace", ws)).isZero();
        assertThat(cli.out()).doesNotContain("长表规划");
    }

    @Test
    void aRepeatedRowIsNamedWithTheRowItRepeats() throws Exception {
        StringBuilder csv = rows(200);
        csv.append("长表规划,1,组,指标1,分项1,%,2021,target,>=,70,,,≥70,,\n");
        Path file = dir.resolve("dup.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        assertThat(cli.run("import", "--workspace", dir.resolve("ws").toString(), "--file", file.toString()))
                .isEqualTo(3);
        assertThat(cli.err()).contains("第202行").contains("与第2行是同一规划");
    }

    @Test
    void beyondAThousandProblemsTheRestAreCountedNotListed() throws Exception {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 1_500; i++) {
            csv.append("长表规划,1,组,指标1,,%,").append(2021 + i % 150).append(",goal,>=,1,,,,,\n");
        }
        Path file = dir.resolve("many.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        assertThat(cli.run("import", "--workspace", dir.resolve("ws").toString(), "--file", file.toString()))
                .isEqualTo(3);
        assertThat(cli.err().lines().filter(l -> l.contains("类型“goal”无效"))).hasSize(1000);
        assertThat(cli.err()).contains("另有 500 个问题未逐一列出");
    }

    @Test
    void theDirectionOfANewIndicatorFollowsMostOfItsRowsNotTheFirst() throws Exception {
        String csv = HEADER
                + "方向,1,,差异系数,,,2021,target,>=,0.5,,,≥0.5,,\n"
                + "方向,1,,差异系数,,,2022,target,<=,0.45,,,≤0.45,,\n"
                + "方向,1,,差异系数,,,2023,target,<=,0.4,,,≤0.4,,\n";
        Path file = dir.resolve("direction.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        assertThat(cli.run("import", "--workspace", dir.resolve("ws").toString(), "--file", file.toString()))
                .as(cli.err())
                .isZero();
        try (AppContext ctx = AppContext.open(dir.resolve("ws"), false, TestContexts.CLOCK)) {
            PlanData data = plan(ctx, "方向");
            assertThat(data.indicators().get(0).direction()).isEqualTo(Direction.LOWER_IS_BETTER);
            assertThat(data.plan().startYear()).isEqualTo(2021);
            assertThat(data.plan().endYear()).isEqualTo(2023);
        }
    }

    @Test
    void aGbkFileIsReadAsItStreams() throws Exception {
        Path file = dir.resolve("gbk.csv");
        Files.writeString(file, rows(300), Charset.forName("GBK"));
        assertThat(cli.run("import", "--workspace", dir.resolve("ws").toString(), "--file", file.toString()))
                .as(cli.err())
                .isZero();
        try (AppContext ctx = AppContext.open(dir.resolve("ws"), false, TestContexts.CLOCK)) {
            assertThat(plan(ctx, "长表规划").indicators().get(2).name()).isEqualTo("指标3");
        }
    }
}
