package org.plandesk.chart.ui;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.plandesk.chart.ChartTheme;
import org.plandesk.chart.PlanChart;
import org.plandesk.chart.export.ChartBatch;
import org.plandesk.chart.export.ChartExporter;
import org.plandesk.chart.export.ChartFormat;
import org.plandesk.chart.export.ExportSize;
import org.plandesk.chart.report.DocxReport;
import org.plandesk.chart.report.PdfReport;
import org.plandesk.chart.report.ProgressReport;
import org.plandesk.chart.report.ProgressReports;
import org.plandesk.io.AtomicFiles;
import org.plandesk.io.FileNames;
import org.plandesk.plan.PlanData;
import org.plandesk.shared.Failures;
import org.plandesk.shared.Messages;
import org.plandesk.shared.TaskRunner;
import org.plandesk.shared.ui.Alerts;
import org.plandesk.shared.ui.DialogSizes;
import org.plandesk.shared.ui.ProgressDialog;

/** What a user can do with a chart: export, copy, open in a window, present, export a whole plan. */
public final class ChartActions {
    private final Messages messages;
    private final ChartTheme theme;
    private final TaskRunner runner;
    private final Consumer<String> status;
    private final String author;
    private final Clock clock;

    /**
     * @param status where short results go ("已导出 …"), e.g. the status bar
     * @param author the OS user, the author of decks and reports
     */
    public ChartActions(
            Messages messages,
            ChartTheme theme,
            TaskRunner runner,
            Consumer<String> status,
            String author,
            Clock clock) {
        this.messages = messages;
        this.theme = theme;
        this.runner = runner;
        this.status = status;
        this.author = author;
        this.clock = clock;
    }

    public ChartTheme theme() {
        return theme;
    }

    private BiFunction<Window, String, Optional<Path>> pdfTarget = this::choosePdf;

    /** Where 导出为 PDF… asks for its file (a file chooser; a test answers directly). */
    public void choosePdfWith(BiFunction<Window, String, Optional<Path>> target) {
        this.pdfTarget = target;
    }

    /** 文件 → 打印…: the preview of the plan's table for the year in focus and the chart in view. */
    public void print(Window owner, PlanData data, Integer focus, PlanChart chart, LocalDate today, DialogSizes sizes) {
        new PrintPreview(messages, theme, runner, status, (w, name) -> pdfTarget.apply(w, name), sizes)
                .show(owner, data, focus, chart, today.getYear(), today);
    }

