package org.plandesk.app;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.plandesk.backup.AutomaticBackups;
import org.plandesk.backup.Backups;
import org.plandesk.context.AppContext;
import org.plandesk.io.FileNames;
import org.plandesk.shared.InputRejectedException;
import org.plandesk.shared.Messages;
import org.plandesk.shared.TaskRunner;
import org.plandesk.shared.ui.ProgressDialog;

/** 文件 → 备份工作区… / 从备份恢复…, and the automatic backup when a workspace opens. */
final class BackupActions {
    private static final System.Logger LOG = System.getLogger(BackupActions.class.getName());
    private final Stage stage;
    private final Messages messages;
    private final TaskRunner runner;
    private final Supplier<AppContext> context;
    private final Consumer<String> status;
    private final Consumer<Path> open;
    private final AutomaticBackups automatic;

    BackupActions(
            Stage stage,
            Messages messages,
            TaskRunner runner,
            Supplier<AppContext> context,
            Consumer<String> status,
            Consumer<Path> open,
            AutomaticBackups automatic) {
        this.stage = stage;
        this.messages = messages;
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
        chooser.setTitle(messages.get("menu.file.backup"));
        chooser.setInitialFileName(FileNames.name(ctx.workspace().name(), "workspace") + "-备份.zip");
        File f = chooser.showSaveDialog(stage);
        if (f == null) {
            return;
        }
        ProgressDialog dialog = new ProgressDialog(stage, messages, messages.get("menu.file.backup"));
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
        from.setTitle(messages.get("menu.file.restore"));
        from.getExtensionFilters().add(new FileChooser.ExtensionFilter("PlanDesk (*.zip)", "*.zip"));
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
        runner.run(
                p -> new Backups().restore(zip.toPath(), target.toPath()),
                s -> {
                    status.accept(messages.get("cli.restore.done", s.total(), target));
                    open.accept(target.toPath());
                },
                this::error);
    }

    private void error(Throwable e) {
        String text = e instanceof InputRejectedException r
                ? String.join("\n", r.lines(messages))
                : messages.get("cli.error", String.valueOf(e.getMessage()));
        Alert a = new Alert(Alert.AlertType.ERROR, text);
        a.initOwner(stage);
        a.setHeaderText(null);
        a.show();
    }
}
