package org.plandesk.app;

import java.nio.file.Path;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import org.plandesk.shared.Messages;

/** The main window's menus: every item with a mnemonic, the common ones with an accelerator. */
final class MainMenus {
    private final BackupActions backups;
    private final MainWindow w;
    private final Messages messages;
    private final TableActions tables;

    private final PlanActions plans;

    MainMenus(MainWindow w, Messages messages, TableActions tables, PlanActions plans, BackupActions backups) {
        this.backups = backups;
        this.w = w;
        this.messages = messages;
        this.tables = tables;
        this.plans = plans;
    }

    MenuBar build() {
        MenuItem newWs = new MenuItem(messages.get("menu.file.newWorkspace"));
        newWs.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+N"));
        newWs.setOnAction(e -> w.chooseNewWorkspace());
        MenuItem openWs = new MenuItem(messages.get("menu.file.openWorkspace"));
        openWs.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        openWs.setOnAction(e -> w.chooseWorkspace());
        Menu recent = new Menu(messages.get("menu.file.recent"));
        recent.setId("recent-workspaces");
        for (Path p : w.recentWorkspaces()) {
            MenuItem item = new MenuItem(p.getFileName() + "  —  " + p.getParent());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> w.open(p, false));
            recent.getItems().add(item);
        }
        recent.setDisable(recent.getItems().isEmpty());
        MenuItem importTable = new MenuItem(messages.get("menu.file.import"));
        importTable.setAccelerator(KeyCombination.keyCombination("Shortcut+I"));
        importTable.setOnAction(e -> {
            if (w.hasWorkspace()) {
                tables.importFile();
            }
        });
        MenuItem paste = new MenuItem(messages.get("menu.file.paste"));
        paste.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+V"));
        paste.setOnAction(e -> {
            if (w.hasWorkspace()) {
                tables.importClipboard();
            }
        });
        MenuItem exportPlan = new MenuItem(messages.get("menu.file.export"));
        exportPlan.setAccelerator(KeyCombination.keyCombination("Shortcut+E"));
        exportPlan.setOnAction(e -> tables.exportPlan(w.currentPlan()));
        MenuItem print = new MenuItem(messages.get("menu.file.print"));
        print.setId("printItem");
        print.setAccelerator(KeyCombination.keyCombination("Shortcut+P"));
        print.setOnAction(e -> w.chartMenu().print());
        MenuItem backup = new MenuItem(messages.get("menu.file.backup"));
        backup.setOnAction(e -> backups.backup());
        MenuItem restore = new MenuItem(messages.get("menu.file.restore"));
        restore.setOnAction(e -> backups.restore());
        MenuItem backupSettings = new MenuItem(messages.get("menu.file.backupSettings"));
        backupSettings.setId("backup-settings");
        backupSettings.setOnAction(e -> backups.settings());
        MenuItem exit = new MenuItem(messages.get("menu.file.exit"));
        exit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        exit.setOnAction(e -> w.stage().close());
        Menu file = new Menu(
                messages.get("menu.file"),
                null,
                newWs,
                openWs,
                recent,
                new SeparatorMenuItem(),
                importTable,
                paste,
                exportPlan,
                print,
                new SeparatorMenuItem(),
                backup,
                restore,
                backupSettings,
                new SeparatorMenuItem(),
                exit);

        MenuItem undoItem = new MenuItem(messages.get("menu.edit.undo"));
        undoItem.setId("undoItem");
        undoItem.setAccelerator(KeyCombination.keyCombination("Shortcut+Z"));
        undoItem.setOnAction(e -> w.undoOrRedo(true));
        MenuItem redoItem = new MenuItem(messages.get("menu.edit.redo"));
        redoItem.setAccelerator(KeyCombination.keyCombination("Shortcut+Y"));
        redoItem.setOnAction(e -> w.undoOrRedo(false));
        Menu edit = new Menu(messages.get("menu.edit"), null, undoItem, redoItem);
        edit.setOnShowing(e -> {
            undoItem.setText(w.undoStack()
                    .nextUndo()
                    .map(x -> messages.get("menu.edit.undoNamed", x.description()))
                    .orElse(messages.get("menu.edit.undo")));
            undoItem.setDisable(w.undoStack().nextUndo().isEmpty());
            redoItem.setText(w.undoStack()
                    .nextRedo()
                    .map(x -> messages.get("menu.edit.redoNamed", x.description()))
                    .orElse(messages.get("menu.edit.redo")));
            redoItem.setDisable(w.undoStack().nextRedo().isEmpty());
        });

