package org.plandesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.plandesk.TestContexts;
import org.plandesk.backup.AutomaticBackups;
import org.plandesk.context.AppContext;
import org.plandesk.workspace.WorkspaceLocations;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Backups as a user meets them in the window: the settings, and a damaged workspace restored from its backup. */
class BackupWindowTest extends WindowTestBase {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void aDamagedWorkspaceOffersItsLatestBackupAndOneClickRestoresItIntoANewWorkspace(FxRobot robot) throws Exception {
        planList(robot);
        // a workspace with an automatic backup in the folder the settings name, then damaged
        Path broken = dir.resolve("broken-" + System.nanoTime());
        AutomaticBackups auto = new AutomaticBackups(AutomaticBackups.folderSetting(settings), TestContexts.CLOCK);
        try (AppContext ctx = AppContext.open(broken, true, TestContexts.CLOCK)) {
            assertThat(auto.ensureToday(ctx.workspace())).exists();
        }
        Path data = WorkspaceLocations.dataFile(broken.toAbsolutePath());
        try (FileChannel ch = FileChannel.open(data, StandardOpenOption.WRITE)) {
            ch.write(ByteBuffer.wrap(new byte[16384]), 0);
        }
        robot.interact(() -> window.open(broken, false));
        waitUntil(() -> robot.lookup("从最近的备份恢复").tryQuery().isPresent());
        assertThat(robot.lookup(".dialog-pane .content").queryLabeled().getText())
                .contains(broken.getFileName().toString())
                .contains("自动备份");
        robot.clickOn("从最近的备份恢复");
        waitUntil(() -> stage.getTitle().contains(broken.getFileName() + "-恢复-"));
        assertThat(planList(robot).getItems()).hasSize(5);
        // the damaged file is left as it was
        assertThat(data).exists();
        try (var files = Files.list(data.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .anyMatch(n -> n.startsWith(broken.getFileName() + "-恢复-") && n.endsWith(".mv.db"));
        }
    }

    @Test
    void theBackupSettingsAreChangedInTheWindow(FxRobot robot) throws Exception {
        planList(robot);
        robot.clickOn("文件(F)");
        robot.clickOn("备份设置(S)…");
        waitUntil(() -> robot.lookup("#backup-auto").tryQuery().isPresent());
        CheckBox auto = robot.lookup("#backup-auto").queryAs(CheckBox.class);
        assertThat(auto.isSelected()).isFalse(); // the tests' settings turn it off
        robot.clickOn(auto);
        TextField folder = robot.lookup("#backup-folder").queryAs(TextField.class);
        robot.doubleClickOn(folder);
        robot.interact(folder::selectAll);
        robot.write("relative/folder");
        robot.clickOn("确定");
        // a folder that is not a full path is refused in place, the dialog stays
        waitUntil(() ->
                robot.lookup("#backup-folder-problem").queryLabeled().getText().contains("relative"));
        Path chosen = dir.resolve("my-backups");
        robot.clickOn(folder);
        robot.interact(folder::selectAll);
        robot.write(chosen.toString());
        robot.clickOn("确定");
        waitUntil(() -> robot.lookup("#backup-auto").tryQuery().isEmpty());
        assertThat(settings.get("autoBackup", "?")).isEqualTo("on");
        assertThat(AutomaticBackups.folderSetting(settings)).isEqualTo(chosen);
    }
}
