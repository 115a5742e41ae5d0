package org.plandesk.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plandesk.TestContexts;
import org.plandesk.chart.export.ChartBatch;
import org.plandesk.chart.export.ChartExporter;
import org.plandesk.chart.export.ChartFormat;
import org.plandesk.chart.export.ExportSize;
import org.plandesk.context.AppContext;
import org.plandesk.plan.PlanData;
import org.plandesk.shared.ChartFonts;
import org.plandesk.shared.Messages;
import org.plandesk.shared.TaskRunner;

class ChartBatchTest {
    @TempDir
    Path dir;

    /** Reports progress; says "cancelled" once {@code cancelAfter} updates have come. */
    static final class Recorder implements TaskRunner.Progress {
        final List<Double> fractions = new ArrayList<>();
        private final int cancelAfter;

        Recorder(int cancelAfter) {
            this.cancelAfter = cancelAfter;
        }

        @Override
        public synchronized void update(double fraction, String message) {
            fractions.add(fraction);
        }

        @Override
        public synchronized boolean isCancelled() {
            return fractions.size() >= cancelAfter;
        }
    }

    @Test
    void folderAndDeckReportProgressAndCancellingLeavesNothing() throws Exception {
        try (AppContext ctx = TestContexts.sample(dir)) {
            PlanData d = ctx.plans().load(ctx.plans().find("钱塘优学").orElseThrow().id());
            List<PlanChart> charts = new ArrayList<>(new PlanCharts(new Messages(Messages.CHINESE), TestContexts.CLOCK)
                    .trajectories(d)
                    .subList(0, 8));
            ChartBatch batch =
                    new ChartBatch(new ChartExporter(new ChartTheme(ChartFonts.register(), ChartTheme.Variant.LIGHT)));
            Recorder all = new Recorder(Integer.MAX_VALUE);
            List<Path> files = batch.toFolder(charts, ChartFormat.PNG, ExportSize.HD, dir.resolve("png"), all);
            assertThat(files).hasSize(8).allSatisfy(f -> assertThat(f).exists());
            assertThat(files.get(0).getFileName().toString()).isEqualTo("1_新培养“钱塘好少年”人数.png");
            assertThat(all.fractions).contains(1.0);

            Path cancelled = dir.resolve("cancelled");
            assertThatThrownBy(() -> batch.toFolder(charts, ChartFormat.SVG, ExportSize.HD, cancelled, new Recorder(3)))
                    .isInstanceOf(CancellationException.class);
            try (Stream<Path> left = Files.list(cancelled)) {
                assertThat(left).isEmpty();
            }
            Path deck = dir.resolve("deck.pptx");
            assertThatThrownBy(() -> batch.toDeck(charts, "t", "s", deck, new Recorder(2)))
                    .isInstanceOf(CancellationException.class);
            assertThat(deck).doesNotExist();
            try (Stream<Path> left = Files.list(dir)) {
                assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
            }
        }
    }
}
