package org.plandesk.school.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.plandesk.chart.PlanChart;
import org.plandesk.chart.balance.CvChart;
import org.plandesk.chart.balance.CvTrendChart;
import org.plandesk.chart.balance.SchoolValuesChart;
import org.plandesk.school.BalanceIndicator;
import org.plandesk.school.BalanceReport;
import org.plandesk.school.BalanceReport.StageResult;
import org.plandesk.school.Section;
import org.plandesk.school.service.BalanceService;
import org.plandesk.shared.Failures;
import org.plandesk.shared.Messages;
import org.plandesk.shared.TaskRunner;

/**
 * The statistics tab's state: the chosen year, district and stage, that year's report and every year's (for the
 * trend), and the charts of the chosen district and stage. Computing runs in the background.
 */
public final class BalanceViewModel {
    private final BalanceService service;
    private final TaskRunner runner;
    private final Messages messages;
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObservableList<String> districts = FXCollections.observableArrayList();
    private final ObjectProperty<String> district = new SimpleObjectProperty<>();
    private final ObjectProperty<Section> stage = new SimpleObjectProperty<>(Section.PRIMARY);
    private final ObjectProperty<BalanceReport> report = new SimpleObjectProperty<>();
    private final ObjectProperty<StageResult> current = new SimpleObjectProperty<>();
    private final ObservableList<PlanChart> charts = FXCollections.observableArrayList();
    private final ObjectProperty<PlanChart> chart = new SimpleObjectProperty<>();
    private final StringProperty warnings = new SimpleStringProperty("");
    private List<BalanceReport> years = List.of();

    public BalanceViewModel(BalanceService service, TaskRunner runner, Messages messages) {
        this.service = service;
        this.runner = runner;
        this.messages = messages;
        year.addListener(o -> load());
        district.addListener(o -> select());
        stage.addListener(o -> select());
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public ObservableList<String> districts() {
        return districts;
    }

    public ObjectProperty<String> districtProperty() {
        return district;
    }

    public ObjectProperty<Section> stageProperty() {
        return stage;
    }

    public ObjectProperty<BalanceReport> reportProperty() {
        return report;
    }

    /** The chosen district and stage's result, or null when the registry has none. */
    public ObjectProperty<StageResult> currentProperty() {
        return current;
    }

    public ObservableList<PlanChart> charts() {
        return charts;
    }

    public ObjectProperty<PlanChart> chartProperty() {
        return chart;
    }

    /** Sections left out and why, one per line. */
    public StringProperty warningsProperty() {
        return warnings;
    }

    /** Recomputes the chosen year (and the trend) from the registry. */
    public void load() {
        Integer y = year.get();
        if (y == null) {
            report.set(null);
            select();
            return;
        }
        runner.read(
                p -> new Object[] {service.report(y, null), service.reports(null), service.districts()},
                r -> {
                    years = castList(r[1]);
                    List<String> ds = castStrings(r[2]);
                    String keep = district.get();
                    districts.setAll(ds);
                    report.set((BalanceReport) r[0]);
                    if (keep == null || !ds.contains(keep)) {
                        district.set(ds.isEmpty() ? null : ds.get(0));
                    }
                    select();
                },
                e -> warnings.set(Failures.describe(e, messages)));
    }

    private void select() {
        BalanceReport r = report.get();
        StageResult s = r == null || district.get() == null
                ? null
                : r.stage(district.get(), stage.get()).orElse(null);
        current.set(s);
        PlanChart keep = chart.get();
        List<PlanChart> list = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        if (s != null) {
            list.add(new CvChart(s, r.year(), messages));
            if (years.size() > 1) {
                list.add(new CvTrendChart(years, s.district(), s.stage(), messages));
            }
            for (BalanceIndicator b : BalanceIndicator.values()) {
                list.add(new SchoolValuesChart(s, b, r.year(), messages));
            }
            s.warnings().forEach(w -> lines.add(messages.format(w)));
        }
        if (r != null) {
            r.warnings().forEach(w -> lines.add(messages.format(w)));
        }
        warnings.set(String.join("\n", lines));
        charts.setAll(list);
        int index = keep == null ? -1 : indexOfSameKind(keep, list);
        chart.set(list.isEmpty() ? null : list.get(Math.max(0, index)));
    }

    /** Keeps the same kind of chart (and indicator) when the district, stage or year changes. */
    private static int indexOfSameKind(PlanChart keep, List<PlanChart> list) {
        for (int i = 0; i < list.size(); i++) {
            PlanChart c = list.get(i);
            boolean same = c instanceof SchoolValuesChart v
                    ? keep instanceof SchoolValuesChart k && k.indicator() == v.indicator()
                    : c.getClass() == keep.getClass();
            if (same) {
                return i;
            }
        }
        return -1;
    }

    @SuppressWarnings("unchecked")
    private static List<BalanceReport> castList(Object o) {
        return (List<BalanceReport>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<String> castStrings(Object o) {
        return (List<String>) o;
    }
}
