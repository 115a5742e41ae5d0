package org.plandesk.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.plandesk.chart.ChartTheme;
import org.plandesk.chart.TrajectoryChart;
import org.plandesk.chart.TrajectorySpec;
import org.plandesk.chart.export.ChartExporter;
import org.plandesk.chart.export.ExportSize;
import org.plandesk.plan.Direction;
import org.plandesk.plan.Status;
import org.plandesk.shared.ChartFonts;
import org.plandesk.shared.Messages;

/**
 * Draws and encodes one small throw-away chart, so that JFreeChart's and the PNG writer's classes are loaded while
 * the workspace opens on the other core. Saves a third of a second of a one-shot export.
 */
final class ChartWarmUp {
    private ChartWarmUp() {}

    static void run(ChartFonts fonts, Messages messages) {
        TrajectorySpec spec = new TrajectorySpec(
                "warm-up",
                "",
                "",
                "%",
                Direction.HIGHER_IS_BETTER,
                null,
                2022,
                2024,
                List.of(new TrajectorySpec.PartSeries(
                        "",
                        List.of(new TrajectorySpec.TargetPoint(2022, 90, null, false, "≥90")),
                        List.of(new TrajectorySpec.Point(2022, 91, "91")),
                        null,
                        List.of())),
                Status.MET,
                "");
        try {
            new ChartExporter(new ChartTheme(fonts, ChartTheme.Variant.LIGHT))
                    .png(new TrajectoryChart(spec, messages), new ExportSize(320, 180, 1), new ByteArrayOutputStream());
        } catch (IOException | RuntimeException ignored) {
            // a warm-up that fails costs nothing; the real export reports its own problems
        }
    }
}
