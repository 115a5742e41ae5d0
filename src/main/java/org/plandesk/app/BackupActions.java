package org.plandesk.app;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.plandesk.backup.AutomaticBackups;
import org.plandesk.backup.Backups;
import org.plandesk.context.AppContext;
import org.plandesk.io.FileNames;
import org.plandesk.shared.Messages;
import org.plandesk.shared.Settings;
import org.plandesk.shared.TaskRunner;
import org.plandesk.shared.ui.Alerts;
import org.plandesk.shared.ui.ProgressDialog;
import org.plandesk.workspace.WorkspaceLocations;

/** 文件 → 备份工作区… / 从备份恢复…, and the automatic backup when a workspace opens. */
final class BackupActions {
    private static final System.Logger LOG = System.getLogger(BackupActions.class.getName());
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private final Stage stage;
    private final Messages messages;
    private final Settings settings;
    private final TaskRunner runner;
    private final Supplier<AppContext> context;
    private final Consumer<String> status;
    private final Consumer<Path> open;
    private final AutomaticBackups automatic;

    BackupActions(
            Stage stage,
            Messages messages,
            Settings settings,
            TaskRunner runner,
            Supplier<AppContext> context,
            Consumer<String> status,
            Consumer<Path> open,
            AutomaticBackups automatic) {
        this.stage = stage;
        this.messages = messages;
        this.settings = settings;
        this.runner = runner;
        this.context = context;
        this.status = status;
        this.open = open;
        this.automatic = automatic;
    }

    /** Today's automatic backup of the workspace just opened, in the background. */
    void automatic(AppContext ctx) {
        runner.read(
                p -> automatic.ensureToday(ctx.workspace()),
                file -> {
                    if (file != null) {
                        status.accept(messages.get("backup.auto", file));
                    }
                },
                e -> LOG.log(System.Logger.Level.WARNING, "automatic backup", e));
    }

    void backup() {
        AppContext ctx = context.get();
        if (ctx == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.title("menu.file.backup"));
        chooser.setInitialFileName(FileNames.name(ctx.workspace().name(), "workspace") + "-备份." + Backups.EXTENSION);
        chooser.getExtensionFilters().add(backupFilter());
        File f = chooser.showSaveDialog(stage);
        if (f == null) {
            return;
        }
        ProgressDialog dialog = new ProgressDialog(stage, messages, messages.title("menu.file.backup"));
        TaskRunner.Handle h = runner.read(
                p -> new Backups().backup(ctx.workspace(), f.toPath()),
                dialog,
                s -> {
                    dialog.close();
                    status.accept(messages.get("cli.backup.done", s.total(), f));
                },
                e -> {
                    dialog.close();
                    error(e);
                });
        dialog.open(h, () -> status.accept(messages.get("export.cancelled")));
    }

    void restore() {
        FileChooser from = new FileChooser();
        from.setTitle(messages.title("menu.file.restore"));
        from.getExtensionFilters().add(backupFilter());
        File zip = from.showOpenDialog(stage);
        if (zip == null) {
            return;
        }
        FileChooser to = new FileChooser();
        to.setTitle(messages.get("backup.chooseNew"));
        to.setInitialFileName("恢复的工作区.mv.db");
        File target = to.showSaveDialog(stage);
        if (target == null) {
            return;
        }
        restoreInto(zip.toPath(), target.toPath());
    }

    private FileChooser.ExtensionFilter backupFilter() {
        return new FileChooser.ExtensionFilter(
                messages.get("backup.fileKind") + " (*." + Backups.EXTENSION + ", *.zip)",
                "*." + Backups.EXTENSION,
                "*.zip");
    }

    /**
     * A backup file opened from the file manager (the installed app opens {@code .pdbak} files): asks whether to
     * restore it into a new workspace in the folder of {@code besideWorkspace} (the default workspace's: the data
     * folder), and does, never over an existing one; returns whether it
     * does.
     */
    boolean offerRestore(Path backup, Path besideWorkspace) {
        String name = backup.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        Path target = WorkspaceLocations.base(besideWorkspace)
                .resolveSibling(FileNames.name(name, "backup") + "-恢复-"
                        + LocalDateTime.now().format(STAMP));
        if (!Alerts.confirm(stage, messages, messages.get("backup.offerRestore", backup, target))) {
            return false;
        }
        restoreInto(backup, target);
        return true;
    }

    /**
     * Restores a backup into a new workspace beside {@code damaged} ({@code <name>-恢复-<time>}), never over it, and
     * opens it.
     */
    void restoreBeside(Path backup, Path damaged) {
        Path base = WorkspaceLocations.base(damaged);
        Path target = base.resolveSibling(
                base.getFileName() + "-恢复-" + LocalDateTime.now().format(STAMP));
        restoreInto(backup, target);
    }

    private void restoreInto(Path zip, Path target) {
        runner.run(
                p -> new Backups().restore(zip, target),
                s -> {
                    status.accept(messages.get("cli.restore.done", s.total(), target));
                    open.accept(target);
                },
                this::error);
    }

    /** 文件 → 备份设置…: automatic backups on or off, and their folder. */
    void settings() {
        new BackupSettingsDialog(stage, messages, settings).showAndSave();
    }

    private void error(Throwable e) {
        Alerts.failure(stage, messages, e);
    }
}
