package org.plandesk.workspace;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.plandesk.bench.ImportBenchmark;
import org.plandesk.context.AppContext;
import org.plandesk.plan.PlanData;
import org.plandesk.plan.io.LongCsvReader;
import org.plandesk.shared.TaskRunner;

/**
 * A child JVM for the durability and lock tests. {@code edit WORKSPACE ROUND}: makes edits and prints each one after
 * its commit has returned. {@code hold WORKSPACE}: opens the workspace and keeps it until standard input closes.
 * {@code import WORKSPACE}: imports 100,000 rows in one transaction, printing its progress.
 */
public final class DurabilityChild {
    private DurabilityChild() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[1]);
        try (AppContext ctx = AppContext.open(file, false, Clock.systemUTC())) {
            if ("hold".equals(args[0])) {
                System.out.println("READY");
                System.out.flush();
                try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
                    while (in.readLine() != null) {
                        // hold the workspace until the parent closes our input
                    }
                }
                return;
            }
            if ("import".equals(args[0])) {
                var rows = new LongCsvReader().read(ImportBenchmark.longCsv(100_000), null);
                System.out.println("STARTED");
                System.out.flush();
                ctx.imports().importAll(List.of(), List.of(), rows, List.of(), false, new TaskRunner.Progress() {
                    @Override
                    public void update(double fraction, String message) {
                        System.out.println("PROGRESS " + fraction);
                        System.out.flush();
                    }

                    @Override
                    public boolean isCancelled() {
                        return false;
                    }
                });
                System.out.println("DONE");
                return;
            }
            long partId = part(ctx);
            int round = Integer.parseInt(args[2]);
            for (int i = 0; i < 1000; i++) {
                int year = 3000 + round * 1000 + i;
                double value = round * 10000.0 + i + 0.25;
                ctx.plans().setActual(partId, year, value, null, "", "durability", "");
                System.out.println("OK " + partId + " " + year + " " + value);
                System.out.flush();
            }
        }
    }

    private static long part(AppContext ctx) throws Exception {
        if (ctx.plans().plans().isEmpty()) {
            String csv =
                    "plan,code,group,indicator,part,unit,year,kind,comparator,value,upper,stretch,text,source,note\n"
                            + "耐久测试,1,,测试指标,,%,2024,target,>=,95,,,≥95,,\n";
            ctx.imports().importLong(new LongCsvReader().read(csv, null), false);
        }
        PlanData d = ctx.plans().load(ctx.plans().plans().get(0).plan().id());
        return d.parts(d.indicators().get(0)).get(0).id();
    }

    /** The command that starts this class in a new JVM with the test class path. */
    static List<String> command(String... args) {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                DurabilityChild.class.getName()));
        cmd.addAll(List.of(args));
        return cmd;
    }
}
