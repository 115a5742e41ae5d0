package org.plandesk.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plandesk.TestContexts;
import org.plandesk.cli.Cli;
import org.plandesk.cli.CliEnvironment;
import org.plandesk.context.AppContext;
import org.plandesk.plan.ActualEntry;
import org.plandesk.plan.PlanData;
import org.plandesk.shared.Messages;

/** Kills a child JVM right after commits that returned, and finds every acknowledged edit (DESIGN D4, §5). */
class DurabilityTest {
    private static final int ROUNDS = 20;

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedEditSurvivesAKill() throws Exception {
        Path ws = dir.resolve("durable");
        Random random = new Random(20261122L);
        int total = 0;
        for (int round = 0; round < ROUNDS; round++) {
            int killAfter = 1 + random.nextInt(80);
            Process child = new ProcessBuilder(DurabilityChild.command("edit", ws.toString(), Integer.toString(round)))
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            List<String[]> acknowledged = new ArrayList<>();
            try (BufferedReader out =
                    new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while (acknowledged.size() < killAfter && (line = out.readLine()) != null) {
                    acknowledged.add(line.split(" "));
                }
                child.destroyForcibly();
                assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
            assertThat(acknowledged).as("round %d printed edits", round).hasSize(killAfter);
            try (AppContext ctx = AppContext.open(ws, false, TestContexts.CLOCK)) {
                assertThat(ctx.plans().plans())
                        .as("round %d: the plan itself", round)
                        .isNotEmpty();
                PlanData d = ctx.plans().load(ctx.plans().plans().get(0).plan().id());
                var part = d.parts(d.indicators().get(0)).get(0);
                for (String[] edit : acknowledged) {
                    int year = Integer.parseInt(edit[2]);
                    assertThat(d.actual(part, year))
                            .as("round %d, edit %s", round, String.join(" ", edit))
                            .map(ActualEntry::value)
                            .contains(Double.parseDouble(edit[3]));
                }
            }
            total += killAfter;
        }
        assertThat(total).isGreaterThan(ROUNDS);
    }

    @Test
    void killingALargeImportLeavesNoRowOfItAndAnOpenableWorkspace() throws Exception {
        Path ws = dir.resolve("import");
        Random random = new Random(11L);
        for (int round = 0; round < 3; round++) {
            int killAfter = 2 + random.nextInt(60);
            Process child = new ProcessBuilder(DurabilityChild.command("import", ws.toString()))
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            int seen = 0;
            boolean done = false;
            try (BufferedReader out =
                    new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    if (line.startsWith("PROGRESS") && ++seen >= killAfter) {
                        break;
                    }
                    done |= line.equals("DONE");
                }
                child.destroyForcibly();
                assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
            assertThat(done)
                    .as("round %d was killed before the import finished", round)
                    .isFalse();
            try (AppContext ctx = AppContext.open(ws, false, TestContexts.CLOCK)) {
                assertThat(ctx.plans().plans())
                        .as("round %d: after a kill at progress %d", round, seen)
                        .isEmpty();
                try (var c = ctx.workspace().connection();
                        var rs = c.createStatement()
                                .executeQuery("SELECT (SELECT COUNT(*) FROM target) + (SELECT COUNT(*) FROM indicator) "
                                        + "+ (SELECT COUNT(*) FROM change_log)")) {
                    rs.next();
                    assertThat(rs.getInt(1)).isZero();
                }
            }
        }
    }

    @Test
    void aSecondProcessGetsTheLockMessageAndExitFour() throws Exception {
        Path ws = dir.resolve("locked");
        try (AppContext ignored = AppContext.open(ws, false, TestContexts.CLOCK)) {
            // create it, then let the child hold it
        }
        Process child = new ProcessBuilder(DurabilityChild.command("hold", ws.toString()))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try (BufferedReader out =
                        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
                PrintWriter in = new PrintWriter(child.getOutputStream())) {
            assertThat(out.readLine()).isEqualTo("READY");
            StringWriter err = new StringWriter();
            int code = new Cli(new CliEnvironment(
                            new Messages(Messages.CHINESE),
                            TestContexts.CLOCK,
                            new PrintWriter(new StringWriter()),
                            new PrintWriter(err)))
                    .execute("plans", "--workspace", ws.toString());
            assertThat(code).isEqualTo(4);
            assertThat(err.toString().strip())
                    .isEqualTo("工作区正被另一个 PlanDesk 使用：" + WorkspaceLocations.dataFile(ws.toAbsolutePath()));
        } finally {
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(child.exitValue()).isZero();
        try (AppContext again = AppContext.open(ws, false, TestContexts.CLOCK)) {
            assertThat(again.plans().plans()).isEmpty();
        }
    }
}
