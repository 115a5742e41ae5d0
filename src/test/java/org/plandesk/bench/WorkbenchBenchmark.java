package org.plandesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.plandesk.context.AppContext;
import org.plandesk.plan.Observation;
import org.plandesk.plan.PlanData;
import org.plandesk.plan.io.LongCsvReader;
import org.plandesk.plan.service.CellChange;
import org.plandesk.plan.ui.IndicatorRows;

/**
 * Workbench benchmark (not a test): a generated workspace of 200 plans, one of them with 500 indicator parts over
 * 10 years. Measures opening the workspace and listing the plans, loading the big plan into grid rows, and one edit
 * saved with its status recomputed (save + reload + rows). Run with {@code mvn -Pbench package -DskipTests}.
 */
public final class WorkbenchBenchmark {
    private WorkbenchBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("plandesk-workbench-bench");
        Path ws = dir.resolve("big");
        StringBuilder csv = new StringBuilder(
                "plan,code,group,indicator,part,unit,year,kind,comparator,value,upper," + "stretch,text,source,note\n");
        for (int p = 0; p < 199; p++) {
            for (int i = 0; i < 10; i++) {
                csv.append("规划")
                        .append(p)
                        .append(',')
                        .append(i + 1)
                        .append(",组,指标")
                        .append(i)
                        .append(",,%,2025,target,>=,")
                        .append(90)
                        .append(",,,≥90,,\n");
            }
        }
        for (int part = 0; part < 500; part++) {
            for (int y = 0; y < 10; y++) {
                csv.append("大规划,")
                        .append(part / 5 + 1)
                        .append(",组")
                        .append(part / 50)
                        .append(",指标")
                        .append(part / 5)
                        .append(",分项")
                        .append(part % 5)
                        .append(",%,")
                        .append(2021 + y)
                        .append(",target,>=,")
                        .append(80 + y)
                        .append(",,,≥")
                        .append(80 + y)
                        .append(",,\n");
                if (y < 5) {
                    csv.append("大规划,")
                            .append(part / 5 + 1)
                            .append(",组")
                            .append(part / 50)
                            .append(",指标")
                            .append(part / 5)
                            .append(",分项")
                            .append(part % 5)
                            .append(",%,")
                            .append(2021 + y)
                            .append(",actual,,")
                            .append(79 + y)
                            .append(",,,,,\n");
                }
            }
        }
        try (AppContext ctx = AppContext.open(ws, false, Clock.systemDefaultZone())) {
            ctx.imports().importLong(new LongCsvReader().read(csv.toString(), null), false);
        }
        long t0 = System.nanoTime();
        try (AppContext ctx = AppContext.open(ws, false, Clock.systemDefaultZone())) {
            var plans = ctx.plans().plans();
            double open = (System.nanoTime() - t0) / 1e6;
            System.out.printf("open a workspace of %d plans and list them: %.0f ms%n", plans.size(), open);
            long id = ctx.plans().find("大规划").orElseThrow().id();
            for (int i = 0; i < 5; i++) { // warm-up
                IndicatorRows.build(ctx.plans().load(id), 2026);
            }
            long t1 = System.nanoTime();
            PlanData d = ctx.plans().load(id);
            var rows = IndicatorRows.build(d, 2026);
            System.out.printf(
                    "load the 500-part × 10-year plan into grid rows: %.0f ms (%d rows)%n",
                    (System.nanoTime() - t1) / 1e6,
                    rows.values().stream().mapToInt(List::size).sum());
            List<Long> parts = new ArrayList<>();
            d.indicators().forEach(ind -> d.parts(ind).forEach(p -> parts.add(p.id())));
            long[] times = new long[40];
            for (int i = 0; i < times.length; i++) {
                long s = System.nanoTime();
                ctx.cells()
                        .apply(
                                List.of(CellChange.actual(
                                        parts.get(i * 7),
                                        2026,
                                        Observation.of(2026, 85 + i % 5),
                                        Integer.toString(85 + i % 5))),
                                "bench");
                IndicatorRows.build(ctx.plans().load(id), 2026);
                times[i] = System.nanoTime() - s;
            }
            Arrays.sort(times);
            System.out.printf(
                    "one edit saved (committed) and the plan's statuses recomputed: median %.0f ms, p95 %.0f "
                            + "ms, max %.0f ms (40 edits)%n",
                    times[20] / 1e6, times[37] / 1e6, times[39] / 1e6);
        }
    }
}
