package org.plandesk.app;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.plandesk.plan.service.PlanSummary;
import org.plandesk.plan.ui.PlanBrowserView;
import org.plandesk.plan.ui.PlanBrowserViewModel;
import org.plandesk.shared.Messages;
import org.plandesk.shared.Settings;
import org.plandesk.shared.TaskRunner;
import org.plandesk.shared.ui.Styles;
import org.plandesk.workspace.WorkspaceLocations;
import org.plandesk.workspace.WorkspaceUnavailableException;

/**
 * The main window: menu, plan browser, status bar. Opens workspaces in the background; a workspace that cannot be
 * opened gives a message and the choice of another one, and the window stays.
 */
public final class MainWindow {
    private static final String[] ICONS = {"icon-16.png", "icon-32.png", "icon-48.png", "icon-64.png",
        "icon-128.png", "icon-256.png"};
    private final Stage stage;
    private final Settings settings;
    private final TaskRunner runner;
    private final Clock clock;
    private final BorderPane root = new BorderPane();
    private final Label workspaceLabel = new Label();
    private final Label planCountLabel = new Label();
    private Messages messages;
    private AppContext context;
    private PlanBrowserViewModel viewModel;
    private PlanBrowserView browser;

    public MainWindow(Stage stage, Settings settings, TaskRunner runner, Clock clock) {
        this.stage = stage;
        this.settings = settings;
        this.runner = runner;
        this.clock = clock;
        this.messages = Messages.forLanguage(settings.language());
        Scene scene = new Scene(root, 1280, 800);
        scene.getStylesheets().add(Objects.requireNonNull(getClass().getResource(Styles.STYLESHEET)).toExternalForm());
        stage.setScene(scene);
        stage.getIcons().clear();
        for (String icon : ICONS) {
            stage.getIcons().add(new Image(Objects.requireNonNull(
                    getClass().getResourceAsStream("/org/plandesk/icons/" + icon), icon)));
        }
        restoreGeometry();
        rebuild();
    }

    public void show() {
        stage.show();
    }

    /** Opens a workspace in the background; on success it replaces the current one. */
    public void open(Path file, boolean sampleIfNew) {
        workspaceLabel.setText(messages.get("statusbar.loading"));
        runner.run(p -> AppContext.open(file, sampleIfNew, clock), this::attach, e -> openFailed(file, e));
    }

    private void attach(AppContext ctx) {
        AppContext old = context;
        context = ctx;
        if (old != null) {
            runner.run(p -> {
                old.close();
                return null;
            }, x -> { }, e -> { });
        }
        settings.put("lastWorkspace", ctx.workspace().base().toString());
        rebuild();
    }

    /** (Re)builds menus and content in the current language, keeping the workspace and the selected plan. */
    private void rebuild() {
        root.setTop(menuBar());
        HBox status = new HBox(16, workspaceLabel, spacer(), planCountLabel);
        status.getStyleClass().add(Styles.STATUS_BAR);
        root.setBottom(status);
        if (context == null) {
            stage.setTitle(messages.get("app.name"));
            root.setCenter(null);
            return;
        }
        long selectedPlan = viewModel != null && viewModel.selectedProperty().get() != null
                ? viewModel.selectedProperty().get().plan().id() : settings.getLong("lastPlan", -1);
        viewModel = new PlanBrowserViewModel(context.plans(), runner);
        browser = new PlanBrowserView(viewModel, messages);
        viewModel.selectedProperty().addListener((o, old, now) -> {
            if (now != null) {
                settings.putLong("lastPlan", now.plan().id());
            }
        });
        viewModel.plans().addListener((javafx.collections.ListChangeListener<PlanSummary>) c ->
                planCountLabel.setText(messages.get("statusbar.plans", viewModel.plans().size())));
        viewModel.failureProperty().addListener((o, old, e) -> {
            if (e != null) {
                error(messages.get("cli.error", String.valueOf(e.getMessage())));
            }
        });
        settings.getDouble("split").ifPresent(d -> browser.splitPane().setDividerPositions(d));
        root.setCenter(browser.node());
        stage.setTitle(messages.get("app.title", context.workspace().name()));
        workspaceLabel.setText(messages.get("statusbar.workspace", context.workspace().dataFile()));
        viewModel.refresh(selectedPlan);
    }

