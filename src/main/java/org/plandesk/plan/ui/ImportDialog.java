package org.plandesk.plan.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.plandesk.plan.PlanData;
import org.plandesk.plan.io.LongRow;
import org.plandesk.plan.io.wide.ColumnRole;
import org.plandesk.plan.io.wide.WideColumn;
import org.plandesk.plan.io.wide.WideTable;
import org.plandesk.plan.service.ImportDiff;
import org.plandesk.plan.service.PlanSummary;
import org.plandesk.shared.InputRejectedException;
import org.plandesk.shared.Messages;
import org.plandesk.shared.Numbers;
import org.plandesk.shared.TaskRunner;
import org.plandesk.shared.ui.Buttons;
import org.plandesk.shared.ui.DialogSizes;
import org.plandesk.shared.ui.Styles;

/**
 * Shows what an import will do before it does it: the role and year of every column (changeable), the indicators
 * and parts found (parts can be renamed), every cell's parsed value, every problem with row and column, and what will
 * be added or changed in an existing plan. Nothing is written until the user chooses to import.
 */
public final class ImportDialog {
    private static final System.Logger LOG = System.getLogger(ImportDialog.class.getName());
    /** What the user chose: the rows to write and the table's notes. */
    public record Choice(List<LongRow> rows, List<String> notes, String planName) {}

    private final Messages messages;
    private final TaskRunner runner;
    private final Function<Long, PlanData> loadPlan;
    private final DialogSizes sizes;

    /**
     * @param loadPlan loads an existing plan (called through the runner, off the UI thread)
     */
    public ImportDialog(Messages messages, TaskRunner runner, Function<Long, PlanData> loadPlan, DialogSizes sizes) {
        this.messages = messages;
        this.sizes = sizes;
        this.runner = runner;
        this.loadPlan = loadPlan;
    }

