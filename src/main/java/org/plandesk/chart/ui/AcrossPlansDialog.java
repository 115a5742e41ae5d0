package org.plandesk.chart.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.plandesk.plan.Indicator;
import org.plandesk.plan.PlanData;
import org.plandesk.shared.Messages;
import org.plandesk.shared.ui.Buttons;
import org.plandesk.shared.ui.DialogSizes;

/** Lets the user tick which indicators of which plans are "the same", to follow them on one time axis. */
public final class AcrossPlansDialog {
    private final Messages messages;

    private final DialogSizes sizes;

    public AcrossPlansDialog(Messages messages, DialogSizes sizes) {
        this.messages = messages;
        this.sizes = sizes;
    }

    /** One choice: an indicator of a plan. */
    public static final class Choice {
        private final PlanData plan;
        private final Indicator indicator;
        private final BooleanProperty chosen = new SimpleBooleanProperty();

        Choice(PlanData plan, Indicator indicator) {
            this.plan = plan;
            this.indicator = indicator;
        }

        @Override
        public String toString() {
            return plan.plan().displayName() + " · " + indicator.name();
        }
    }

    public Optional<List<Map.Entry<PlanData, Indicator>>> ask(Window owner, List<PlanData> plans, String startFilter) {
        ObservableList<Choice> all = FXCollections.observableArrayList();
        for (PlanData p : plans) {
            for (Indicator i : p.indicators()) {
                all.add(new Choice(p, i));
            }
        }
        FilteredList<Choice> shown = new FilteredList<>(all);
        TextField filter = new TextField(startFilter);
        filter.setPromptText(messages.get("across.filter"));
        filter.setId("acrossFilter");
        filter.textProperty()
                .addListener((o, old, now) -> shown.setPredicate(
                        c -> now == null || now.isBlank() || c.toString().contains(now.strip())));
        shown.setPredicate(c ->
                startFilter == null || startFilter.isBlank() || c.toString().contains(startFilter));
        ListView<Choice> list = new ListView<>(shown);
        list.setId("acrossList");
        list.setCellFactory(CheckBoxListCell.forListView(c -> c.chosen));
        list.setPrefSize(620, 420);
        Dialog<List<Map.Entry<PlanData, Indicator>>> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(messages.get("across.title"));
        sizes.apply(d, "dialog.across");
        d.getDialogPane().setContent(new VBox(8, new Label(messages.get("across.hint")), filter, list));
        ButtonType ok = Buttons.ok(messages);
        d.getDialogPane().getButtonTypes().setAll(ok, Buttons.cancel(messages));
        d.setResultConverter(b -> {
            if (b != ok) {
                return null;
            }
            List<Map.Entry<PlanData, Indicator>> out = new ArrayList<>();
            all.stream().filter(c -> c.chosen.get()).forEach(c -> out.add(Map.entry(c.plan, c.indicator)));
            return out.isEmpty() ? null : out;
        });
        return d.showAndWait();
    }
}
