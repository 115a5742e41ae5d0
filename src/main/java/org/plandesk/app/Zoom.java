package org.plandesk.app;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import org.plandesk.shared.Messages;
import org.plandesk.shared.Settings;

/**
 * 视图 → 放大 / 缩小 / 实际大小: one zoom factor for the grid and the charts beside it, in the steps a browser uses,
 * remembered in the settings. The factor is the only state; the views bind to it.
 */
final class Zoom {
    static final List<Double> STEPS = List.of(0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0);
    private static final String KEY = "zoom";

    private final Settings settings;
    private final DoubleProperty factor = new SimpleDoubleProperty(1.0);

    Zoom(Settings settings) {
        this.settings = settings;
        double saved = settings.getDouble(KEY).orElse(1.0);
        factor.set(STEPS.contains(saved) ? saved : 1.0);
    }

    ReadOnlyDoubleProperty factorProperty() {
        return factor;
    }

    /** One step larger (+1) or smaller (−1), within the steps. */
    void step(int direction) {
        int i = STEPS.indexOf(factor.get());
        set(STEPS.get(Math.max(0, Math.min(STEPS.size() - 1, i + direction))));
    }

    void reset() {
        set(1.0);
    }

    private void set(double f) {
        factor.set(f);
        settings.putDouble(KEY, f);
    }

    /** The status bar's 缩放 120% (empty at 100 %). */
    void showIn(Label label, Messages messages) {
        label.setId("zoomLabel");
        label.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> factor.get() == 1.0 ? "" : messages.get("statusbar.zoom", Math.round(factor.get() * 100)),
                        factor));
    }

    /** 放大, 缩小, 实际大小 with their keys. */
    List<MenuItem> menuItems(Messages messages) {
        MenuItem in = new MenuItem(messages.get("menu.view.zoomIn"));
        in.setId("zoomIn");
        in.setAccelerator(KeyCombination.keyCombination("Shortcut+Equals"));
        in.setOnAction(e -> step(1));
        MenuItem out = new MenuItem(messages.get("menu.view.zoomOut"));
        out.setId("zoomOut");
        out.setAccelerator(KeyCombination.keyCombination("Shortcut+Minus"));
        out.setOnAction(e -> step(-1));
        MenuItem actual = new MenuItem(messages.get("menu.view.zoomReset"));
        actual.setId("zoomReset");
        actual.setAccelerator(KeyCombination.keyCombination("Shortcut+0"));
        actual.setOnAction(e -> reset());
        return List.of(in, out, actual);
    }

    /** Ctrl+plus (with Shift, or on the number pad) and the pad's minus zoom as well as the menu's keys. */
    void addKeys(Scene scene) {
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Add"), () -> step(1));
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Shift+Equals"), () -> step(1));
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Plus"), () -> step(1));
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Subtract"), () -> step(-1));
    }
}
