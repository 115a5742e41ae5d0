package org.plandesk.app;

import java.io.File;
import java.nio.file.Path;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;
import org.plandesk.backup.AutomaticBackups;
import org.plandesk.shared.Messages;
import org.plandesk.shared.Settings;
import org.plandesk.shared.ui.Buttons;
import org.plandesk.shared.ui.Styles;

/** 文件 → 备份设置…: automatic backups on or off, and the folder they go to; saved in the user's settings. */
final class BackupSettingsDialog {
    private final Stage stage;
    private final Messages messages;
    private final Settings settings;

    BackupSettingsDialog(Stage stage, Messages messages, Settings settings) {
        this.stage = stage;
        this.messages = messages;
        this.settings = settings;
    }

    void showAndSave() {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(stage);
        dialog.setTitle(messages.get("backup.settings.title"));
        CheckBox auto = new CheckBox(messages.get("backup.settings.auto"));
        auto.setId("backup-auto");
        auto.setSelected(!"off".equals(settings.get("autoBackup", "on")));
        TextField folder =
                new TextField(AutomaticBackups.folderSetting(settings).toString());
        folder.setId("backup-folder");
        folder.setPrefColumnCount(36);
        Button choose = new Button(messages.get("backup.settings.choose"));
        choose.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(messages.get("backup.settings.folder"));
            File f = chooser.showDialog(dialog.getDialogPane().getScene().getWindow());
            if (f != null) {
                folder.setText(f.getAbsolutePath());
            }
        });
        Label explain = new Label(messages.get("backup.settings.explain"));
        explain.setWrapText(true);
        explain.setMaxWidth(560);
        Label problem = new Label();
        problem.setId("backup-folder-problem");
        problem.getStyleClass().add(Styles.MUTED);
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(10);
        grid.setPadding(new Insets(12));
        grid.add(auto, 0, 0, 3, 1);
        grid.add(new Label(messages.get("backup.settings.folder")), 0, 1);
        grid.add(folder, 1, 1);
        grid.add(choose, 2, 1);
        grid.add(problem, 0, 2, 3, 1);
        grid.add(explain, 0, 3, 3, 1);
        GridPane.setHgrow(folder, Priority.ALWAYS);
        dialog.getDialogPane().setContent(grid);
        ButtonType okType = Buttons.ok(messages);
        dialog.getDialogPane().getButtonTypes().setAll(okType, Buttons.cancel(messages));
        // a folder that is not a full path is refused in place (it is made when the first backup is written)
        Button ok = (Button) dialog.getDialogPane().lookupButton(okType);
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            String why = folderProblem(folder.getText().strip());
            if (why != null) {
                problem.setText(messages.get("backup.settings.notWritable", why));
                e.consume();
            }
        });
        dialog.showAndWait().filter(b -> b == okType).ifPresent(b -> {
            settings.put("autoBackup", auto.isSelected() ? "on" : "off");
            settings.put("backupFolder", Path.of(folder.getText().strip()).toString());
            settings.flush();
        });
    }

    /** Why a folder name cannot hold backups, or null when it can; only the name is checked (no disk access here). */
    static String folderProblem(String text) {
        if (text.isEmpty()) {
            return "—";
        }
        Path p;
        try {
            p = Path.of(text);
        } catch (RuntimeException e) {
            return text;
        }
        if (!p.isAbsolute()) {
            return text;
        }
        return null;
    }
}