    private MenuBar menuBar() {
        MenuItem newWs = new MenuItem(messages.get("menu.file.newWorkspace"));
        newWs.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+N"));
        newWs.setOnAction(e -> chooseNewWorkspace());
        MenuItem openWs = new MenuItem(messages.get("menu.file.openWorkspace"));
        openWs.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        openWs.setOnAction(e -> chooseWorkspace());
        MenuItem exit = new MenuItem(messages.get("menu.file.exit"));
        exit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        exit.setOnAction(e -> stage.close());
        Menu file = new Menu(messages.get("menu.file"), null, newWs, openWs, new SeparatorMenuItem(), exit);

        ToggleGroup langs = new ToggleGroup();
        RadioMenuItem zh = new RadioMenuItem(messages.get("lang.zh"));
        RadioMenuItem en = new RadioMenuItem(messages.get("lang.en"));
        zh.setId("langZh");
        en.setId("langEn");
        zh.setToggleGroup(langs);
        en.setToggleGroup(langs);
        (messages.language().equals("en") ? en : zh).setSelected(true);
        zh.setOnAction(e -> switchLanguage("zh"));
        en.setOnAction(e -> switchLanguage("en"));
        Menu language = new Menu(messages.get("menu.view.language"), null, zh, en);
        Menu view = new Menu(messages.get("menu.view"), null, language);

        MenuItem about = new MenuItem(messages.get("menu.help.about"));
        about.setOnAction(e -> info(messages.get("dialog.about", versionText())));
        Menu help = new Menu(messages.get("menu.help"), null, about);
        MenuBar bar = new MenuBar(file, view, help);
        bar.setId("mainMenu");
        return bar;
    }

    /** Switches the UI language at once and remembers it. */
    public void switchLanguage(String language) {
        settings.setLanguage(language);
        messages = Messages.forLanguage(language);
        rebuild();
    }

    private void chooseWorkspace() {
        FileChooser chooser = chooser("dialog.chooser.open");
        File f = chooser.showOpenDialog(stage);
        if (f != null) {
            open(f.toPath(), false);
        }
    }

    private void chooseNewWorkspace() {
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
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("dialog.chooser.filter"),
                "*.mv.db"));
        Path dir = WorkspaceLocations.defaultWorkspace().getParent();
        if (Files.isDirectory(dir)) {
            chooser.setInitialDirectory(dir.toFile());
        }
        return chooser;
    }

    private void openFailed(Path file, Throwable e) {
        String text = e instanceof WorkspaceUnavailableException w ? messages.format(w.problem())
                : messages.get("cli.error", String.valueOf(e.getMessage()));
        workspaceLabel.setText(text);
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(stage);
        alert.setTitle(messages.get("dialog.error.title"));
        alert.setHeaderText(messages.get("dialog.workspace.header"));
        alert.setContentText(text);
        ButtonType other = new ButtonType(messages.get("dialog.workspace.openOther"), ButtonBar.ButtonData.YES);
        ButtonType fresh = new ButtonType(messages.get("dialog.workspace.newEmpty"), ButtonBar.ButtonData.NO);
        ButtonType quit = new ButtonType(context == null ? messages.get("dialog.workspace.exit")
                : ButtonType.CLOSE.getText(), ButtonBar.ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(other, fresh, quit);
        alert.showAndWait().ifPresent(choice -> {
            if (choice == other) {
                chooseWorkspace();
            } else if (choice == fresh) {
                chooseNewWorkspace();
            } else if (context == null) {
                stage.close();
            }
        });
    }

    private void error(String text) {
        Alert alert = new Alert(Alert.AlertType.ERROR, text);
        alert.initOwner(stage);
        alert.setTitle(messages.get("dialog.error.title"));
        alert.setHeaderText(null);
        alert.show();
    }

    private void info(String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text);
        alert.initOwner(stage);
        alert.setTitle(messages.get("dialog.error.title"));
        alert.setHeaderText(null);
        alert.show();
    }

    private static String versionText() {
        String v = MainWindow.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    private static Region spacer() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }

    private void restoreGeometry() {
        var w = settings.getDouble("window.width");
        var h = settings.getDouble("window.height");
        var x = settings.getDouble("window.x");
        var y = settings.getDouble("window.y");
        if (w.isPresent() && h.isPresent()) {
            stage.setWidth(w.getAsDouble());
            stage.setHeight(h.getAsDouble());
        }
        if (x.isPresent() && y.isPresent()) {
            Rectangle2D wanted = new Rectangle2D(x.getAsDouble(), y.getAsDouble(), 100, 100);
            boolean visible = Screen.getScreens().stream().anyMatch(s -> s.getVisualBounds().intersects(wanted));
            if (visible) {
                stage.setX(x.getAsDouble());
                stage.setY(y.getAsDouble());
            }
        }
    }

    /** Remembers geometry and closes the workspace. */
    public void close() {
        if (!stage.isIconified() && stage.getWidth() > 0) {
            settings.putDouble("window.width", stage.getWidth());
            settings.putDouble("window.height", stage.getHeight());
            settings.putDouble("window.x", stage.getX());
            settings.putDouble("window.y", stage.getY());
        }
        if (browser != null) {
            settings.putDouble("split", browser.splitPane().getDividerPositions()[0]);
        }
        settings.flush();
        if (context != null) {
            context.close();
            context = null;
        }
    }
}
