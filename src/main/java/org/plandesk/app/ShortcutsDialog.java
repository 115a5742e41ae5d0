package org.plandesk.app;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.plandesk.shared.Messages;
import org.plandesk.shared.ui.Buttons;
import org.plandesk.shared.ui.DialogSizes;
import org.plandesk.shared.ui.Styles;

/**
 * 帮助 → 快捷键: every key of the app in one list — the menus' accelerators read from the menu bar itself (so the list
 * cannot drift from the menus), then the grid keys.
 */
final class ShortcutsDialog {
    private ShortcutsDialog() {}

    /** Key and what it does, for every menu item that has an accelerator ("文件 → 导入表格…"). */
    static List<String[]> fromMenus(MenuBar bar) {
        List<String[]> out = new ArrayList<>();
        for (Menu menu : bar.getMenus()) {
            collect(plain(menu.getText()), menu.getItems(), out);
        }
        return out;
    }

    private static void collect(String path, List<MenuItem> items, List<String[]> out) {
        for (MenuItem item : items) {
            if (item instanceof Menu sub) {
                collect(path + " → " + plain(sub.getText()), sub.getItems(), out);
            } else if (item.getAccelerator() != null && item.getText() != null) {
                out.add(new String[] {item.getAccelerator().getDisplayText(), path + " → " + plain(item.getText())});
            }
        }
    }

    /** A menu label without its mnemonic markup. */
    private static String plain(String label) {
        return label == null ? "" : label.replaceAll("\\(_\\p{Alnum}\\)", "").replace("_", "");
    }

    static void show(Window owner, Messages m, MenuBar bar, DialogSizes sizes) {
        List<String[]> rows = new ArrayList<>(fromMenus(bar));
        rows.add(new String[] {"Ctrl+Shift+Z", m.get("shortcuts.redo")});
        for (String line : m.get("shortcuts.grid").split(";")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                rows.add(new String[] {line.substring(0, eq), line.substring(eq + 1)});
            }
        }
        GridPane grid = new GridPane();
        grid.setId("shortcutsTable");
        grid.setHgap(24);
        grid.setVgap(6);
        grid.setPadding(new Insets(8));
        for (int r = 0; r < rows.size(); r++) {
            Label key = new Label(rows.get(r)[0]);
            key.getStyleClass().add(Styles.META_LABEL);
            grid.addRow(r, key, new Label(rows.get(r)[1]));
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        // sized from its content so that it never opens collapsed
        double height = Math.min(560, rows.size() * 26.0 + 24);
        scroll.setPrefSize(620, height);
        scroll.setMinHeight(Math.min(height, 240));
        Dialog<Void> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(m.title("menu.help.shortcuts"));
        d.getDialogPane().setContent(scroll);
        d.getDialogPane().getButtonTypes().setAll(Buttons.close(m));
        sizes.apply(d, "dialog.shortcuts");
        d.show();
    }
}
