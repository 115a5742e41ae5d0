package org.plandesk.app;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.image.Image;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.plandesk.backup.AutomaticBackups;
import org.plandesk.chart.ChartTheme;
import org.plandesk.chart.PlanCharts;
import org.plandesk.chart.ui.ChartActions;
import org.plandesk.chart.ui.ChartsViewModel;
import org.plandesk.chart.ui.PresentationMode;
import org.plandesk.context.AppContext;
import org.plandesk.plan.PlanData;
import org.plandesk.plan.service.PlanSummary;
import org.plandesk.plan.ui.PlanBrowserView;
import org.plandesk.plan.ui.PlanBrowserViewModel;
import org.plandesk.school.ui.SchoolsWindow;
import org.plandesk.shared.ChartFonts;
import org.plandesk.shared.Failures;
import org.plandesk.shared.Messages;
import org.plandesk.shared.Problem;
import org.plandesk.shared.Settings;
import org.plandesk.shared.TaskRunner;
import org.plandesk.shared.ui.Alerts;
import org.plandesk.shared.ui.DialogSizes;
import org.plandesk.shared.ui.Styles;
import org.plandesk.shared.undo.UndoStack;
import org.plandesk.workspace.WorkspaceLocations;
import org.plandesk.workspace.WorkspaceUnavailableException;

/**
 * The main window: menu, plan browser, status bar. Opens workspaces in the background; a workspace that cannot be
 * opened gives a message and the choice of another one, and the window stays.
 */
public final class MainWindow {
    private static final System.Logger LOG = System.getLogger(MainWindow.class.getName());
    private static final String[] ICONS = {
        "icon-16.png", "icon-32.png", "icon-48.png", "icon-64.png", "icon-128.png", "icon-256.png"
    };
    private final Stage stage;
    private final Settings settings;
    private final TaskRunner runner;
    private final Clock clock;
    private final BorderPane root = new BorderPane();
    private final Label workspaceLabel = new Label();
    private final Label planCountLabel = new Label();
    private final Label zoomLabel = new Label();
    private final Zoom zoom;
    private final DialogSizes dialogSizes;
    private Messages messages;
    private AppContext context;
    private PlanBrowserViewModel viewModel;
    private PlanBrowserView browser;
    private UndoStack undo = new UndoStack(200);
    private ChartsViewModel charts;
    private ChartActions chartActions;
    private SchoolActions schools;
    private TableActions tables;
    /** The chart fonts, registered with Java2D in parallel with the window's start (needed once a plan shows). */
    private final Supplier<ChartFonts> chartFonts;

    public MainWindow(Stage stage, Settings settings, TaskRunner runner, Clock clock, Supplier<ChartFonts> chartFonts) {
        this.stage = stage;
        this.settings = settings;
        this.zoom = new Zoom(settings);
        this.dialogSizes = new DialogSizes(settings);
        this.runner = runner;
        this.clock = clock;
        this.chartFonts = chartFonts;
        this.messages = Messages.forLanguage(settings.language());
        Scene scene = new Scene(root);
        scene.getStylesheets()
                .add(Objects.requireNonNull(getClass().getResource(Styles.STYLESHEET))
                        .toExternalForm());
        stage.setScene(scene);
        zoom.addKeys(scene);
        // a table file dropped on the window is imported (the preview first); a workspace file is opened
        FileDrops.accept(scene, this::dropped);
        stage.getIcons().clear();
        for (String icon : ICONS) {
            stage.getIcons()
                    .add(new Image(Objects.requireNonNull(
                            getClass().getResourceAsStream("/org/plandesk/icons/" + icon), icon)));
        }
        WindowFit.restore(stage, settings);
        rebuild();
    }

    public void show() {
        stage.show();
    }

    /** Opens a workspace in the background; on success it replaces the current one. */
    public void open(Path file, boolean sampleIfNew) {
        workspaceLabel.setText(messages.get("statusbar.loading"));
        AutomaticBackups automatic = AutomaticBackups.fromSettings(settings, clock);
        runner.run(p -> AppContext.open(file, sampleIfNew, clock, automatic), this::attach, e -> openFailed(file, e));
    }

    /**
     * Started with a backup file (opened from the file manager): offers to restore it as a new workspace, which then
     * opens (in the folder of {@code otherwise}); when the user declines, {@code otherwise} opens.
     */
    public void offerRestore(Path backup, Path otherwise) {
        if (!backups().offerRestore(backup, otherwise)) {
            open(otherwise, true);
        }
    }

