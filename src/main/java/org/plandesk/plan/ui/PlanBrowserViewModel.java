package org.plandesk.plan.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.plandesk.plan.PlanData;
import org.plandesk.plan.service.PlanService;
import org.plandesk.plan.service.PlanSummary;
import org.plandesk.shared.TaskRunner;

/**
 * The plan browser's state: the plans of the workspace, the selected one, and its grid rows. Loading runs through
 * the {@link TaskRunner}, never on the UI thread. Holds no scene nodes; testable without a toolkit.
 */
public final class PlanBrowserViewModel {
    private final PlanService service;
    private final TaskRunner runner;
    private final ObservableList<PlanSummary> plans = FXCollections.observableArrayList();
    private final ObjectProperty<PlanSummary> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<PlanData> data = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Map<String, List<IndicatorRow>>> rows = new ReadOnlyObjectWrapper<>(Map.of());
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Throwable> failure = new ReadOnlyObjectWrapper<>();
    private TaskRunner.Handle loading;
    private final ObservableMap<Long, YearCounts> counts = FXCollections.observableHashMap();
    private BiFunction<Long, int[], Integer> yearOf = (id, span) -> null;

    public PlanBrowserViewModel(PlanService service, TaskRunner runner) {
        this.service = service;
        this.runner = runner;
        selected.addListener((obs, old, now) -> load(now));
    }

    /** Each plan's counts in its year in focus, by plan id (for the plan list). */
    public ObservableMap<Long, YearCounts> counts() {
        return counts;
    }

    /**
     * Which year the counts of a plan are for: its year in focus (given the plan's id and span of years), or null for
     * "all years", when the current year within the span (else its last year) is counted.
     */
    public void setYearOf(BiFunction<Long, int[], Integer> yearOf) {
        this.yearOf = yearOf;
    }

    /** Counts, in the background, the statuses of each given plan in its year in focus. */
    public void refreshCounts(List<PlanSummary> which) {
        int current = service.currentYear();
        List<Long> ids = which.stream().map(s -> s.plan().id()).toList();
        runner.read(
                p -> {
                    Map<Long, YearCounts> out = new HashMap<>();
                    for (long id : ids) {
                        PlanData d = service.load(id);
                        int[] span = d.yearSpan();
                        Integer year = yearOf.apply(id, span);
                        int y = year != null ? year : (current >= span[0] && current <= span[1] ? current : span[1]);
                        out.put(id, YearCounts.of(IndicatorRows.build(d, current), y));
                    }
                    return out;
                },
                counts::putAll,
                this::failed);
    }

    /** Reloads the list of plans, keeping the selection (by id) or selecting {@code preferredPlanId}. */
    public void refresh(long preferredPlanId) {
        busy.set(true);
        runner.read(
                p -> service.plans(),
                list -> {
                    long keep = selected.get() != null ? selected.get().plan().id() : preferredPlanId;
                    plans.setAll(list);
                    refreshCounts(list);
                    PlanSummary pick = list.stream()
                            .filter(s -> s.plan().id() == keep)
                            .findFirst()
                            .orElse(list.isEmpty() ? null : list.get(0));
                    if (pick != null && pick.equals(selected.get())) {
                        // The same plan: reload its data in place, so the grid keeps its selection and scroll position.
                        load(pick);
                    } else {
                        selected.set(pick);
                    }
                    if (pick == null) {
                        busy.set(false);
                    }
                },
                this::failed);
    }

    /**
     * Reloads the selected plan's figures only (after a cell edit): the plan list, whose counts do not change with a
     * figure, is left alone, and the grid updates the rows whose values changed.
     */
    public void reloadPlan() {
        load(selected.get());
        if (selected.get() != null) {
            refreshCounts(List.of(selected.get()));
        }
    }

    /** This year, by the application's clock. */
    public int currentYear() {
        return service.currentYear();
    }

    private void load(PlanSummary summary) {
        if (loading != null && !loading.isDone()) {
            loading.cancel();
        }
        if (summary == null) {
            data.set(null);
            rows.set(Map.of());
            return;
        }
        busy.set(true);
        long id = summary.plan().id();
        int year = service.currentYear();
        loading = runner.read(
                p -> {
                    PlanData d = service.load(id);
                    return Map.entry(d, IndicatorRows.build(d, year));
                },
                result -> {
                    data.set(result.getKey());
                    rows.set(result.getValue());
                    busy.set(false);
                },
                this::failed);
    }

    private void failed(Throwable t) {
        busy.set(false);
        failure.set(t);
    }

    public ObservableList<PlanSummary> plans() {
        return plans;
    }

    public ObjectProperty<PlanSummary> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<PlanData> dataProperty() {
        return data.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Map<String, List<IndicatorRow>>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Throwable> failureProperty() {
        return failure.getReadOnlyProperty();
    }
}
