package org.plandesk.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plandesk.TestContexts;
import org.plandesk.context.AppContext;

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
}
