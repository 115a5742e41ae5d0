package org.plandesk.chart.ui;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.plandesk.chart.ChartTheme;
import org.plandesk.chart.export.ChartFormat;
import org.plandesk.chart.export.ExportSize;
import org.plandesk.shared.Messages;
import org.plandesk.shared.ui.Buttons;

/** Asks for format, size preset (or custom size), scale and theme of an export. */
public final class ExportDialog {
    private final Messages messages;

    public ExportDialog(Messages messages) {
        this.messages = messages;
    }

    /** Shows the dialog; {@code formats} are the formats offered, the first selected. */
    public Optional<ExportRequest> ask(Window owner, List<ChartFormat> formats) {
        Dialog<ExportRequest> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(messages.get("export.title"));
        ChoiceBox<ChartFormat> format = new ChoiceBox<>();
        format.getItems().setAll(formats);
        format.setValue(formats.get(0));
        format.setId("exportFormat");
        ChoiceBox<String> preset = new ChoiceBox<>();
        preset.getItems()
                .setAll(
                        messages.get("export.preset.fullhd"),
                        messages.get("export.preset.hd"),
                        messages.get("export.preset.a4"),
                        messages.get("export.preset.custom"));
        preset.setValue(preset.getItems().get(0));
        Spinner<Integer> width = new Spinner<>(200, 12000, 1920, 10);
        Spinner<Integer> height = new Spinner<>(150, 12000, 1080, 10);
        width.setEditable(true);
        height.setEditable(true);
        preset.valueProperty().addListener((o, old, now) -> {
            int i = preset.getItems().indexOf(now);
            ExportSize s = switch (i) {
                case 0 -> ExportSize.FULL_HD;
                case 1 -> ExportSize.HD;
                case 2 -> ExportSize.A4_300DPI;
                default -> null;
            };
            if (s != null) {
                width.getValueFactory().setValue(s.width());
                height.getValueFactory().setValue(s.height());
            }
            width.setDisable(s != null);
            height.setDisable(s != null);
        });
        width.setDisable(true);
        height.setDisable(true);
        ChoiceBox<Integer> scale = new ChoiceBox<>();
        scale.getItems().setAll(1, 2, 3);
        scale.setValue(1);
        scale.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer v) {
                return v == null ? "" : v + "×";
            }

            @Override
            public Integer fromString(String s) {
                return Integer.valueOf(s.replace("×", ""));
            }
        });
        ChoiceBox<ChartTheme.Variant> theme = new ChoiceBox<>();
        theme.getItems().setAll(ChartTheme.Variant.values());
        theme.setValue(ChartTheme.Variant.LIGHT);
        theme.setConverter(new StringConverter<>() {
            @Override
            public String toString(ChartTheme.Variant v) {
                return v == null ? "" : messages.get("theme." + v.name().toLowerCase(Locale.ROOT));
            }

            @Override
            public ChartTheme.Variant fromString(String s) {
                return ChartTheme.Variant.LIGHT;
            }
        });
        format.valueProperty().addListener((o, old, now) -> {
            boolean raster = now == ChartFormat.PNG;
            scale.setDisable(!raster);
        });
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label(messages.get("export.format")), format);
        grid.addRow(1, new Label(messages.get("export.size")), preset);
        grid.addRow(2, new Label(messages.get("export.width")), width);
        grid.addRow(3, new Label(messages.get("export.height")), height);
        grid.addRow(4, new Label(messages.get("export.scale")), scale);
        grid.addRow(5, new Label(messages.get("export.theme")), theme);
        d.getDialogPane().setContent(grid);
        ButtonType ok = Buttons.ok(messages);
        d.getDialogPane().getButtonTypes().setAll(ok, Buttons.cancel(messages));
        d.setResultConverter(b -> b == ok
                ? new ExportRequest(
                        format.getValue(),
                        new ExportSize(width.getValue(), height.getValue(), scale.getValue()),
                        theme.getValue())
                : null);
        return d.showAndWait();
    }
}
