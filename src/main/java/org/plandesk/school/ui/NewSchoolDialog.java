package org.plandesk.school.ui;

import java.util.Collection;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.plandesk.school.School;
import org.plandesk.school.SchoolType;
import org.plandesk.shared.Messages;
import org.plandesk.shared.ui.Buttons;

/** 新增学校: code, name, district, type and ownership of a school that enters the registry by hand. */
final class NewSchoolDialog {
    private NewSchoolDialog() {}

    static Optional<School> ask(Window owner, Messages m, int year, Collection<String> districts) {
        TextField code = new TextField();
        code.setId("newSchoolCode");
        TextField name = new TextField();
        name.setId("newSchoolName");
        name.setPrefColumnCount(28);
        ComboBox<String> district = new ComboBox<>();
        district.setId("newSchoolDistrict");
        district.setEditable(true);
        district.getItems().setAll(districts);
        if (!districts.isEmpty()) {
            district.setValue(districts.iterator().next());
        }
        ComboBox<SchoolType> type = new ComboBox<>();
        type.setId("newSchoolType");
        type.getItems().setAll(SchoolType.values());
        type.setValue(SchoolType.PRIMARY);
        type.setConverter(new StringConverter<>() {
            @Override
            public String toString(SchoolType t) {
                return t == null ? "" : t.label();
            }

            @Override
            public SchoolType fromString(String s) {
                return SchoolType.parse(s).orElse(null);
            }
        });
        ComboBox<String> ownership = new ComboBox<>();
        ownership.getItems().setAll("公办", "民办");
        ownership.setValue("公办");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(m.get("registry.code")), code);
        grid.addRow(1, new Label(m.get("registry.name")), name);
        grid.addRow(2, new Label(m.get("registry.district")), district);
        grid.addRow(3, new Label(m.get("registry.type")), type);
        grid.addRow(4, new Label(m.get("registry.ownership")), ownership);
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(m.get("registry.newTitle", year));
        d.getDialogPane().setContent(grid);
        ButtonType ok = Buttons.ok(m);
        d.getDialogPane().getButtonTypes().addAll(ok, Buttons.cancel(m));
        d.getDialogPane()
                .lookupButton(ok)
                .disableProperty()
                .bind(code.textProperty().isEmpty().or(name.textProperty().isEmpty()));
        d.setOnShown(e -> code.requestFocus());
        return d.showAndWait()
                .filter(b -> b == ok)
                .map(b -> new School(
                        0,
                        code.getText().strip(),
                        name.getText().strip(),
                        district.getEditor().getText().strip(),
                        "",
                        type.getValue(),
                        ownership.getValue(),
                        null,
                        ""));
    }
}
