package org.plandesk.plan.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldListCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.plandesk.plan.Attribute;
import org.plandesk.plan.Direction;
import org.plandesk.plan.GradeScale;
import org.plandesk.plan.Indicator;
import org.plandesk.plan.Part;
import org.plandesk.plan.PlausibleRange;
import org.plandesk.plan.service.IndicatorEditService.PartEdit;
import org.plandesk.shared.Messages;
import org.plandesk.shared.Numbers;
import org.plandesk.shared.Text;
import org.plandesk.shared.ui.Buttons;
import org.plandesk.shared.ui.Styles;

/** Edits an indicator: name, code, unit, direction, attribute, grade scale, and its parts. */
public final class IndicatorDialog {
    private final Messages messages;

    public IndicatorDialog(Messages messages) {
        this.messages = messages;
    }

    /**
     * The edited indicator, its parts in order, and its own plausible range ({@link PlausibleRange#NONE}: the one its
     * unit implies).
     */
    public record Result(Indicator indicator, List<PartEdit> parts, PlausibleRange range) {}

    /** A part in the list: its id (0 for new), name and unit. */
    private static final class Row {
        final long id;
        String name;
        final String unit;

        Row(long id, String name, String unit) {
            this.id = id;
            this.name = name;
            this.unit = unit;
        }
    }

