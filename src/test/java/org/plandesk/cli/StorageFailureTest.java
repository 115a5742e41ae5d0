package org.plandesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plandesk.TestContexts;
import org.plandesk.backup.AutomaticBackups;
import org.plandesk.context.AppContext;
import org.plandesk.plan.Plan;
import org.plandesk.shared.Failures;
import org.plandesk.shared.Messages;
import org.plandesk.shared.StorageException;
import org.plandesk.workspace.Workspace;
import org.plandesk.workspace.WorkspaceLocations;

/**
 * A full disk, a read-only folder and a damaged file each get their own words, never "文件已损坏" for the first two;
 * a read-only workspace opens for viewing and export; a damaged one points to its latest backup.
 */
class StorageFailureTest {
    @TempDir
    Path dir;

    private final Messages chinese = new Messages(Messages.CHINESE);

    @Test
    void aFullDiskIsNamedAsOneFromTheOperatingSystemsOwnError() throws Exception {
        Path full = Path.of("/dev/full");
        // the real ENOSPC of the kernel, as any export into a full disk meets it
        IOException e = null;
        try (FileOutputStream out = new FileOutputStream(full.toFile())) {
            out.write(new byte[4096]);
            out.getFD().sync();
        } catch (IOException caught) {
            e = caught;
        }
        assertThat(e).as("/dev/full refuses writes on Linux").isNotNull();
        assertThat(Failures.kind(e)).isEqualTo(Failures.Kind.DISK_FULL);
        assertThat(Failures.describe(new IOException("export", e), chinese)).startsWith("磁盘空间不足");
        CliEnvironment env = new CliEnvironment(
                chinese, TestContexts.CLOCK, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        assertThat(env.writeFailed(dir.resolve("x.xlsx"), e))
                .startsWith("磁盘空间不足")
                .contains("x.xlsx");
    }

    @Test
    void aReadOnlyFolderIsNamedAsOne() {
        // what the JDK throws for EROFS and EACCES
        var readOnlyMedium = new FileSystemException("/media/usb/x.xlsx", null, "Read-only file system");
        var denied = new AccessDeniedException("/srv/share/x.xlsx");
        assertThat(Failures.kind(readOnlyMedium)).isEqualTo(Failures.Kind.READ_ONLY);
        assertThat(Failures.kind(new IOException(denied))).isEqualTo(Failures.Kind.READ_ONLY);
        assertThat(Failures.describe(readOnlyMedium, chinese)).startsWith("文件夹只读");
        assertThat(Failures.kind(new IOException("Unexpected end of ZLIB input stream")))
                .isEqualTo(Failures.Kind.OTHER);
    }

    @Test
    void aReadOnlyWorkspaceShowsAndExportsButRefusesChangesInTheUsersWords() throws Exception {
        try (AppContext ctx = AppContext.open(dir.resolve("ro"), true, TestContexts.CLOCK)) {
            assertThat(ctx.plans().plans()).hasSize(5);
        }
        try (AppContext ctx = new AppContext(Workspace.openReadOnly(dir.resolve("ro")), TestContexts.CLOCK, "test")) {
            assertThat(ctx.workspace().isReadOnly()).isTrue();
            Plan p = ctx.plans().find("钱塘优学").orElseThrow();
            assertThat(ctx.plans().load(p.id()).indicators()).hasSize(92);
            Plan changed = p.withNote("改");
            assertThatThrownBy(() -> ctx.planEdits().update(changed, "改备注"))
                    .isInstanceOfSatisfying(StorageException.class, e -> {
                        assertThat(e.problem().key()).isEqualTo("storage.readOnly");
                        assertThat(Failures.describe(e, chinese)).contains("只读").contains("导出");
                    });
        }
        // the export of a read-only workspace works from the command line as from the window
        Path out = dir.resolve("ro.csv");
        CliHarness cli = new CliHarness();
        try (AppContext ignored =
                new AppContext(Workspace.openReadOnly(dir.resolve("ro")), TestContexts.CLOCK, "test")) {
            // while one PlanDesk holds it (even read-only), another is told it is in use
            assertThat(cli.run("plans", "--workspace", dir.resolve("ro").toString()))
                    .isEqualTo(ExitCodes.WORKSPACE_UNAVAILABLE);
        }
        assertThat(cli.run(
                        "export",
                        "--workspace",
                        dir.resolve("ro").toString(),
                        "--plan",
                        "钱塘优学",
                        "--format",
                        "long-csv",
                        "--out",
                        out.toString()))
                .isZero();
        assertThat(Files.readString(out)).contains("钱塘优学");
    }

    @Test
    void aDamagedWorkspaceIsReportedAsDamagedWithItsLatestBackup() throws Exception {
        AutomaticBackups auto = new AutomaticBackups(dir.resolve("data"), TestContexts.CLOCK);
        Path ws = dir.resolve("damaged");
        Path backup;
        try (AppContext ctx = AppContext.open(ws, true, TestContexts.CLOCK, auto)) {
            backup = auto.ensureToday(ctx.workspace());
        }
        Path data = WorkspaceLocations.dataFile(ws.toAbsolutePath());
        try (FileChannel ch = FileChannel.open(data, StandardOpenOption.WRITE)) {
            ch.truncate(Files.size(data) / 3);
            ch.write(ByteBuffer.wrap(new byte[8192]), 0);
        }
        CliHarness cli = new CliHarness(auto);
        assertThat(cli.run("plans", "--workspace", ws.toString())).isEqualTo(ExitCodes.WORKSPACE_UNAVAILABLE);
        assertThat(cli.err()).contains("文件已损坏").doesNotContain("2.4.240").contains("最近的备份：" + backup);
        assertThat(cli.err()).contains("restore --from");
        Path restored = dir.resolve("restored");
        assertThat(cli.run("restore", "--from", backup.toString(), "--workspace", restored.toString()))
                .isZero();
        assertThat(cli.run("plans", "--workspace", restored.toString())).isZero();
        assertThat(cli.out()).contains("钱塘优学");
    }
}