    private Optional<Path> choosePdf(Window owner, String suggested) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.title("print.pdf"));
        chooser.setInitialFileName(FileNames.name(suggested, "plandesk") + ".pdf");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        File f = chooser.showSaveDialog(owner);
        return Optional.ofNullable(f).map(File::toPath);
    }

    /** Export dialog, file chooser, then the export in the background. */
    public void export(Window owner, PlanChart chart) {
        if (chart == null) {
            return;
        }
        new ExportDialog(messages).ask(owner, List.of(ChartFormat.values())).ifPresent(req -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(messages.get("export.title"));
            chooser.setInitialFileName(chart.fileStem() + "." + req.format().extension());
            chooser.getExtensionFilters()
                    .add(new FileChooser.ExtensionFilter(
                            req.format().name(), "*." + req.format().extension()));
            File f = chooser.showSaveDialog(owner);
            if (f == null) {
                return;
            }
            ChartBatch batch = new ChartBatch(new ChartExporter(theme.withVariant(req.variant())));
            runner.read(
                    p -> {
                        batch.one(chart, req.format(), req.size(), f.toPath());
                        return f.toPath();
                    },
                    path -> status.accept(messages.get("export.done", path)),
                    e -> error(owner, e));
        });
    }

    /** Renders at 1920×1080 in the background and puts the image on the clipboard, for WPS, Word or PowerPoint. */
    public void copy(Window owner, PlanChart chart) {
        if (chart == null) {
            return;
        }
        ChartExporter exporter = new ChartExporter(theme);
        runner.read(
                p -> exporter.image(chart, ExportSize.FULL_HD),
                (BufferedImage img) -> {
                    ClipboardContent content = new ClipboardContent();
                    content.putImage(SwingFXUtils.toFXImage(img, null));
                    Clipboard.getSystemClipboard().setContent(content);
                    status.accept(messages.get("export.copied", chart.title()));
                },
                e -> error(owner, e));
    }

    /** A window of its own that follows the chart as it changes. */
    public Stage openWindow(Window owner, ObservableValue<PlanChart> chart) {
        ChartCanvas canvas = new ChartCanvas(theme);
        canvas.chartProperty().bind(chart);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setScene(new Scene(new VBox(canvas), 1120, 630));
        VBox.setVgrow(canvas, Priority.ALWAYS);
        stage.titleProperty()
                .bind(Bindings.createStringBinding(
                        () -> chart.getValue() == null ? "" : chart.getValue().title(), chart));
        stage.show();
        return stage;
    }

    public PresentationMode present(Window owner, List<PlanChart> charts) {
        PresentationMode mode = new PresentationMode(owner, charts, theme);
        mode.open();
        return mode;
    }

    /** Every chart of a plan to a folder (png, svg, pdf) or one deck (pptx), with progress and cancel. */
    public void exportAll(Window owner, List<PlanChart> charts, String deckTitle, String deckSubtitle) {
        new ExportDialog(messages)
                .ask(owner, List.of(ChartFormat.PPTX, ChartFormat.PNG, ChartFormat.SVG, ChartFormat.PDF))
                .ifPresent(req -> {
                    Path target;
                    if (req.format() == ChartFormat.PPTX) {
                        FileChooser chooser = new FileChooser();
                        chooser.setInitialFileName(FileNames.name(deckTitle, "图表") + ".pptx");
                        File f = chooser.showSaveDialog(owner);
                        target = f == null ? null : f.toPath();
                    } else {
                        File dir = new DirectoryChooser().showDialog(owner);
                        target = dir == null ? null : dir.toPath();
                    }
                    if (target != null) {
                        runBatch(owner, charts, req, target, deckTitle, deckSubtitle);
                    }
                });
    }

    /**
     * 图表 → 生成实施情况报告…: the plan's progress report for a year as a Word document, written in the background.
     */
    public void report(Window owner, PlanData data, int year) {
        String name = FileNames.name(data.plan().displayName() + year + "年实施情况报告", "report") + ".docx";
        reportTarget
                .apply(owner, name)
                .ifPresent(path -> runner.read(
                        p -> {
                            ProgressReport r = new ProgressReports(messages, clock).build(data, year);
                            boolean pdf = path.getFileName()
                                    .toString()
                                    .toLowerCase(Locale.ROOT)
                                    .endsWith(".pdf");
                            AtomicFiles.write(path, os -> {
                                if (pdf) {
                                    new PdfReport(theme, messages).write(r, os);
                                } else {
                                    new DocxReport(theme, messages, author, clock).write(r, os);
                                }
                            });
                            return path;
                        },
                        done -> status.accept(messages.get("report.done", done)),
                        e -> error(owner, e)));
    }

    private BiFunction<Window, String, Optional<Path>> reportTarget = ChartActions::chooseDocx;

    /** Where 生成实施情况报告… asks for its file (a file chooser; a test answers directly). */
    public void chooseReportWith(BiFunction<Window, String, Optional<Path>> target) {
        this.reportTarget = target;
    }

    /** Asks where a report goes: a save dialog for Word documents. */
    private static Optional<Path> chooseDocx(Window owner, String initialName) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(initialName);
        chooser.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter("Word (*.docx)", "*.docx"),
                        new FileChooser.ExtensionFilter("PDF (*.pdf)", "*.pdf"));
        File f = chooser.showSaveDialog(owner);
        return Optional.ofNullable(f).map(File::toPath);
    }

    private void runBatch(
            Window owner,
            List<PlanChart> charts,
            ExportRequest req,
            Path target,
            String deckTitle,
            String deckSubtitle) {
        ProgressDialog dialog = new ProgressDialog(owner, messages, messages.get("export.batch.title"));
        ChartBatch batch = new ChartBatch(new ChartExporter(theme.withVariant(req.variant())));
        TaskRunner.Handle handle = runner.read(
                p -> {
                    if (req.format() == ChartFormat.PPTX) {
                        // native charts the planner can edit in PowerPoint or WPS (pictures only from the command line)
                        batch.toNativeDeck(charts, deckTitle, deckSubtitle, messages, author, clock, target, p);
                    } else {
                        batch.toFolder(charts, req.format(), req.size(), target, p);
                    }
                    return target;
                },
                dialog,
                path -> {
                    dialog.close();
                    status.accept(messages.get("export.batch.done", charts.size(), path));
                },
                e -> {
                    dialog.close();
                    if (!(e instanceof CancellationException)) {
                        error(owner, e);
                    }
                });
        dialog.open(handle, () -> status.accept(messages.get("export.batch.cancelled")));
    }

    private void error(Window owner, Throwable e) {
        Alerts.error(owner, messages, messages.get("export.failed", Failures.describe(e, messages)));
    }
}
