package org.plandesk.school.ui;

import java.io.File;
import java.time.Year;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.plandesk.chart.ui.ChartActions;
import org.plandesk.io.AtomicFiles;
import org.plandesk.io.TableFiles;
import org.plandesk.school.SplitWeights;
import org.plandesk.school.io.ExampleSchools;
import org.plandesk.school.io.SchoolTable;
import org.plandesk.school.io.SchoolTableParser;
import org.plandesk.school.io.SchoolTableWriter;
import org.plandesk.school.service.BalanceService;
import org.plandesk.school.service.SchoolImportService;
import org.plandesk.school.service.SchoolService;
import org.plandesk.shared.Failures;
import org.plandesk.shared.InputRejectedException;
import org.plandesk.shared.Messages;
import org.plandesk.shared.TaskRunner;
import org.plandesk.shared.ui.Buttons;
import org.plandesk.shared.ui.ProgressDialog;
import org.plandesk.shared.ui.Styles;
import org.plandesk.shared.undo.UndoStack;
import org.plandesk.shared.undo.UndoableEdit;

/**
 * 学校登记与均衡统计: the registry grid and the balance statistics with their charts in one window, with import
 * (preview, all or nothing, progress and cancel), export, the fictitious example, the split weights, and undo.
 */
public final class SchoolsWindow {
    /** The services the window works with. */
    public record Services(SchoolService schools, SchoolImportService imports, BalanceService balance) {}

    private final Stage stage = new Stage();
    private final Services services;
    private final Messages messages;
    private final TaskRunner runner;
    private final UndoStack undo;
    private final Runnable registryChanged;
    private final RegistryViewModel registry;
    private final BalanceViewModel balance;
    private final Label status = new Label();

