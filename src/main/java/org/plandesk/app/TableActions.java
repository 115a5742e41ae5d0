package org.plandesk.app;

import java.io.File;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.input.Clipboard;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.plandesk.context.AppContext;
import org.plandesk.io.AtomicFiles;
import org.plandesk.io.FileNames;
import org.plandesk.io.RawTable;
import org.plandesk.io.TableFiles;
import org.plandesk.io.TextDecoding;
import org.plandesk.plan.PlanData;
import org.plandesk.plan.io.LongCsvWriter;
import org.plandesk.plan.io.LongRow;
import org.plandesk.plan.io.PlanTables;
import org.plandesk.plan.io.wide.WideTables;
import org.plandesk.plan.io.wide.WideWriters;
import org.plandesk.plan.service.PlanSummary;
import org.plandesk.plan.ui.ImportDialog;
import org.plandesk.plan.ui.ImportViewModel;
import org.plandesk.shared.Messages;
import org.plandesk.shared.TaskRunner;
import org.plandesk.shared.ui.Alerts;
import org.plandesk.shared.ui.DialogSizes;
import org.plandesk.shared.ui.Notices;
import org.plandesk.shared.ui.ProgressDialog;
import org.plandesk.shared.undo.UndoStack;

/** 导入表格, 从剪贴板导入 and 导出规划: reading and writing in the background, the preview dialog in between. */
final class TableActions {
    private final DialogSizes sizes;
    private final Stage stage;
    private final Messages messages;
    private final TaskRunner runner;
    private final Supplier<AppContext> context;
    private final Consumer<String> status;
    private final Runnable imported;
    private final Supplier<UndoStack> undo;

    TableActions(
            Stage stage,
            Messages messages,
            TaskRunner runner,
            Supplier<AppContext> context,
            Consumer<String> status,
            Runnable imported,
            Supplier<UndoStack> undo,
            DialogSizes sizes) {
        this.undo = undo;
        this.sizes = sizes;
        this.stage = stage;
        this.messages = messages;
        this.runner = runner;
        this.context = context;
        this.status = status;
        this.imported = imported;
    }