    public Optional<Result> ask(
            Window owner, Indicator ind, List<Part> parts, Optional<PlausibleRange> own, Set<String> units) {
        Dialog<Result> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(messages.get("indicatorForm.title"));
        TextField name = new TextField(ind.name());
        name.setPrefColumnCount(34);
        name.setId("indicatorName");
        TextField code = new TextField(ind.code());
        TextField unit = new TextField(ind.unit());
        unit.setId("indicatorUnit");
        Completions.bind(unit, units);
        ChoiceBox<Direction> direction = new ChoiceBox<>(FXCollections.observableArrayList(Direction.values()));
        direction.setValue(ind.direction());
        direction.setConverter(converter(x -> messages.get("direction." + x.code())));
        ChoiceBox<Attribute> attribute = new ChoiceBox<>();
        attribute.getItems().addAll(null, Attribute.BINDING, Attribute.EXPECTED);
        attribute.setValue(ind.attribute());
        attribute.setConverter(converter(x -> x.chinese()));
        ChoiceBox<GradeScale> scale = new ChoiceBox<>();
        scale.getItems().addAll(null, GradeScale.LETTER, GradeScale.QUALITY, GradeScale.ROMAN);
        scale.setValue(ind.gradeScale());
        scale.setConverter(converter(x -> String.join(" < ", x.grades())));
        ObservableList<Row> rows = FXCollections.observableArrayList();
        for (Part p : parts) {
            rows.add(new Row(p.id(), p.name(), p.unit()));
        }
        ListView<Row> list = new ListView<>(rows);
        list.setId("indicatorParts");
        list.setEditable(true);
        list.setPrefHeight(160);
        list.setCellFactory(TextFieldListCell.forListView(new StringConverter<>() {
            @Override
            public String toString(Row r) {
                return r == null ? "" : r.name.isEmpty() ? messages.get("indicatorForm.single") : r.name;
            }

            @Override
            public Row fromString(String s) {
                Row r = list.getSelectionModel().getSelectedItem();
                if (r != null) {
                    r.name = s.strip();
                }
                return r;
            }
        }));
        Button add = new Button(messages.get("indicatorForm.addPart"));
        add.setId("addPart");
        add.setOnAction(e -> {
            rows.add(new Row(0, messages.get("indicatorForm.newPart", rows.size() + 1), ""));
            list.getSelectionModel().selectLast();
        });
        Button remove = new Button(messages.get("indicatorForm.removePart"));
        remove.setOnAction(e -> {
            Row r = list.getSelectionModel().getSelectedItem();
            if (r != null && rows.size() > 1) {
                rows.remove(r);
            }
        });
        Button up = new Button("↑");
        up.setOnAction(e -> move(list, rows, -1));
        Button down = new Button("↓");
        down.setOnAction(e -> move(list, rows, 1));
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(6);
        int r = 0;
        g.addRow(r++, new Label(messages.get("col.code")), code);
        g.addRow(r++, new Label(messages.get("col.indicator")), name);
        g.addRow(r++, new Label(messages.get("col.unit")), unit);
        g.addRow(r++, new Label(messages.get("indicatorForm.direction")), direction);
        g.addRow(r++, new Label(messages.get("indicatorForm.attribute")), attribute);
        g.addRow(r++, new Label(messages.get("indicatorForm.scale")), scale);
        TextField min = rangeField("rangeMin", own.map(PlausibleRange::min).orElse(null));
        TextField max = rangeField("rangeMax", own.map(PlausibleRange::max).orElse(null));
        Label rangeHint = new Label();
        rangeHint.setId("rangeHint");
        rangeHint.getStyleClass().add(Styles.MUTED);
        Runnable hint = () -> {
            PlausibleRange implied = PlausibleRange.defaultFor(unit.getText(), name.getText());
            min.setPromptText(implied.min() == null ? "" : Numbers.format(implied.min()));
            max.setPromptText(implied.max() == null ? "" : Numbers.format(implied.max()));
            rangeHint.setText(
                    range(min, max) == null
                            ? messages.get("indicatorForm.rangeInvalid")
                            : implied.isNone()
                                    ? messages.get("indicatorForm.rangeNone")
                                    : messages.get("indicatorForm.rangeImplied", implied.text()));
        };
        for (TextField f : List.of(min, max, unit, name)) {
            f.textProperty().addListener(o -> hint.run());
        }
        hint.run();
        g.addRow(
                r++,
                new Label(messages.get("indicatorForm.range")),
                new VBox(4, new HBox(6, min, new Label("–"), max), rangeHint));
        g.addRow(r, new Label(messages.get("col.part")), new VBox(6, list, new HBox(6, add, remove, up, down)));
        d.getDialogPane().setContent(g);
        ButtonType ok = Buttons.ok(messages);
        d.getDialogPane().getButtonTypes().setAll(ok, Buttons.cancel(messages));
        d.getDialogPane()
                .lookupButton(ok)
                .disableProperty()
                .bind(Bindings.createBooleanBinding(
                        () -> name.getText().isBlank() || range(min, max) == null,
                        name.textProperty(),
                        min.textProperty(),
                        max.textProperty()));
        d.setResultConverter(b -> {
            if (b != ok) {
                return null;
            }
            List<PartEdit> edits = new ArrayList<>();
            for (Row row : rows) {
                edits.add(new PartEdit(
                        row.id, rows.size() == 1 ? row.name : row.name.isEmpty() ? "分项" : row.name, row.unit));
            }
            return new Result(
                    new Indicator(
                            ind.id(),
                            ind.planId(),
                            ind.groupId(),
                            code.getText().strip(),
                            name.getText().strip(),
                            unit.getText().strip(),
                            direction.getValue(),
                            attribute.getValue(),
                            scale.getValue(),
                            ind.note(),
                            ind.sortOrder()),
                    edits,
                    range(min, max));
        });
        return d.showAndWait();
    }

    private static TextField rangeField(String id, Double value) {
        TextField f = new TextField(value == null ? "" : Numbers.format(value));
        f.setId(id);
        f.setPrefColumnCount(7);
        return f;
    }

    /** The range typed (NONE when both are empty), or null when a bound is not a number or min exceeds max. */
    private static PlausibleRange range(TextField min, TextField max) {
        String a = Text.normalize(min.getText());
        String b = Text.normalize(max.getText());
        Double lo = a.isEmpty() ? null : Numbers.parse(a);
        Double hi = b.isEmpty() ? null : Numbers.parse(b);
        if ((!a.isEmpty() && lo == null) || (!b.isEmpty() && hi == null) || (lo != null && hi != null && lo > hi)) {
            return null;
        }
        return new PlausibleRange(lo, hi);
    }

    private static void move(ListView<Row> list, ObservableList<Row> rows, int by) {
        int i = list.getSelectionModel().getSelectedIndex();
        int j = i + by;
        if (i < 0 || j < 0 || j >= rows.size()) {
            return;
        }
        Row r = rows.remove(i);
        rows.add(j, r);
        list.getSelectionModel().select(j);
    }

    private static <T> StringConverter<T> converter(Function<T, String> f) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "—" : f.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
