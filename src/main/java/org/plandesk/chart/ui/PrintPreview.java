package org.plandesk.chart.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.jfree.fx.FXGraphics2D;
import org.plandesk.chart.ChartTheme;
import org.plandesk.chart.PlanChart;
import org.plandesk.chart.export.ChartExporter;
import org.plandesk.chart.export.PlanPrint;
import org.plandesk.chart.export.PrintPage;
import org.plandesk.chart.export.PrinterPages;
import org.plandesk.io.AtomicFiles;
import org.plandesk.plan.PlanData;
import org.plandesk.shared.Messages;
import org.plandesk.shared.TaskRunner;
import org.plandesk.shared.ui.Alerts;
import org.plandesk.shared.ui.Buttons;
import org.plandesk.shared.ui.DialogSizes;

/**
 * 文件 → 打印… (Ctrl+P): page setup (what, which years, orientation), a preview of every page, 打印… through the
 * system's printer dialog and 导出为 PDF…. JavaFX printing has neither a preview nor PDF output, so the pages come from
 * one page model ({@link PlanPrint}) that draws the preview, the PDF (with the bundled font) and the printer's pages.
 */
public final class PrintPreview {
    private final Messages messages;
    private final ChartTheme theme;
    private final TaskRunner runner;
    private final Consumer<String> status;
    private final BiFunction<Window, String, Optional<Path>> pdfTarget;
    private final DialogSizes sizes;
    private List<PrintPage> pages = List.of();
    private int index;

    /**
     * @param pdfTarget asks where to save the PDF, given a name to suggest (without extension) (a file chooser; tests answer
     *     directly)
     */
    public PrintPreview(
            Messages messages,
            ChartTheme theme,
            TaskRunner runner,
            Consumer<String> status,
            BiFunction<Window, String, Optional<Path>> pdfTarget,
            DialogSizes sizes) {
        this.messages = messages;
        this.theme = theme;
        this.runner = runner;
        this.status = status;
        this.pdfTarget = pdfTarget;
        this.sizes = sizes;
    }