    void importFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.title("menu.file.import"));
        chooser.getExtensionFilters()
                .add(new FileChooser.ExtensionFilter(
                        "CSV / TSV / TXT / XLSX / XLS", "*.csv", "*.tsv", "*.txt", "*.xlsx", "*.xls"));
        File f = chooser.showOpenDialog(stage);
        if (f != null) {
            read(f.toPath(), null);
        }
    }

    /** Imports a file given (dropped on the window): the preview first, as from the menu. */
    void importFile(Path file) {
        read(file, null);
    }

    private void read(Path file, String sheet) {
        runner.read(
                p -> {
                    byte[] bytes = TableFiles.bytes(file);
                    if (!TableFiles.isWorkbook(bytes) && PlanTables.hasPlanDeskHeader(bytes)) {
                        return PlanTables.parse(TextDecoding.decode(bytes).text(), null);
                    }
                    return WideTables.read(bytes, file.getFileName().toString(), sheet);
                },
                result -> {
                    if (result instanceof PlanTables tables) {
                        write(
                                tables.rows(),
                                List.of(),
                                tables,
                                file.getFileName().toString());
                    } else {
                        RawTable raw = (RawTable) result;
                        if (sheet == null && raw.sheets().size() > 1) {
                            // offered first: the sheet the table was found on (a cover sheet 说明 is passed over)
                            String found = WideTables.sheetOf(raw);
                            ChoiceDialog<String> pick = new ChoiceDialog<>(found, raw.sheets());
                            pick.initOwner(stage);
                            pick.setHeaderText(null);
                            pick.setContentText(messages.get("import.sheet"));
                            pick.showAndWait().ifPresent(s -> {
                                if (s.equals(found)) {
                                    preview(raw, baseName(file));
                                } else {
                                    read(file, s);
                                }
                            });
                        } else {
                            preview(raw, baseName(file));
                        }
                    }
                },
                this::failed);
    }

    void importClipboard() {
        String text = Clipboard.getSystemClipboard().getString();
        if (text == null || text.isBlank()) {
            status.accept(messages.get("import.clipboardEmpty"));
            return;
        }
        runner.read(
                p -> TableFiles.text(text, messages.get("import.clipboard")),
                raw -> preview(raw, messages.get("import.clipboardPlan")),
                this::failed);
    }

    private void preview(RawTable raw, String title) {
        AppContext ctx = context.get();
        record Start(List<PlanSummary> plans, PlanData into) {}
        runner.read(
                p -> new Start(
                        ctx.plans().plans(), ctx.plans().matchFor(title, raw).orElse(null)),
                start -> {
                    ImportViewModel vm = new ImportViewModel(raw, title, start.into(), runner);
                    new ImportDialog(messages, runner, id -> ctx.plans().load(id), sizes)
                            .show(stage, vm, start.plans())
                            .ifPresent(choice -> write(choice.rows(), choice.notes(), null, choice.planName()));
                },
                this::failed);
    }

    /** Writes an import in one transaction, with progress and cancel; cancelling writes nothing. */
    private void write(List<LongRow> rows, List<String> notes, PlanTables tables, String name) {
        AppContext ctx = context.get();
        ProgressDialog progress = new ProgressDialog(stage, messages, messages.get("import.progress"));
        String description = messages.get("undo.import", name, rows.size());
        TaskRunner.Handle handle = runner.run(
                p -> undo.get()
                        .record(ctx.imports()
                                .importUndoable(
                                        tables == null ? List.of() : tables.plans(),
                                        tables == null ? List.of() : tables.tasks(),
                                        rows,
                                        notes,
                                        description,
                                        p)),
                progress,
                edit -> {
                    progress.close();
                    String done = messages.get(
                            "import.done",
                            name,
                            edit.summary().targetsWritten() + edit.summary().actualsWritten());
                    status.accept(done);
                    Notices.done(stage, messages, done);
                    imported.run();
                },
                e -> {
                    progress.close();
                    if (e instanceof CancellationException) {
                        status.accept(messages.get("import.cancelled"));
                    } else {
                        failed(e);
                    }
                });
        progress.open(handle, () -> status.accept(messages.get("import.cancelled")));
    }

    void exportPlan(PlanData data) {
        if (data == null) {
            return;
        }
        List<String> formats = List.of(
                messages.get("export.plan.xlsx"),
                messages.get("export.plan.widecsv"),
                messages.get("export.plan.widecsvgbk"),
                messages.get("export.plan.longcsv"));
        ChoiceDialog<String> pick = new ChoiceDialog<>(formats.get(0), formats);
        pick.initOwner(stage);
        pick.setHeaderText(null);
        pick.setContentText(messages.get("export.format"));
        pick.showAndWait().ifPresent(choice -> {
            int kind = formats.indexOf(choice);
            Charset legacy = Charset.forName("GBK");
            if (kind == 2) {
                String missing = WideWriters.unencodable(data, legacy);
                if (!missing.isEmpty()) {
                    // GBK would write ? for these: offer GB18030, which holds every character and opens the same way
                    if (!Alerts.confirm(stage, messages, messages.get("export.gbkMissing", missing))) {
                        return;
                    }
                    legacy = Charset.forName("GB18030");
                }
            }
            Charset wideCharset = legacy;
            FileChooser chooser = new FileChooser();
            chooser.setInitialFileName(
                    FileNames.name(data.plan().displayName(), "规划") + (kind == 0 ? ".xlsx" : ".csv"));
            File f = chooser.showSaveDialog(stage);
            if (f == null) {
                return;
            }
            ProgressDialog progress = new ProgressDialog(stage, messages, messages.get("export.progress"));
            TaskRunner.Handle handle = runner.read(
                    p -> {
                        AtomicFiles.write(f.toPath(), os -> {
                            switch (kind) {
                                case 0 -> WideWriters.xlsx(data, os);
                                case 1 -> WideWriters.csv(data, StandardCharsets.UTF_8, os);
                                case 2 -> WideWriters.csv(data, wideCharset, os);
                                default -> {
                                    Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8);
                                    new LongCsvWriter().write(List.of(data), w);
                                }
                            }
                            if (p.isCancelled()) {
                                // the half-written file is removed; the target is left as it was
                                throw new CancellationException();
                            }
                        });
                        return f.toPath();
                    },
                    progress,
                    path -> {
                        progress.close();
                        status.accept(messages.get("export.done", path));
                        Notices.done(stage, messages, messages.get("export.done", path));
                    },
                    e -> {
                        progress.close();
                        if (e instanceof CancellationException) {
                            status.accept(messages.get("export.cancelled"));
                        } else {
                            failed(e);
                        }
                    });
            progress.open(handle, () -> status.accept(messages.get("export.cancelled")));
        });
    }

    private void failed(Throwable e) {
        Alerts.failure(stage, messages, e);
    }

    private static String baseName(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
