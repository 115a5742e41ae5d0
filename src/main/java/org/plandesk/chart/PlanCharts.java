package org.plandesk.chart;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.plandesk.plan.Indicator;
import org.plandesk.plan.Part;
import org.plandesk.plan.PlanData;
import org.plandesk.shared.Messages;

/** The charts of a plan: one trajectory per indicator that has figures, the dashboard and the status summary. */
public final class PlanCharts {
    private final Messages messages;
    private final Clock clock;
    private final TrajectorySpecs specs;

    public PlanCharts(Messages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
        this.specs = new TrajectorySpecs(messages, clock.getZone());
    }

    public Messages messages() {
        return messages;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private int currentYear() {
        return today().getYear();
    }

    public TrajectoryChart trajectory(PlanData data, Indicator ind) {
        return new TrajectoryChart(specs.trajectory(data, ind, today(), currentYear()), messages);
    }

    /** Trajectories of every indicator with at least one target, actual or baseline, in plan order. */
    public List<TrajectoryChart> trajectories(PlanData data) {
        List<TrajectoryChart> out = new ArrayList<>();
        for (Indicator ind : data.indicators()) {
            if (hasFigures(data, ind)) {
                out.add(trajectory(data, ind));
            }
        }
        return out;
    }

    /** The trajectory of the indicator with this code (序号), or with this exact name. */
    public Optional<TrajectoryChart> trajectory(PlanData data, String codeOrName) {
        return data.indicators().stream().filter(i -> i.code().equals(codeOrName)).findFirst()
                .or(() -> data.indicators().stream().filter(i -> i.name().equals(codeOrName)).findFirst())
                .map(i -> trajectory(data, i));
    }

    private static boolean hasFigures(PlanData data, Indicator ind) {
        for (Part p : data.parts(ind)) {
            if (!data.targets(p).isEmpty() || !data.actuals(p).isEmpty() || !data.baselines(p).isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
