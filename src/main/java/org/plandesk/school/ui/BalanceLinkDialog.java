package org.plandesk.school.ui;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.plandesk.school.BalanceIndicator;
import org.plandesk.school.BalanceLink;
import org.plandesk.school.Section;
import org.plandesk.shared.Messages;
import org.plandesk.shared.ui.Buttons;

/**
 * Links a plan indicator part to a figure computed from the registry: district, stage (小学 / 初中), and the composite
 * or one indicator's 差异系数. Answers the link, or an empty link (partId 0) to remove the existing one.
 */
public final class BalanceLinkDialog {
    private BalanceLinkDialog() {}

    /** What the user chose: a link, a removal, or nothing. */
    public sealed interface Answer permits Link, Remove {}

    public record Link(BalanceLink link) implements Answer {}

    public record Remove() implements Answer {}

    public static Optional<Answer> ask(
            Window owner,
            Messages messages,
            String partName,
            long partId,
            List<String> districts,
            BalanceLink current) {
        ComboBox<String> district = new ComboBox<>();
        district.setId("linkDistrict");
        district.getItems().setAll(districts);
        district.setValue(
                current != null && districts.contains(current.district())
                        ? current.district()
                        : districts.isEmpty() ? null : districts.get(0));
        ComboBox<Section> stage = new ComboBox<>();
        stage.setId("linkStage");
        stage.getItems().setAll(Section.PRIMARY, Section.JUNIOR);
        stage.setConverter(new StringConverter<>() {
            @Override
            public String toString(Section s) {
                return s == null ? "" : s.label();
            }

            @Override
            public Section fromString(String s) {
                return Section.parse(s).orElse(null);
            }
        });
        stage.setValue(current != null ? current.stage() : guessStage(partName));
        ComboBox<String> measure = new ComboBox<>();
        measure.setId("linkMeasure");
        measure.getItems().add(BalanceLink.COMPOSITE);
        for (BalanceIndicator b : BalanceIndicator.values()) {
            measure.getItems().add(b.code());
        }
        measure.setConverter(new StringConverter<>() {
            @Override
            public String toString(String code) {
                return code == null
                        ? ""
                        : BalanceLink.COMPOSITE.equals(code)
                                ? messages.get("link.composite")
                                : BalanceIndicator.ofCode(code)
                                        .map(b -> messages.get("link.indicatorCv", b.label()))
                                        .orElse(code);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        measure.setValue(current != null ? current.measure() : BalanceLink.COMPOSITE);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        Label help = new Label(messages.get("link.help"));
        help.setWrapText(true);
        help.setMaxWidth(460);
        grid.add(help, 0, 0, 2, 1);
        grid.addRow(1, new Label(messages.get("link.district")), district);
        grid.addRow(2, new Label(messages.get("link.stage")), stage);
        grid.addRow(3, new Label(messages.get("link.measure")), measure);
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(messages.get("link.title") + "：" + partName);
        d.getDialogPane().setContent(grid);
        ButtonType remove = new ButtonType(messages.get("link.remove"), ButtonBar.ButtonData.LEFT);
        ButtonType ok = Buttons.ok(messages);
        ButtonType cancel = Buttons.cancel(messages);
        d.getDialogPane().getButtonTypes().addAll(ok, cancel);
        if (current != null) {
            d.getDialogPane().getButtonTypes().add(remove);
        }
        d.getDialogPane()
                .lookupButton(ok)
                .disableProperty()
                .bind(district.valueProperty().isNull());
        Optional<ButtonType> b = d.showAndWait();
        if (b.isEmpty() || b.get() == cancel) {
            return Optional.empty();
        }
        if (b.get() == remove) {
            return Optional.of(new Remove());
        }
        return Optional.of(
                new Link(new BalanceLink(partId, district.getValue(), stage.getValue(), measure.getValue())));
    }

    /** 初中 for a part named 初中 / 中学, else 小学. */
    static Section guessStage(String partName) {
        return partName != null && (partName.contains("初中") || partName.contains("中学"))
                ? Section.JUNIOR
                : Section.PRIMARY;
    }
}