    private void attach(AppContext ctx) {
        AppContext old = context;
        context = ctx;
        undo = new UndoStack(200);
        if (old != null) {
            runner.run(
                    p -> {
                        old.close();
                        return null;
                    },
                    x -> {},
                    e -> LOG.log(System.Logger.Level.WARNING, "closing the previous workspace", e));
        }
        settings.put("lastWorkspace", ctx.workspace().base().toString());
        new RecentWorkspaces(settings).add(ctx.workspace().base());
        rebuild();
        if (!"off".equals(settings.get("autoBackup", "on"))) {
            backups().automatic(ctx);
        }
    }

    /** Backups by hand and the automatic one, in the folder the settings name (the data folder by default). */
    BackupActions backups() {
        Path folder = AutomaticBackups.folderSetting(settings);
        return new BackupActions(
                stage,
                messages,
                settings,
                runner,
                () -> context,
                workspaceLabel::setText,
                p -> open(p, false),
                new AutomaticBackups(folder, clock));
    }

    /** (Re)builds menus and content in the current language, keeping the workspace and the selected plan. */
    private void rebuild() {
        root.setTop(menuBar());
        zoom.showIn(zoomLabel, messages);
        HBox status = new HBox(16, workspaceLabel, spacer(), zoomLabel, planCountLabel);
        status.getStyleClass().add(Styles.STATUS_BAR);
        root.setBottom(status);
        if (context == null) {
            stage.setTitle(messages.get("app.name"));
            root.setCenter(null);
            return;
        }
        long selectedPlan = viewModel != null && viewModel.selectedProperty().get() != null
                ? viewModel.selectedProperty().get().plan().id()
                : settings.getLong("lastPlan", -1);
        viewModel = new PlanBrowserViewModel(context.plans(), runner);
        charts = new ChartsViewModel(new PlanCharts(messages, clock));
        chartActions = new ChartActions(
                messages,
                new ChartTheme(chartFonts.get(), ChartTheme.Variant.LIGHT),
                runner,
                workspaceLabel::setText,
                context.plans().osUser(),
                clock);
        browser = new PlanBrowserView(viewModel, charts, chartActions, messages, this::present);
        plans().wire(browser, settings, this::confirm);
        if (schools != null) {
            schools.close();
        }
        schools = new SchoolActions(
                stage,
                messages,
                runner,
                () -> context,
                () -> undo,
                workspaceLabel::setText,
                () -> viewModel.refresh(-1));
        browser.setPartLinker(schools::link);
        browser.bindZoom(zoom.factorProperty());
        viewModel.selectedProperty().addListener((o, old, now) -> {
            if (now != null) {
                settings.putLong("lastPlan", now.plan().id());
            }
        });
        viewModel.plans().addListener((ListChangeListener<PlanSummary>) c -> planCountLabel.setText(
                messages.get("statusbar.plans", viewModel.plans().size())));
        PlanBrowserViewModel shown = viewModel;
        viewModel.failureProperty().addListener((o, old, e) -> {
            // a read of a workspace just closed (another one opened, the window closing) fails: nothing to tell
            if (e != null && shown == viewModel && context != null) {
                error(Failures.describe(e, messages));
            }
        });
        settings.getDouble("split").ifPresent(d -> browser.splitPane().setDividerPositions(d));
        root.setCenter(browser.node());
        stage.setTitle(messages.get("app.title", context.workspace().name())
                + (context.workspace().isReadOnly() ? messages.get("workspace.readOnlyTitle") : ""));
        workspaceLabel.setText(
                messages.get("statusbar.workspace", context.workspace().dataFile())
                        + (context.workspace().isReadOnly() ? messages.get("statusbar.readOnly") : ""));
        viewModel.refresh(selectedPlan);
    }

    private MenuBar menuBar() {
        tables = new TableActions(
                stage,
                messages,
                runner,
                () -> context,
                workspaceLabel::setText,
                () -> viewModel.refresh(-1),
                () -> undo,
                dialogSizes);
        return new MainMenus(this, messages, tables, plans(), backups()).build();
    }

    Zoom zoom() {
        return zoom;
    }

    DialogSizes dialogSizes() {
        return dialogSizes;
    }