        ToggleGroup langs = new ToggleGroup();
        RadioMenuItem zh = new RadioMenuItem(messages.get("lang.zh"));
        RadioMenuItem en = new RadioMenuItem(messages.get("lang.en"));
        zh.setId("langZh");
        en.setId("langEn");
        zh.setToggleGroup(langs);
        en.setToggleGroup(langs);
        (messages.language().equals("en") ? en : zh).setSelected(true);
        zh.setOnAction(e -> w.switchLanguage("zh"));
        en.setOnAction(e -> w.switchLanguage("en"));
        Menu language = new Menu(messages.get("menu.view.language"), null, zh, en);
        Menu view = new Menu(messages.get("menu.view"));
        view.setId("viewMenu");
        // the language last: the pointer on its way to the submenu crosses no other item
        view.getItems().addAll(w.zoom().menuItems(messages));
        view.getItems().addAll(new SeparatorMenuItem(), language);

        MenuItem present = new MenuItem(messages.get("menu.chart.present"));
        present.setAccelerator(KeyCombination.keyCombination("F5"));
        present.setOnAction(e -> w.present());
        MenuItem exportAll = new MenuItem(messages.get("menu.chart.exportAll"));
        exportAll.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+E"));
        exportAll.setOnAction(e -> w.chartMenu().exportAllCharts());
        MenuItem across = new MenuItem(messages.get("menu.chart.across"));
        across.setOnAction(e -> w.chartMenu().compareAcrossPlans());
        MenuItem report = new MenuItem(messages.get("menu.chart.report"));
        report.setId("reportItem");
        report.setOnAction(e -> w.chartMenu().writeReport());
        Menu chart = new Menu(messages.get("menu.chart"), null, present, exportAll, across, report);
        chart.setId("chartMenu");

        MenuItem about = new MenuItem(messages.get("menu.help.about"));
        about.setOnAction(e -> w.info(messages.get("dialog.about", MainWindow.versionText())));
        MenuItem shortcuts = new MenuItem(messages.get("menu.help.shortcuts"));
        shortcuts.setAccelerator(KeyCombination.keyCombination("F1"));
        Menu help = new Menu(messages.get("menu.help"), null, shortcuts, about);
        MenuItem newPlan = new MenuItem(messages.get("menu.plan.new"));
        newPlan.setAccelerator(KeyCombination.keyCombination("Shortcut+N"));
        newPlan.setOnAction(e -> plans.create());
        MenuItem editPlan = new MenuItem(messages.get("menu.plan.edit"));
        editPlan.setOnAction(e -> plans.edit(w.currentPlan()));
        MenuItem copyPlan = new MenuItem(messages.get("menu.plan.copy"));
        copyPlan.setOnAction(e -> plans.duplicate(w.currentPlan()));
        MenuItem deletePlan = new MenuItem(messages.get("menu.plan.delete"));
        deletePlan.setOnAction(e -> plans.delete(w.currentPlan()));
        Menu plan = new Menu(messages.get("menu.plan"), null, newPlan, editPlan, copyPlan, deletePlan);
        plan.setId("planMenu");

        MenuItem schoolsItem = new MenuItem(messages.get("schools.menu"));
        schoolsItem.setId("schoolsItem");
        schoolsItem.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+S"));
        schoolsItem.setOnAction(e -> w.openSchools());
        Menu schools = new Menu(messages.get("schools.menuTitle"), null, schoolsItem);
        schools.setId("schoolsMenu");

        MenuBar bar = new MenuBar(file, edit, plan, view, chart, schools, help);
        // Ctrl+Shift+Z redoes as well as Ctrl+Y (a menu item holds one accelerator)
        bar.sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators()
                        .put(KeyCombination.keyCombination("Shortcut+Shift+Z"), () -> w.undoOrRedo(false));
            }
        });
        bar.setId("mainMenu");
        shortcuts.setOnAction(e -> ShortcutsDialog.show(w.stage(), messages, bar, w.dialogSizes()));
        return bar;
    }
}
