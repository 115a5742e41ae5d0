package org.plandesk.plan.ui;

import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.plandesk.plan.Plan;
import org.plandesk.shared.Messages;
import org.plandesk.shared.ui.Buttons;

/** A plan's metadata: title, short name, kind, issuer, 文号, date, period, source, note. */
public final class PlanDialog {
    private final Messages messages;

    public PlanDialog(Messages messages) {
        this.messages = messages;
    }

    /** Shows the form filled from {@code plan} (or empty for a new one); the result keeps the plan's id. */
    public Optional<Plan> ask(Window owner, Plan plan, String titleKey) {
        Dialog<Plan> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(messages.get(titleKey));
        int year = LocalDate.now().getYear();
        TextField title = field(plan == null ? "" : plan.title(), 36);
        title.setId("planFormTitle");
        TextField shortName = field(plan == null ? "" : plan.shortName(), 18);
        TextField kind = field(plan == null ? "行动计划" : plan.kind(), 12);
        TextField issuer = field(plan == null ? "" : plan.issuer(), 30);
        TextField doc = field(plan == null ? "" : plan.docNumber(), 24);
        DatePicker date = new DatePicker(plan == null ? null : plan.issueDate());
        Spinner<Integer> start = new Spinner<>(1990, 2100, plan == null ? year : plan.startYear());
        Spinner<Integer> end = new Spinner<>(1990, 2100, plan == null ? year + 2 : plan.endYear());
        start.setEditable(true);
        end.setEditable(true);
        TextField source = field(plan == null ? "" : plan.source(), 30);
        TextField note = field(plan == null ? "" : plan.note(), 36);
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(6);
        int r = 0;
        g.addRow(r++, new Label(messages.get("plan.title")), title);
        g.addRow(r++, new Label(messages.get("plan.shortName")), shortName);
        g.addRow(r++, new Label(messages.get("plan.kind")), kind);
        g.addRow(r++, new Label(messages.get("plan.issuer")), issuer);
        g.addRow(r++, new Label(messages.get("plan.docNumber")), doc);
        g.addRow(r++, new Label(messages.get("plan.issueDate")), date);
        g.addRow(r++, new Label(messages.get("plan.startYear")), start);
        g.addRow(r++, new Label(messages.get("plan.endYear")), end);
        g.addRow(r++, new Label(messages.get("plan.source")), source);
        g.addRow(r, new Label(messages.get("plan.note")), note);
        d.getDialogPane().setContent(g);
        ButtonType ok = Buttons.ok(messages);
        d.getDialogPane().getButtonTypes().setAll(ok, Buttons.cancel(messages));
        d.getDialogPane()
                .lookupButton(ok)
                .disableProperty()
                .bind(title.textProperty()
                        .isEmpty()
                        .or(Bindings.createBooleanBinding(
                                () -> end.getValue() < start.getValue(), start.valueProperty(), end.valueProperty())));
        d.setResultConverter(b -> b != ok
                ? null
                : new Plan(
                        plan == null ? 0 : plan.id(),
                        title.getText().strip(),
                        shortName.getText().strip(),
                        kind.getText().strip(),
                        issuer.getText().strip(),
                        doc.getText().strip(),
                        date.getValue(),
                        start.getValue(),
                        end.getValue(),
                        source.getText().strip(),
                        note.getText().strip()));
        return d.showAndWait();
    }

    private static TextField field(String text, int columns) {
        TextField f = new TextField(text);
        f.setPrefColumnCount(columns);
        return f;
    }
}
