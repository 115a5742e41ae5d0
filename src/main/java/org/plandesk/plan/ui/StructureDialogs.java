package org.plandesk.plan.ui;

import java.util.Optional;
import java.util.Set;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.plandesk.plan.Direction;
import org.plandesk.plan.Task;
import org.plandesk.plan.TaskLevel;
import org.plandesk.shared.Messages;
import org.plandesk.shared.ui.Buttons;
import org.plandesk.shared.ui.Styles;
import org.plandesk.shared.ui.grid.Spreadsheet;

/** The small forms of structural edits: a task, a new indicator (optionally in a new 一级指标), a group's name. */
public final class StructureDialogs {
    private StructureDialogs() {}

    /** A new indicator's fields; {@code group} is set only when a new 一级指标 is asked for. */
    public record NewIndicator(String group, String code, String name, String unit, Direction direction) {}

    /** Edits a task's level, 序号, title, 牵头单位 and 责任单位 (ids and place are kept from {@code task}). */
    public static Optional<Task> task(Window owner, Messages m, Task task, String titleKey, Set<String> bodies) {
        ComboBox<TaskLevel> level = new ComboBox<>();
        level.getItems().setAll(TaskLevel.values());
        level.setConverter(new StringConverter<>() {
            @Override
            public String toString(TaskLevel l) {
                return l == null ? "" : m.get(l.messageKey());
            }

            @Override
            public TaskLevel fromString(String s) {
                return null;
            }
        });
        level.setValue(task.level());
        TextField code = field(task.code(), 10, "taskCode");
        TextField title = field(task.title(), 40, "taskTitle");
        TextField lead = field(task.lead(), 40, "taskLead");
        TextField responsible = field(task.responsible(), 40, "taskResponsible");
        Completions.bind(lead, bodies);
        Completions.bind(responsible, bodies);
        GridPane grid = grid();
        grid.addRow(0, new Label(m.get("task.form.level")), level);
        grid.addRow(1, new Label(m.get("task.form.code")), code);
        grid.addRow(2, new Label(m.get("task.form.title")), title);
        grid.addRow(3, new Label(m.get("col.lead")), lead);
        grid.addRow(4, new Label(m.get("col.responsible")), responsible);
        return ask(owner, m, m.title(titleKey), grid, title)
                .map(b -> new Task(
                        task.id(),
                        task.planId(),
                        task.parentId(),
                        level.getValue(),
                        code.getText().strip(),
                        title.getText().strip(),
                        lead.getText().strip(),
                        responsible.getText().strip(),
                        task.sortOrder()));
    }

    /** A new indicator; with {@code withGroup} also the name of its new 一级指标. */
    public static Optional<NewIndicator> indicator(Window owner, Messages m, boolean withGroup, Set<String> units) {
        TextField group = field("", 30, "newGroupName");
        TextField code = field("", 8, "newIndicatorCode");
        TextField name = field("", 40, "newIndicatorName");
        TextField unit = field("", 8, "newIndicatorUnit");
        Completions.bind(unit, units);
        ComboBox<Direction> direction = new ComboBox<>();
        direction.getItems().setAll(Direction.values());
        direction.setConverter(new StringConverter<>() {
            @Override
            public String toString(Direction d) {
                return d == null ? "" : m.get("direction." + d.code());
            }

            @Override
            public Direction fromString(String s) {
                return null;
            }
        });
        direction.setValue(Direction.HIGHER_IS_BETTER);
        GridPane grid = grid();
        int row = 0;
        if (withGroup) {
            grid.addRow(row++, new Label(m.get("structure.form.group")), group);
        }
        grid.addRow(row++, new Label(m.get("structure.form.code")), code);
        grid.addRow(row++, new Label(m.get("structure.form.name")), name);
        grid.addRow(row++, new Label(m.get("structure.form.unit")), unit);
        grid.addRow(row, new Label(m.get("structure.form.direction")), direction);
        return ask(
                        owner,
                        m,
                        m.title(withGroup ? "structure.menu.addGroup" : "structure.menu.addIndicator"),
                        grid,
                        withGroup ? group : name)
                .map(b -> new NewIndicator(
                        withGroup ? group.getText().strip() : null,
                        code.getText().strip(),
                        name.getText().strip(),
                        unit.getText().strip(),
                        direction.getValue()));
    }

    /** A group's new name. */
    public static Optional<String> groupName(Window owner, Messages m, String current) {
        TextField name = field(current, 30, "groupName");
        GridPane grid = grid();
        grid.addRow(0, new Label(m.get("structure.form.group")), name);
        return ask(owner, m, m.title("structure.menu.renameGroup"), grid, name)
                .map(b -> name.getText().strip());
    }

    private static TextField field(String text, int columns, String id) {
        TextField f = new TextField(text == null ? "" : text);
        f.setPrefColumnCount(columns);
        f.setId(id);
        return f;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        return grid;
    }

    private static Optional<ButtonType> ask(Window owner, Messages m, String title, GridPane content, TextField focus) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(title);
        d.getDialogPane().setContent(content);
        ButtonType ok = Buttons.ok(m);
        d.getDialogPane().getButtonTypes().addAll(ok, Buttons.cancel(m));
        // the required field left empty: the dialog stays with everything typed, the field framed, the reason below
        Label why = new Label();
        why.setId("dialogProblem");
        why.getStyleClass().add(Styles.MUTED);
        content.add(why, 0, content.getRowCount(), 2, 1);
        focus.textProperty().addListener(o -> {
            if (!focus.getText().isBlank()) {
                why.setText("");
                focus.getStyleClass().remove(Spreadsheet.REFUSED);
            }
        });
        d.getDialogPane().lookupButton(ok).addEventFilter(ActionEvent.ACTION, e -> {
            if (focus.getText().isBlank()) {
                why.setText(m.get("form.required"));
                if (!focus.getStyleClass().contains(Spreadsheet.REFUSED)) {
                    focus.getStyleClass().add(Spreadsheet.REFUSED);
                }
                focus.requestFocus();
                e.consume();
            }
        });
        d.setOnShown(e -> focus.requestFocus());
        return d.showAndWait().filter(b -> b == ok);
    }
}