    public void show(Window owner, PlanData data, Integer focus, PlanChart chart, int currentYear, LocalDate today) {
        PlanPrint model = new PlanPrint(theme, messages);
        Dialog<Void> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(messages.title("menu.file.print"));
        sizes.apply(d, "dialog.print");
        ChoiceBox<PlanPrint.Content> content = choice(
                "printContent", List.of(PlanPrint.Content.values()), c -> messages.get("print.content." + c.name()));
        content.setValue(chart == null ? PlanPrint.Content.TABLE : PlanPrint.Content.TABLE_AND_CHART);
        List<Integer> yearChoices = new ArrayList<>();
        yearChoices.add(null);
        int[] span = data.yearSpan();
        for (int y = span[0]; y <= span[1]; y++) {
            yearChoices.add(y);
        }
        ChoiceBox<Integer> years = choice(
                "printYears",
                yearChoices,
                y -> y == null ? messages.get("yearFocus.all") : messages.get("col.year", y));
        years.setValue(focus);
        ChoiceBox<Boolean> orientation = choice(
                "printOrientation",
                List.of(true, false),
                landscape -> messages.get(landscape ? "print.landscape" : "print.portrait"));
        orientation.setValue(true);

        Canvas canvas = new Canvas();
        canvas.setId("printCanvas");
        Pane area = new Pane(canvas);
        area.setPrefSize(800, 560);
        area.setStyle("-fx-background-color: #8a929c;");
        canvas.widthProperty().bind(area.widthProperty());
        canvas.heightProperty().bind(area.heightProperty());
        Label pageLabel = new Label();
        pageLabel.setId("printPageLabel");
        Button previous = new Button(messages.get("print.previous"));
        Button next = new Button(messages.get("print.next"));
        Runnable draw = () -> {
            pageLabel.setText(pages.isEmpty() ? "" : messages.get("print.page", index + 1, pages.size()));
            previous.setDisable(index <= 0);
            next.setDisable(index >= pages.size() - 1);
            paint(canvas, pages.isEmpty() ? null : pages.get(index));
        };
        previous.setOnAction(e -> {
            index = Math.max(0, index - 1);
            draw.run();
        });
        next.setOnAction(e -> {
            index = Math.min(pages.size() - 1, index + 1);
            draw.run();
        });
        canvas.widthProperty().addListener(o -> draw.run());
        canvas.heightProperty().addListener(o -> draw.run());
        Runnable layout = () -> {
            PlanPrint.Options o = new PlanPrint.Options(years.getValue(), orientation.getValue(), content.getValue());
            runner.read(
                    p -> model.pages(data, currentYear, today, chart, o),
                    laid -> {
                        pages = laid;
                        index = Math.min(index, Math.max(0, pages.size() - 1));
                        draw.run();
                    },
                    e -> Alerts.failure(owner, messages, e));
        };
        content.valueProperty().addListener(o -> layout.run());
        years.valueProperty().addListener(o -> layout.run());
        orientation.valueProperty().addListener(o -> layout.run());

        HBox setup = new HBox(
                8,
                new Label(messages.get("print.what")),
                content,
                new Label(messages.get("print.years")),
                years,
                new Label(messages.get("print.orientation")),
                orientation);
        setup.setAlignment(Pos.CENTER_LEFT);
        HBox nav = new HBox(10, previous, pageLabel, next);
        nav.setAlignment(Pos.CENTER);
        BorderPane pane = new BorderPane(area, setup, null, nav, null);
        BorderPane.setMargin(area, new Insets(8, 0, 8, 0));
        d.getDialogPane().setContent(pane);
        ButtonType print = new ButtonType(messages.get("print.print"), ButtonBar.ButtonData.OTHER);
        ButtonType pdf = new ButtonType(messages.get("print.pdf"), ButtonBar.ButtonData.OTHER);
        d.getDialogPane().getButtonTypes().setAll(print, pdf, Buttons.close(messages));
        d.getDialogPane().lookupButton(print).addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            print(owner, List.copyOf(pages));
        });
        d.getDialogPane().lookupButton(pdf).addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            pdf(owner, data, List.copyOf(pages));
        });
        d.getDialogPane().setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.PAGE_DOWN) {
                next.fire();
            } else if (e.getCode() == KeyCode.PAGE_UP) {
                previous.fire();
            }
        });
        layout.run();
        d.show();
    }

    /** The page scaled to fit the preview, on a grey desk with its edge. */
    private static void paint(Canvas canvas, PrintPage page) {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        gc.clearRect(0, 0, w, h);
        if (page == null || w < 20 || h < 20) {
            return;
        }
        double s = Math.min((w - 24) / page.width(), (h - 24) / page.height());
        double x = (w - page.width() * s) / 2;
        double y = (h - page.height() * s) / 2;
        gc.setFill(Color.rgb(0, 0, 0, 0.25));
        gc.fillRect(x + 3, y + 3, page.width() * s, page.height() * s);
        gc.save();
        gc.translate(x, y);
        gc.scale(s, s);
        FXGraphics2D g = new FXGraphics2D(gc);
        page.painter().accept(g);
        g.dispose();
        gc.restore();
    }

    private void pdf(Window owner, PlanData data, List<PrintPage> toWrite) {
        if (toWrite.isEmpty()) {
            return;
        }
        pdfTarget
                .apply(owner, data.plan().displayName() + ".pdf")
                .ifPresent(file -> runner.read(
                        p -> {
                            AtomicFiles.write(
                                    file,
                                    out -> new ChartExporter(theme)
                                            .pdfPages(toWrite, data.plan().title(), out));
                            return file;
                        },
                        f -> status.accept(messages.get("export.done", f)),
                        e -> Alerts.failure(owner, messages, e)));
    }

    /** The system's printer dialog, then every page, in the background (the dialog blocks the thread it runs on). */
    private void print(Window owner, List<PrintPage> toPrint) {
        if (toPrint.isEmpty() || !PrinterPages.available()) {
            Alerts.info(owner, messages, messages.get("print.noPrinter"));
            return;
        }
        String name = messages.get("app.name");
        runner.read(
                p -> PrinterPages.print(toPrint, name),
                sent -> {
                    if (sent) {
                        status.accept(messages.get("print.sent"));
                    }
                },
                e -> Alerts.failure(owner, messages, e));
    }

    private static <T> ChoiceBox<T> choice(String id, List<T> items, Function<T, String> text) {
        ChoiceBox<T> box = new ChoiceBox<>();
        box.getItems().setAll(items);
        box.setId(id);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null && !items.contains(null) ? "" : text.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        return box;
    }
}