    /** Files dropped on the window: a workspace ({@code .mv.db}) is opened, a table goes to the import preview. */
    void dropped(List<File> files) {
        if (files.isEmpty()) {
            return;
        }
        Path first = files.get(0).toPath();
        if (first.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".mv.db")) {
            open(first, false);
        } else if (context != null && tables != null) {
            tables.importFile(first);
        }
    }

    /** Switches the UI language at once and remembers it. */
    public void switchLanguage(String language) {
        settings.setLanguage(language);
        messages = Messages.forLanguage(language);
        rebuild();
    }

    /** The plan browser's view model (for tests that drive the window). */
    PlanBrowserViewModel planBrowser() {
        return viewModel;
    }

    /** The charts' view model (for tests that drive the window). */
    ChartsViewModel chartsModel() {
        return charts;
    }

    /** The open workspace's services (for tests that drive the window). */
    AppContext context() {
        return context;
    }

    Stage stage() {
        return stage;
    }

    /** Plan, indicator and cell actions in the current language. */
    private PlanActions plans() {
        return new PlanActions(
                stage,
                messages,
                runner,
                () -> context,
                () -> undo,
                workspaceLabel::setText,
                () -> viewModel.refresh(-1),
                clock);
    }

    /** 学校 → 学校登记与均衡统计. */
    SchoolsWindow openSchools() {
        return schools == null ? null : schools.open(chartActions, clock.getZone());
    }

    UndoStack undoStack() {
        return undo;
    }

    /** The plan on screen, or null. */
    PlanData currentPlan() {
        return viewModel == null ? null : viewModel.dataProperty().get();
    }

    boolean hasWorkspace() {
        return context != null;
    }

    /** Undoes (or redoes) the latest edit in the background, then reloads the plans. */
    void undoOrRedo(boolean back) {
        runner.run(
                p -> undo.step(back).orElse(null),
                d -> {
                    if (d != null) {
                        workspaceLabel.setText(messages.get(back ? "undo.done" : "redo.done", d));
                        viewModel.refresh(-1);
                    }
                },
                e -> error(Failures.describe(e, messages)));
    }

    /** F5: the current plan's charts full screen. */
    public PresentationMode present() {
        if (charts == null || charts.dataProperty().get() == null) {
            return null;
        }
        return chartActions.present(stage, charts.presentation());
    }

    ChartActions chartActions() {
        return chartActions;
    }

    /** 打印, 导出本规划全部图表, 生成实施情况报告 and 跨规划对比, on the plan in view. */
    ChartMenuActions chartMenu() {
        return new ChartMenuActions(this, runner, clock);
    }

    Messages messages() {
        return messages;
    }

    /** The workspaces opened last, newest first (文件 → 最近的工作区). */
    List<Path> recentWorkspaces() {
        return new RecentWorkspaces(settings).list();
    }

    void chooseWorkspace() {
        FileChooser chooser = chooser("dialog.chooser.open");
        File f = chooser.showOpenDialog(stage);
        if (f != null) {
            open(f.toPath(), false);
        }
    }

    void chooseNewWorkspace() {
        FileChooser chooser = chooser("dialog.chooser.new");
        chooser.setInitialFileName("新工作区.mv.db");
        File f = chooser.showSaveDialog(stage);
        if (f == null) {
            return;
        }
        // An existing file is opened as it is, never emptied: nothing a user chose can be lost this way.
        open(WorkspaceLocations.base(f.toPath()), false);
    }

    private FileChooser chooser(String titleKey) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get(titleKey));
        chooser.getExtensionFilters()
                .add(new FileChooser.ExtensionFilter(messages.get("dialog.chooser.filter"), "*.mv.db"));
        Path dir = WorkspaceLocations.defaultWorkspace().getParent();
        if (Files.isDirectory(dir)) {
            chooser.setInitialDirectory(dir.toFile());
        }
        return chooser;
    }

    /** A workspace that would not open: the reason, and its latest backup when the file is damaged. */
    private void openFailed(Path file, Throwable e) {
        workspaceLabel.setText(Failures.describe(e, messages));
        AutomaticBackups automatic = new AutomaticBackups(AutomaticBackups.folderSetting(settings), clock);
        runner.read(
                p -> e instanceof WorkspaceUnavailableException w && w.isDamaged()
                        ? automatic.latest(file)
                        : Optional.<Path>empty(),
                backup -> offer(file, e, backup),
                x -> offer(file, e, Optional.empty()));
    }

    private void offer(Path file, Throwable e, Optional<Path> backup) {
        switch (new OpenFailureDialog(stage, messages).ask(e, backup, context != null)) {
            case RESTORE -> backups().restoreBeside(backup.orElseThrow(), file);
            case OTHER -> chooseWorkspace();
            case NEW -> chooseNewWorkspace();
            case CLOSE -> {
                if (context == null) {
                    stage.close();
                }
            }
        }
    }

    /** Asks whether to go ahead despite a warning; true for yes. */
    private boolean confirm(Problem warning) {
        return Alerts.confirm(stage, messages, messages.format(warning));
    }

    private void error(String text) {
        Alerts.error(stage, messages, text);
    }

    void info(String text) {
        Alerts.info(stage, messages, text);
    }

    static String versionText() {
        String v = MainWindow.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    private static Region spacer() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }

    /** The size and place the window had, fitted into the screen it was on (or the primary one). */
    /** Remembers geometry and closes the workspace. */
    public void close() {
        WindowFit.remember(stage, settings);
        if (browser != null) {
            settings.putDouble("split", browser.splitPane().getDividerPositions()[0]);
        }
        settings.flush();
        if (context != null) {
            runner.awaitWrites();
            context.close();
            context = null;
        }
    }
}