    public Optional<Choice> show(Window owner, ImportViewModel vm, List<PlanSummary> plans) {
        Dialog<Choice> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(messages.get("import.title", vm.table().source()));
        sizes.apply(d, "dialog.import");
        ButtonType importAll = new ButtonType(messages.get("import.apply"), ButtonBar.ButtonData.OK_DONE);
        ButtonType importClean = new ButtonType(messages.get("import.applyClean"), ButtonBar.ButtonData.OTHER);
        d.getDialogPane().getButtonTypes().setAll(importAll, importClean, Buttons.cancel(messages));

        ChoiceBox<PlanSummary> target = new ChoiceBox<>();
        target.setId("importTarget");
        target.getItems().add(null);
        target.getItems().addAll(plans);
        target.setConverter(new StringConverter<>() {
            @Override
            public String toString(PlanSummary s) {
                return s == null ? messages.get("import.newPlan") : s.plan().displayName();
            }

            @Override
            public PlanSummary fromString(String s) {
                return null;
            }
        });
        PlanData into = vm.existingPlanProperty().get();
        target.setValue(
                into == null
                        ? null
                        : plans.stream()
                                .filter(s -> s.plan().id() == into.plan().id())
                                .findFirst()
                                .orElse(null));
        Label matched = new Label(
                into == null ? "" : messages.get("import.matched", into.plan().displayName()));
        matched.setId("importMatched");
        matched.setWrapText(true);
        matched.setVisible(into != null);
        matched.setManaged(into != null);
        TextField title = new TextField();
        title.setId("importTitle");
        title.textProperty().bindBidirectional(vm.newPlanTitleProperty());
        title.setPrefColumnCount(28);
        title.disableProperty().bind(target.valueProperty().isNotNull());
        target.valueProperty().addListener((o, old, now) -> {
            matched.setVisible(false);
            matched.setManaged(false);
            if (now == null) {
                vm.existingPlanProperty().set(null);
            } else {
                long id = now.plan().id();
                runner.read(p -> loadPlan.apply(id), vm.existingPlanProperty()::set, e -> {
                    LOG.log(System.Logger.Level.WARNING, "loading the plan to import into", e);
                    target.setValue(null);
                });
            }
        });
        HBox planRow = new HBox(8, new Label(messages.get("import.into")), target, title);

        GridPane columns = new GridPane();
        columns.setHgap(8);
        columns.setVgap(4);
        TableView<WideTable.FoundIndicator> indicators = indicatorTable(vm);
        TableView<LongRow> values = valueTable();
        ListView<String> problems = new ListView<>();
        problems.setId("importProblems");
        Label summary = new Label();
        summary.setId("importSummary");
        summary.setWrapText(true);
        // how the table was understood: turned round, statistics or plan table, the unit above it
        Label explained = new Label();
        explained.setId("importExplained");
        explained.setWrapText(true);
        explained.getStyleClass().add(Styles.MUTED);
        // every line shown, never cut to one line with "…"
        explained.setMinHeight(Region.USE_PREF_SIZE);
        Label ranges = new Label();
        ranges.setId("importImplausible");
        ranges.setWrapText(true);
        ranges.getStyleClass().add(Styles.MUTED);
        Tab problemTab = new Tab("", problems);
        TableView<ImportDiff.Changed> changes = changeTable();
        Tab changeTab = new Tab("", changes);
        TabPane tabs = new TabPane(
                new Tab(messages.get("import.tab.columns"), columns),
                new Tab(messages.get("import.tab.indicators"), indicators),
                new Tab(messages.get("import.tab.values"), values),
                changeTab,
                problemTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setPrefSize(900, 460);

        Runnable refresh = () -> {
            WideTable t = vm.previewProperty().get();
            if (t == null) {
                problems.getItems()
                        .setAll(
                                vm.refusalProperty().get() == null
                                        ? List.of()
                                        : List.of(messages.format(
                                                vm.refusalProperty().get())));
                indicators.getItems().clear();
                values.getItems().clear();
            } else {
                problems.getItems().setAll(new InputRejectedException(t.problems()).lines(messages));
                indicators.getItems().setAll(t.indicators());
                values.getItems().setAll(t.rows());
                if (columns.getChildren().isEmpty()) {
                    fillColumns(columns, t, vm);
                }
            }
            explained.setText(
                    t == null
                            ? ""
                            : String.join(
                                    "\n",
                                    t.explanations().stream()
                                            .map(messages::format)
                                            .toList()));
            problemTab.setText(
                    messages.get("import.tab.problems", problems.getItems().size()));
            var diff = vm.diffProperty().get();
            boolean intoExisting = diff != null && vm.existingPlanProperty().get() != null;
            changes.getItems().setAll(intoExisting ? diff.changes() : List.of());
            changeTab.setText(
                    messages.get("import.tab.changes", changes.getItems().size()));
            changeTab.setDisable(!intoExisting);
            summary.setText(
                    t == null
                            ? ""
                            : messages.get(
                                            "import.summary",
                                            t.indicators().size(),
                                            t.rows().size(),
                                            t.problems().size())
                                    + (!intoExisting
                                            ? ""
                                            : "  "
                                                    + messages.get(
                                                            "cli.import.diff",
                                                            diff.added().size(),
                                                            diff.changed().size(),
                                                            diff.unchanged())));
            List<LongRow> odd = diff == null ? List.of() : diff.implausible();
            ranges.setText(
                    odd.isEmpty()
                            ? ""
                            : messages.get(
                                    "import.implausible",
                                    odd.size(),
                                    odd.get(0).line(),
                                    odd.get(0).indicator(),
                                    odd.get(0).year(),
                                    Numbers.format(odd.get(0).value()),
                                    ImportDiff.range(vm.existingPlanProperty().get(), odd.get(0))
                                            .text()));
            boolean busy = vm.updatingProperty().get();
            if (busy) {
                summary.setText(messages.get("import.updating"));
            }
            boolean hasProblems = t == null || !t.problems().isEmpty();
            d.getDialogPane().lookupButton(importAll).setDisable(busy || hasProblems);
            d.getDialogPane()
                    .lookupButton(importClean)
                    .setDisable(busy
                            || t == null
                            || t.problems().isEmpty()
                            || t.rowsWithoutProblems().isEmpty());
        };
        vm.previewProperty().addListener(o -> refresh.run());
        vm.diffProperty().addListener(o -> refresh.run());
        vm.updatingProperty().addListener(o -> refresh.run());
        d.getDialogPane().setContent(new VBox(8, planRow, matched, explained, tabs, summary, ranges));
        refresh.run();
        d.setResultConverter(b -> {
            WideTable t = vm.previewProperty().get();
            if (t == null || (b != importAll && b != importClean)) {
                return null;
            }
            return new Choice(vm.rowsToImport(b == importClean), t.notes(), vm.targetName());
        });
        return d.showAndWait();
    }

    private void fillColumns(GridPane grid, WideTable t, ImportViewModel vm) {
        grid.addRow(
                0,
                new Label(messages.get("import.col.header")),
                new Label(messages.get("import.col.role")),
                new Label(messages.get("import.col.year")));
        int r = 1;
        for (WideColumn c : t.columns()) {
            ChoiceBox<ColumnRole> role = new ChoiceBox<>(FXCollections.observableArrayList(ColumnRole.values()));
            role.setConverter(new StringConverter<>() {
                @Override
                public String toString(ColumnRole x) {
                    return x == null ? "" : messages.get(x.messageKey());
                }

                @Override
                public ColumnRole fromString(String s) {
                    return null;
                }
            });
            role.setValue(c.role());
            Spinner<Integer> year = new Spinner<>(1900, 2200, c.year() == 0 ? 2024 : c.year());
            year.setEditable(true);
            year.setDisable(!c.role().hasYear());
            role.valueProperty().addListener((o, old, now) -> {
                year.setDisable(!now.hasYear());
                vm.setColumn(c.index(), now, year.getValue());
            });
            year.valueProperty().addListener((o, old, now) -> vm.setColumn(c.index(), role.getValue(), now));
            grid.addRow(r++, new Label(c.header().isEmpty() ? "（" + (c.index() + 1) + "）" : c.header()), role, year);
        }
    }

    private TableView<WideTable.FoundIndicator> indicatorTable(ImportViewModel vm) {
        TableView<WideTable.FoundIndicator> t = new TableView<>();
        t.setId("importIndicators");
        t.setPlaceholder(new Label(messages.get("table.empty")));
        t.setEditable(true);
        t.getColumns().add(col(messages.get("import.col.row"), f -> Integer.toString(f.row()), 50));
        t.getColumns().add(col(messages.get("col.code"), WideTable.FoundIndicator::code, 50));
        t.getColumns().add(col(messages.get("role.group"), WideTable.FoundIndicator::group, 120));
        t.getColumns().add(col(messages.get("col.indicator"), WideTable.FoundIndicator::name, 330));
        t.getColumns().add(col(messages.get("col.unit"), WideTable.FoundIndicator::unit, 60));
        t.getColumns().add(col(messages.get("import.col.unitFrom"), f -> messages.get(f.unitFrom()), 150));
        TableColumn<WideTable.FoundIndicator, String> parts =
                col(messages.get("import.col.parts"), f -> String.join(" / ", f.parts()), 220);
        parts.setEditable(true);
        parts.setCellFactory(TextFieldTableCell.forTableColumn());
        parts.setOnEditCommit(e -> {
            WideTable.FoundIndicator f = e.getRowValue();
            String[] names = e.getNewValue().split("\\s*/\\s*");
            for (int i = 0; i < Math.min(names.length, f.parts().size()); i++) {
                if (!names[i].isBlank() && !names[i].equals(f.parts().get(i))) {
                    vm.renamePart(f.row(), f.parts().get(i), names[i]);
                }
            }
        });
        t.getColumns().add(parts);
        return t;
    }

    private TableView<LongRow> valueTable() {
        TableView<LongRow> t = new TableView<>();
        t.setId("importValues");
        t.setPlaceholder(new Label(messages.get("table.empty")));
        t.getColumns().add(col(messages.get("import.col.row"), r -> Integer.toString(r.line()), 50));
        t.getColumns().add(col(messages.get("col.indicator"), LongRow::indicator, 300));
        t.getColumns().add(col(messages.get("col.part"), LongRow::part, 90));
        t.getColumns().add(col(messages.get("import.col.year"), r -> Integer.toString(r.year()), 60));
        t.getColumns()
                .add(col(
                        messages.get("import.col.kind"),
                        r -> messages.get("kind." + r.kind().code()),
                        60));
        t.getColumns().add(col(messages.get("import.col.written"), LongRow::text, 120));
        t.getColumns()
                .add(col(
                        messages.get("import.col.parsed"),
                        r -> r.target() != null
                                ? r.target().display()
                                : r.grade() != null ? r.grade() : Numbers.format(r.value()),
                        100));
        return t;
    }

    private TableView<ImportDiff.Changed> changeTable() {
        TableView<ImportDiff.Changed> t = new TableView<>();
        t.setId("importChanges");
        t.setPlaceholder(new Label(messages.get("import.noChanges")));
        t.getColumns()
                .add(col(
                        messages.get("import.col.row"),
                        c -> Integer.toString(c.row().line()),
                        50));
        t.getColumns().add(col(messages.get("col.indicator"), c -> c.row().indicator(), 300));
        t.getColumns().add(col(messages.get("col.part"), c -> c.row().part(), 90));
        t.getColumns()
                .add(col(
                        messages.get("import.col.year"),
                        c -> Integer.toString(c.row().year()),
                        60));
        t.getColumns()
                .add(col(
                        messages.get("import.col.kind"),
                        c -> messages.get("kind." + c.row().kind().code()),
                        60));
        t.getColumns()
                .add(col(
                        messages.get("import.col.old"),
                        c -> c.oldText() == null ? messages.get("import.added") : c.oldText(),
                        110));
        t.getColumns().add(col(messages.get("import.col.new"), ImportDiff.Changed::newText, 110));
        return t;
    }

    private static <T> TableColumn<T, String> col(String title, Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(f.getValue() == null ? "" : value.apply(f.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
