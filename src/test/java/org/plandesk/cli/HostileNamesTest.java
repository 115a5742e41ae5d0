package org.plandesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plandesk.TestContexts;
import org.plandesk.context.AppContext;
import org.plandesk.io.FileNames;
import org.plandesk.plan.Plan;

/** Names from someone else's file become safe file names, safe terminal lines and clean stored text. */
class HostileNamesTest {
    @TempDir
    Path dir;

    private final CliHarness cli = new CliHarness();

    @Test
    void fileNamesStayInTheirFolderAndAreNeverHidden() {
        assertThat(FileNames.name("../../x", "f")).isEqualTo("x");
        assertThat(FileNames.name(".", "f")).isEqualTo("f");
        assertThat(FileNames.name("..", "f")).isEqualTo("f");
        assertThat(FileNames.name(".bashrc", "f")).isEqualTo("bashrc");
        assertThat(FileNames.name("报告\u202Egnp.exe", "f")).isEqualTo("报告gnp.exe");
        assertThat(FileNames.name("CON", "f")).isEqualTo("CON_");
        assertThat(FileNames.name("a\u0000b\u001b[31m", "f")).isEqualTo("ab[31m");
        assertThat(FileNames.name("钱塘优学 2024/评估", "f")).isEqualTo("钱塘优学_2024_评估");
        assertThat(FileNames.stem("..", ".hidden")).isEqualTo("hidden");
    }

    @Test
    void aDeckNamedAfterACraftedShortNameIsWrittenInsideTheFolder() throws Exception {
        Path ws = dir.resolve("ws");
        try (AppContext ctx = AppContext.open(ws, true, TestContexts.CLOCK)) {
            Plan p = ctx.plans().find("钱塘优学").orElseThrow();
            ctx.planEdits().update(p.withShortName("../../x"), "改名");
        }
        Path out = Files.createDirectories(dir.resolve("a").resolve("b").resolve("out"));
        int code = cli.run(
                "chart",
                "--workspace",
                ws.toString(),
                "--plan",
                "../../x",
                "--indicator",
                "1",
                "--format",
                "pptx",
                "--out",
                out.toString());
        assertThat(code).as(cli.err()).isZero();
        try (Stream<Path> s = Files.list(out)) {
            assertThat(s.map(f -> f.getFileName().toString()).toList()).containsExactly("x.pptx");
        }
        try (Stream<Path> s = Files.walk(dir)) {
            assertThat(s.filter(f -> f.toString().endsWith(".pptx")).toList()).hasSize(1);
        }
    }

    @Test
    void theTerminalGetsNoEscapeSequencesAndStoredTextNoControlCharacters() throws Exception {
        Path ws = dir.resolve("ws2");
        StringBuilder csv = new StringBuilder(
                "plan,code,group,indicator,part,unit,year,kind,comparator,value,upper,stretch,text,source,note\n");
        // an escape sequence in the title, a NUL far past the first 8 KB in a note
        csv.append("\"规划\u001b[2J\u001b]0;pwned\u0007\",1,组,指标,,%,2024,target,>=,90,,,≥90,,\n");
        for (int i = 2; i < 400; i++) {
            csv.append("规划X,").append(i).append(",组,指标").append(i).append(",,%,2024,target,>=,90,,,≥90,,填充文字\n");
        }
        csv.append("规划X,400,组,指标400,,%,2024,target,>=,90,,,≥90,,备\u0000注\n");
        Path file = dir.resolve("t.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        assertThat(Files.size(file)).isGreaterThan(8192);
        assertThat(cli.run("import", "--workspace", ws.toString(), "--file", file.toString()))
                .as(cli.err())
                .isZero();
        assertThat(cli.run("plans", "--workspace", ws.toString())).isZero();
        assertThat(cli.out()).doesNotContain("\u001b").doesNotContain("\u0007").contains("规划[2J]0;pwned");
        try (AppContext ctx = AppContext.open(ws, false, TestContexts.CLOCK)) {
            var x = ctx.plans().load(ctx.plans().find("规划X").orElseThrow().id());
            List<String> notes = x.indicators().stream()
                    .flatMap(i -> x.parts(i).stream())
                    .flatMap(p -> x.targets(p).values().stream())
                    .map(t -> t.note())
                    .toList();
            assertThat(notes).contains("备注").noneMatch(n -> n.indexOf('\u0000') >= 0);
        }
    }
}
