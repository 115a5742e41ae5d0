package org.plandesk.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plandesk.TestContexts;
import org.plandesk.context.AppContext;

/**
 * Every crash point leaves a whole workspace: a child JVM creates or upgrades a workspace through the command line
 * and is killed at a random moment (seeded, so a failure can be repeated), eight rounds each; afterwards the
 * workspace opens, whole.
 */
class CrashPointTest {
    @TempDir
    Path dir;

    private Process plans(Path ws) throws Exception {
        return main("plans", "--workspace", ws.toString());
    }

    /** The command line in a child JVM, with its data folder (log, automatic backups) in the test's folder. */
    private Process main(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "org.plandesk.Main"));
        command.addAll(List.of(args));
        ProcessBuilder pb =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("XDG_DATA_HOME", dir.resolve("xdg").toString());
        return pb.start();
    }

    private static void killAfter(Process p, long millis) throws Exception {
        if (!p.waitFor(millis, TimeUnit.MILLISECONDS)) {
            p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aFirstStartKilledAtAnyMomentNeverLeavesAWorkspaceWithoutTheSample() throws Exception {
        Random random = new Random(20261127L);
        for (int round = 0; round < 8; round++) {
            Path ws = dir.resolve("first-" + round);
            killAfter(plans(ws), 300 + random.nextInt(2500));
            if (Files.exists(WorkspaceLocations.dataFile(ws.toAbsolutePath()))) {
                // it was moved into place: it is whole
                try (AppContext ctx = AppContext.open(ws, false, TestContexts.CLOCK)) {
                    assertThat(ctx.plans().plans()).as("round %d", round).hasSize(5);
                }
            }
            // and the next start gives the sample in any case
            try (AppContext ctx = AppContext.open(ws, true, TestContexts.CLOCK)) {
                assertThat(ctx.plans().plans()).as("round %d", round).hasSize(5);
            }
        }
    }

    @Test
    void anUpgradeKilledAtAnyMomentLeavesTheOldWorkspaceOrTheNewOneBothOpenable() throws Exception {
        Random random = new Random(11L);
        for (int round = 0; round < 8; round++) {
            Path round0 = Files.createDirectories(dir.resolve("up-" + round));
            SchemaFingerprintTest.fresh(round0, "1");
            Path ws = round0.resolve("fresh-v1");
            killAfter(plans(ws), 200 + random.nextInt(1800));
            Path data = WorkspaceLocations.dataFile(ws.toAbsolutePath());
            String version = SchemaCheck.matchingVersion(SchemaCheck.fingerprint(data));
            assertThat(version).as("round %d", round).isIn("1", Workspace.SCHEMA_VERSION);
            try (AppContext ctx = AppContext.open(ws, false, TestContexts.CLOCK)) {
                assertThat(ctx.plans().plans()).isEmpty();
            }
            assertThat(SchemaCheck.matchingVersion(SchemaCheck.fingerprint(data)))
                    .isEqualTo(Workspace.SCHEMA_VERSION);
        }
    }

    @Test
    void anExportKilledAtAnyMomentLeavesTheOldFileOrTheNewOneAndItsLeftoversGoNextTime() throws Exception {
        Path ws = dir.resolve("export-ws");
        try (AppContext ctx = AppContext.open(ws, true, TestContexts.CLOCK)) {
            assertThat(ctx.plans().plans()).hasSize(5);
        }
        Path out = dir.resolve("exports").resolve("钱塘.xlsx");
        Random random = new Random(23L);
        String[] export = {
            "export", "--workspace", ws.toString(), "--plan", "钱塘优学", "--format", "xlsx", "--out", out.toString()
        };
        for (int round = 0; round < 8; round++) {
            killAfter(main(export), 300 + random.nextInt(2500));
            if (Files.exists(out)) {
                // whatever is there under the name is a whole workbook
                try (Workbook wb = WorkbookFactory.create(out.toFile(), null, true)) {
                    assertThat(wb.getNumberOfSheets()).as("round %d", round).isPositive();
                }
            }
        }
        Process last = main(export);
        assertThat(last.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(last.exitValue()).isZero();
        try (Stream<Path> files = Files.list(out.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("钱塘.xlsx");
        }
    }
}
