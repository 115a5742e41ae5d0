package org.plandesk.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plandesk.TestContexts;
import org.plandesk.context.AppContext;
import org.plandesk.plan.io.LongCsvReader;
import org.plandesk.workspace.OldWorkspaces;
import org.plandesk.workspace.Workspace;

class AutomaticBackupsTest {
    @TempDir
    Path dir;

    @Test
    void atMostOneADayAndARestorableOne() throws Exception {
        AutomaticBackups auto = new AutomaticBackups(dir.resolve("data"), TestContexts.CLOCK);
        try (AppContext ctx = TestContexts.sample(dir)) {
            Path first = auto.ensureToday(ctx.workspace());
            assertThat(first).exists();
            assertThat(auto.ensureToday(ctx.workspace())).isNull();
            Path restored = dir.resolve("restored");
            new Backups().restore(first, restored);
            try (AppContext back = AppContext.open(restored, false, TestContexts.CLOCK)) {
                assertThat(back.plans().plans()).hasSameSizeAs(ctx.plans().plans());
            }
        }
    }

    @Test
    void rotationKeepsTheNewestSevenAndOnePerWeekForFourWeeks() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("b"));
        LocalDate day = LocalDate.of(2026, 11, 22);
        for (int i = 0; i < 40; i++) {
            Files.writeString(
                    folder.resolve(day.minusDays(i).format(DateTimeFormatter.BASIC_ISO_DATE) + "-090000.zip"), "x");
        }
        AutomaticBackups.rotate(folder);
        var left = AutomaticBackups.list(folder).stream()
                .map(p -> p.getFileName().toString())
                .sorted()
                .toList();
        assertThat(left).hasSize(11);
        assertThat(left).contains("20261122-090000.zip", "20261116-090000.zip").doesNotContain("20261014-090000.zip");
    }

    /** A long CSV of {@code n} actuals of one plan: n values. */
    private static String longCsv(int n) {
        StringBuilder b = new StringBuilder(
                "plan,code,group,indicator,part,unit,year,kind,comparator,value,upper,stretch,text,source,note\n");
        for (int i = 1; i <= n; i++) {
            b.append("大批导入,")
                    .append(i)
                    .append(",一,指标")
                    .append(i)
                    .append(",,%,2024,actual,,")
                    .append(i % 100)
                    .append(",,,,,\n");
        }
        return b.toString();
    }

    @Test
    void anImportOfMoreThanAThousandValuesIsBackedUpFirstAndASmallOneIsNot() throws Exception {
        AutomaticBackups auto = new AutomaticBackups(dir.resolve("data"), TestContexts.CLOCK);
        try (AppContext ctx = AppContext.open(dir.resolve("big"), true, TestContexts.CLOCK, auto)) {
            Path folder = auto.folderOf(ctx.workspace());
            ctx.imports().importLong(new LongCsvReader().read(longCsv(10), null), false);
            assertThat(AutomaticBackups.list(folder)).isEmpty();
            int plansBefore = ctx.plans().plans().size();
            ctx.imports().importLong(new LongCsvReader().read(longCsv(1001), null), false);
            List<Path> made = AutomaticBackups.list(folder);
            assertThat(made)
                    .singleElement()
                    .satisfies(p -> assertThat(p.getFileName().toString()).endsWith("-import.pdbak"));
            // the backup holds the workspace as it was before the import: the small import, not the large one
            Path restored = dir.resolve("before-import");
            new Backups().restore(made.get(0), restored);
            try (AppContext back = AppContext.open(restored, false, TestContexts.CLOCK)) {
                assertThat(back.plans().plans()).hasSize(plansBefore);
                long values = back.plans()
                        .load(back.plans().find("大批导入").orElseThrow().id())
                        .indicators()
                        .size();
                assertThat(values).isEqualTo(10);
            }
            // a dry run writes nothing and backs nothing up
            ctx.imports().importLong(new LongCsvReader().read(longCsv(1500), null), true);
            assertThat(AutomaticBackups.list(folder)).hasSize(1);
        }
    }

    @Test
    void anOlderWorkspaceIsBackedUpInPlanDesksFormatBeforeItIsUpgradedAndTheBackupRestores() throws Exception {
        Path old = OldWorkspaces.versionOneWithAPlan(dir);
        AutomaticBackups auto = new AutomaticBackups(dir.resolve("data"), TestContexts.CLOCK);
        try (AppContext ctx = AppContext.open(old, false, TestContexts.CLOCK, auto)) {
            assertThat(ctx.workspace().schemaVersion()).isEqualTo(Workspace.SCHEMA_VERSION);
            List<Path> made = AutomaticBackups.list(auto.folderOf(ctx.workspace()));
            assertThat(made)
                    .singleElement()
                    .satisfies(p -> assertThat(p.getFileName().toString()).endsWith("-v1.pdbak"));
            // restored, the version-1 backup becomes a current workspace through the same migrations
            Path restored = dir.resolve("restored-v1");
            new Backups().restore(made.get(0), restored);
            try (AppContext back = AppContext.open(restored, false, TestContexts.CLOCK)) {
                assertThat(back.workspace().schemaVersion()).isEqualTo(Workspace.SCHEMA_VERSION);
                assertThat(back.plans().plans())
                        .extracting(p -> p.plan().title())
                        .containsExactly("示范规划");
            }
            assertThat(OldWorkspaces.versionOf(restored.toAbsolutePath())).isEqualTo(Workspace.SCHEMA_VERSION);
        }
    }
}
