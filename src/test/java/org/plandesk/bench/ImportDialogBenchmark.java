package org.plandesk.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.plandesk.io.RawTable;
import org.plandesk.io.TableFiles;
import org.plandesk.plan.io.wide.WideTableParser;
import org.plandesk.plan.ui.ImportViewModel;
import org.plandesk.shared.BackgroundTasks;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Import dialog benchmark (not a test): a 100,000-value table (10,000 indicators × 10 years) in the import view
 * model, a title field bound to it, and the robot typing 20 characters into the field on JavaFX's Headless platform,
 * with the real runner. A heartbeat posts a {@code Platform.runLater} every millisecond and records how late each one
 * runs: the longest delay is the longest time the JavaFX thread was blocked while the user typed (goal < 50 ms). For
 * comparison it times one parse of the table, which is what each keystroke cost when parsing ran on the JavaFX
 * thread. Run with {@code mvn -Pbench package -DskipTests}.
 */
public final class ImportDialogBenchmark {
    private ImportDialogBenchmark() {}

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("testfx.robot", "glass");
        System.setProperty("testfx.headless", "false");
        System.setProperty("java.awt.headless", "true");
        StringBuilder tsv = new StringBuilder("序号\t一级指标\t二级指标");
        for (int y = 2016; y <= 2025; y++) {
            tsv.append('\t').append(y).append("年预期");
        }
        for (int i = 0; i < 10_000; i++) {
            tsv.append('\n')
                    .append(i + 1)
                    .append('\t')
                    .append("组")
                    .append(i / 100)
                    .append('\t')
                    .append("指标")
                    .append(i)
                    .append("(%)");
            for (int y = 0; y < 10; y++) {
                tsv.append("\t≥").append(80 + (i + y) % 20);
            }
        }
        RawTable raw = TableFiles.text(tsv.toString(), "bench.tsv");
        long p0 = System.nanoTime();
        int values = new WideTableParser().parse(raw, "基准", Map.of()).rows().size();
        double parseMs = (System.nanoTime() - p0) / 1e6;

        Stage stage = FxToolkit.registerPrimaryStage();
        BackgroundTasks tasks = new BackgroundTasks(Platform::runLater);
        ImportViewModel[] vm = new ImportViewModel[1];
        TextField title = new TextField();
        title.setId("title");
        FxToolkit.setupStage(s -> {
            vm[0] = new ImportViewModel(raw, "基准", tasks);
            title.textProperty().bindBidirectional(vm[0].newPlanTitleProperty());
            s.setScene(new Scene(new StackPane(title), 400, 100));
            s.show();
        });
        WaitForAsyncUtils.waitFor(
                120, TimeUnit.SECONDS, () -> !vm[0].updatingProperty().get());

        List<Long> delays = Collections.synchronizedList(new ArrayList<>());
        AtomicLong worst = new AtomicLong();
        ScheduledExecutorService beat = Executors.newSingleThreadScheduledExecutor();
        beat.scheduleAtFixedRate(
                () -> {
                    long posted = System.nanoTime();
                    Platform.runLater(() -> {
                        long d = System.nanoTime() - posted;
                        delays.add(d);
                        worst.accumulateAndGet(d, Math::max);
                    });
                },
                0,
                1,
                TimeUnit.MILLISECONDS);
        FxRobot robot = new FxRobot();
        robot.clickOn("#title");
        long t0 = System.nanoTime();
        String typed = "abcdefghijklmnopqrst";
        for (char ch : typed.toCharArray()) {
            robot.write(ch);
        }
        double typingMs = (System.nanoTime() - t0) / 1e6;
        WaitForAsyncUtils.waitFor(
                120,
                TimeUnit.SECONDS,
                () -> !vm[0].updatingProperty().get()
                        && vm[0].previewProperty().get() != null
                        && vm[0].previewProperty().get().rows().get(0).plan().endsWith("t"));
        double settledMs = (System.nanoTime() - t0) / 1e6;
        beat.shutdown();
        beat.awaitTermination(5, TimeUnit.SECONDS);
        CountDownLatch drained = new CountDownLatch(1);
        Platform.runLater(drained::countDown);
        drained.await(10, TimeUnit.SECONDS);
        List<Long> sorted = new ArrayList<>(delays);
        Collections.sort(sorted);
        System.out.printf(
                "import dialog, %d values: one parse %.0f ms (what a keystroke cost on the JavaFX thread)%n",
                values, parseMs);
        System.out.printf(
                "typing %d characters through the robot took %.0f ms; the preview was current %.0f ms after "
                        + "the first key%n",
                typed.length(), typingMs, settledMs);
        System.out.printf(
                "JavaFX thread blocked while typing: longest %.1f ms, 99th percentile %.1f ms (%d heartbeats)" + "%n",
                worst.get() / 1e6, sorted.get((int) (sorted.size() * 0.99)) / 1e6, sorted.size());
        tasks.close();
        FxToolkit.cleanupStages();
        Platform.exit();
        System.exit(0);
    }
}
