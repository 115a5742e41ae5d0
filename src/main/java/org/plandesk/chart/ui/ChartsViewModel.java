package org.plandesk.chart.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.plandesk.chart.PlanChart;
import org.plandesk.chart.PlanCharts;
import org.plandesk.plan.PlanData;

/**
 * The charts of the plan on screen: the selected indicator's trajectory, and the list shown in presentation mode.
 * Rebuilt whenever the plan's data is reloaded, so charts follow every edit. Holds no scene nodes.
 */
public final class ChartsViewModel {
    private final PlanCharts charts;
    private final ObjectProperty<PlanData> data = new SimpleObjectProperty<>();
    private final ObjectProperty<Long> indicatorId = new SimpleObjectProperty<>(0L);
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<PlanChart> current = new ReadOnlyObjectWrapper<>();

    public ChartsViewModel(PlanCharts charts) {
        this.charts = charts;
        data.addListener(o -> rebuild());
        indicatorId.addListener(o -> rebuild());
        year.addListener(o -> rebuild());
    }

    /** The year in focus (null: every year): the status summary judges the indicators in it. */
    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    /** The plan's status summary in the year in focus. */
    public PlanChart summary(PlanData d) {
        return charts.summary(d, year.get());
    }

    public PlanCharts charts() {
        return charts;
    }

    public ObjectProperty<PlanData> dataProperty() {
        return data;
    }

    public ObjectProperty<Long> indicatorIdProperty() {
        return indicatorId;
    }

    /** The chart beside the grid: the selected indicator's trajectory, else the plan's status summary. */
    public ReadOnlyObjectProperty<PlanChart> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** A chart of the current plan for an indicator, or null when the plan does not have it. */
    public PlanChart trajectory(long id) {
        PlanData d = data.get();
        if (d == null) {
            return null;
        }
        return d.indicators().stream()
                .filter(i -> i.id() == id)
                .findFirst()
                .map(i -> (PlanChart) charts.trajectory(d, i))
                .orElse(null);
    }

    /** What presentation mode shows: the status summary, then every trajectory in plan order. */
    public List<PlanChart> presentation() {
        PlanData d = data.get();
        List<PlanChart> out = new ArrayList<>();
        if (d != null) {
            out.add(summary(d));
            out.addAll(charts.trajectories(d));
        }
        return out;
    }

    private void rebuild() {
        PlanData d = data.get();
        if (d == null) {
            current.set(null);
            return;
        }
        Long id = indicatorId.get();
        PlanChart t = id == null || id == 0 ? null : trajectory(id);
        current.set(t != null ? t : summary(d));
    }
}