    /**
     * @param registryChanged called after every change to the registry (linked plan actuals follow it)
     */
    public SchoolsWindow(
            Window owner,
            Services services,
            Messages messages,
            TaskRunner runner,
            UndoStack undo,
            ChartActions charts,
            ZoneId zone,
            Runnable registryChanged) {
        this.services = services;
        this.messages = messages;
        this.runner = runner;
        this.undo = undo;
        this.registryChanged = registryChanged;
        Consumer<UndoableEdit> push = undo::push;
        registry = new RegistryViewModel(services.schools(), runner, messages, push);
        balance = new BalanceViewModel(services.balance(), runner, messages);
        registry.setAfterSave(this::changed);
        balance.yearProperty().bind(registry.yearProperty());
        RegistryView registryView = new RegistryView(registry, messages, zone);
        BalanceView balanceView = new BalanceView(balance, charts, messages);

        ComboBox<Integer> year = new ComboBox<>(registry.years());
        year.setId("schoolYear");
        year.valueProperty().bindBidirectional(registry.yearProperty());
        Button importButton = new Button(messages.get("schools.import"));
        importButton.setId("schoolsImport");
        importButton.setOnAction(e -> chooseAndImport());
        Button example = new Button(messages.get("schools.example"));
        example.setId("schoolsExample");
        example.setOnAction(e -> importBytes(ExampleSchools.FILE_NAME, ExampleSchools.bytes()));
        Button add = new Button(messages.get("registry.new"));
        add.setId("schoolsNew");
        add.setOnAction(e -> {
            int y = registry.yearProperty().get() == null
                    ? Year.now().getValue()
                    : registry.yearProperty().get();
            NewSchoolDialog.ask(
                            stage,
                            messages,
                            y,
                            registry.rows().stream()
                                    .map(r -> r.school().district())
                                    .distinct()
                                    .toList())
                    .ifPresent(s -> registry.addSchool(s, y));
        });
        Button export = new Button(messages.get("schools.export"));
        export.setOnAction(e -> export());
        Button weights = new Button(messages.get("schools.weights"));
        weights.setOnAction(e -> weights());
        HBox bar =
                new HBox(8, new Label(messages.get("schools.year")), year, add, importButton, example, export, weights);
        bar.setStyle("-fx-padding: 6; -fx-alignment: center-left;");

        TabPane tabs = new TabPane(
                new Tab(messages.get("schools.tab.registry"), registryView.node()),
                new Tab(messages.get("schools.tab.balance"), balanceView.node()));
        tabs.setId("schoolTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        status.textProperty().bind(registry.messageProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox statusBar = new HBox(12, status, gap);
        statusBar.getStyleClass().add(Styles.STATUS_BAR);
        BorderPane root = new BorderPane(tabs);
        root.setTop(bar);
        root.setBottom(statusBar);
        Scene scene = new Scene(root, 1360, 820);
        scene.getStylesheets().add(Styles.STYLESHEET);
        scene.getAccelerators()
                .put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), () -> undoOrRedo(true));
        scene.getAccelerators()
                .put(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), () -> undoOrRedo(false));
        stage.setScene(scene);
        stage.setTitle(messages.get("schools.title"));
        stage.initOwner(owner);
        registry.load();
    }

    public Stage stage() {
        return stage;
    }

    public RegistryViewModel registry() {
        return registry;
    }

    public BalanceViewModel balance() {
        return balance;
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    private void changed() {
        balance.load();
        registryChanged.run();
    }

    private void reloadAll() {
        registry.load();
        balance.load();
        registryChanged.run();
    }

    private void undoOrRedo(boolean back) {
        runner.run(
                p -> undo.step(back).orElse(null),
                d -> {
                    if (d != null) {
                        registry.messageProperty().set(messages.get(back ? "undo.done" : "redo.done", d));
                        reloadAll();
                    }
                },
                this::failed);
    }

    private void chooseAndImport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("schools.import"));
        chooser.getExtensionFilters()
                .add(new FileChooser.ExtensionFilter(
                        messages.get("schools.filter"), "*.csv", "*.tsv", "*.txt", "*.xlsx", "*.xls"));
        File f = chooser.showOpenDialog(stage);
        if (f == null) {
            return;
        }
        longWork(
                messages.get("schools.reading", f.getName()),
                false,
                p -> TableFiles.bytes(f.toPath()),
                bytes -> importBytes(f.getName(), bytes));
    }

    /** Reads a table in the background, shows the preview, and imports it when the user agrees. */
    public void importBytes(String name, byte[] bytes) {
        registry.messageProperty().set(messages.get("schools.reading", name));
        longWork(
                messages.get("schools.reading", name),
                false,
                p -> {
                    SchoolTable t = new SchoolTableParser().parse(TableFiles.read(bytes, name, null));
                    return new Object[] {
                        t, t.problems().isEmpty() ? services.imports().preview(t) : null
                    };
                },
                r -> {
                    SchoolTable t = (SchoolTable) r[0];
                    if (SchoolImportDialog.ask(stage, messages, name, t, (SchoolImportService.Summary) r[1])) {
                        apply(t);
                    } else {
                        registry.messageProperty().set(messages.get("schools.notImported"));
                    }
                });
    }

    private void apply(SchoolTable t) {
        registry.messageProperty()
                .set(messages.get("schools.importing", t.rows().size()));
        longWork(
                messages.get("schools.importing", t.rows().size()),
                true,
                p -> {
                    var result = services.imports().apply(t, p::isCancelled);
                    undo.record(UndoableEdit.named(
                            messages.get("undo.schoolImport", t.rows().size()), result.undo()));
                    return result;
                },
                result -> {
                    var s = result.summary();
                    registry.messageProperty()
                            .set(messages.get(
                                    "cli.schools.done",
                                    t.rows().size(),
                                    s.newSchools(),
                                    s.changedSchools(),
                                    s.newRows(),
                                    s.changedRows(),
                                    s.unchangedRows()));
                    reloadAll();
                });
    }

    private void export() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("schools.export"));
        chooser.setInitialFileName(messages.get("schools.exportName") + ".xlsx");
        chooser.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter("Excel (*.xlsx)", "*.xlsx"),
                        new FileChooser.ExtensionFilter("CSV (UTF-8)", "*.csv"));
        File f = chooser.showSaveDialog(stage);
        if (f == null) {
            return;
        }
        boolean csv = f.getName().toLowerCase(Locale.ROOT).endsWith(".csv");
        longWork(
                messages.get("schools.export"),
                false,
                p -> {
                    var rows = services.imports().rows();
                    AtomicFiles.write(f.toPath(), os -> {
                        if (csv) {
                            SchoolTableWriter.csv(rows, os);
                        } else {
                            SchoolTableWriter.xlsx(rows, os);
                        }
                    });
                    return rows.size();
                },
                n -> registry.messageProperty().set(messages.get("cli.schools.exported", n, f)));
    }

    private void weights() {
        runner.read(
                p -> services.balance().weights(),
                w -> {
                    TextInputDialog d = new TextInputDialog(w.juniorPerPrimary() + " / " + w.seniorPerJunior());
                    d.initOwner(stage);
                    d.setTitle(messages.get("schools.weights"));
                    d.setHeaderText(messages.get("schools.weightsHelp"));
                    d.getDialogPane().getButtonTypes().setAll(Buttons.ok(messages), Buttons.cancel(messages));
                    d.showAndWait().ifPresent(text -> {
                        String[] parts = text.replace('：', ':').split("[/:,，\\s]+");
                        try {
                            SplitWeights next = new SplitWeights(
                                    Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[1].strip()));
                            runner.run(
                                    p -> undo.record(UndoableEdit.named(
                                            messages.get(
                                                    "undo.weights", next.juniorPerPrimary(), next.seniorPerJunior()),
                                            services.balance().setWeights(next))),
                                    edit -> {
                                        reloadAll();
                                    },
                                    this::failed);
                        } catch (RuntimeException e) {
                            registry.messageProperty().set(messages.get("schools.weightsBad", text));
                        }
                    });
                },
                this::failed);
    }

    /**
     * Long work with the one progress-and-cancel dialog: 取消 stops it (an import rolls back, an export leaves no
     * file) and says so in the status bar.
     */
    private <T> void longWork(String text, boolean write, TaskRunner.Work<T> work, Consumer<T> done) {
        ProgressDialog dialog = new ProgressDialog(stage, messages, text);
        Consumer<T> ok = r -> {
            dialog.close();
            done.accept(r);
        };
        Consumer<Throwable> bad = e -> {
            dialog.close();
            failed(e);
        };
        TaskRunner.Handle handle = write ? runner.run(work, dialog, ok, bad) : runner.read(work, dialog, ok, bad);
        dialog.open(handle, () -> registry.messageProperty().set(messages.get("schools.cancelled")));
    }

    private void failed(Throwable e) {
        if (e instanceof InputRejectedException r) {
            registry.messageProperty().set(String.join("；", r.lines(messages)));
        } else if (!(e instanceof CancellationException)) {
            registry.messageProperty().set(Failures.describe(e, messages));
        }
    }
}
