package org.plandesk.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The runner with real threads; the "UI thread" is a single-thread executor standing in for JavaFX's. */
class BackgroundTasksTest {
    private final ExecutorService ui = Executors.newSingleThreadExecutor();
    private final BackgroundTasks tasks = new BackgroundTasks(ui);

    @AfterEach
    void stop() {
        tasks.close();
        ui.shutdownNow();
    }

    @Test
    void writesRunOneAtATimeInTheOrderGivenAndReadsSeeTheWritesGivenBeforeThem() throws Exception {
        List<Integer> committed = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger running = new AtomicInteger();
        AtomicInteger overlap = new AtomicInteger();
        List<Integer> seenByReads = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch all = new CountDownLatch(400);
        for (int i = 0; i < 200; i++) {
            int n = i;
            tasks.run(
                    p -> {
                        if (running.incrementAndGet() > 1) {
                            overlap.incrementAndGet();
                        }
                        // uneven work, so that a pool would finish them out of order
                        Thread.onSpinWait();
                        if (n % 7 == 0) {
                            Thread.yield();
                        }
                        committed.add(n);
                        running.decrementAndGet();
                        return n;
                    },
                    x -> all.countDown(),
                    e -> {});
            tasks.read(
                    p -> committed.size(),
                    size -> {
                        seenByReads.add(size - (n + 1));
                        all.countDown();
                    },
                    e -> {});
        }
        assertThat(all.await(30, TimeUnit.SECONDS)).isTrue();
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            expected.add(i);
        }
        assertThat(committed).containsExactlyElementsOf(expected);
        assertThat(overlap.get()).isZero();
        // every read saw at least the writes given before it
        assertThat(seenByReads).allMatch(d -> d >= 0);
    }

    @Test
    void progressReachesTheUiThreadAndCancelIsSeenByTheWork() throws Exception {
        List<String> shownOn = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        AtomicInteger callbacks = new AtomicInteger();
        TaskRunner.Handle h = tasks.read(
                p -> {
                    p.update(0.5, "一半");
                    while (!p.isCancelled()) {
                        Thread.onSpinWait();
                    }
                    stopped.countDown();
                    return null;
                },
                (f, m) -> {
                    shownOn.add(Thread.currentThread().getName() + ":" + m);
                    started.countDown();
                },
                x -> callbacks.incrementAndGet(),
                e -> callbacks.incrementAndGet());
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        h.cancel();
        assertThat(stopped.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(h.isCancelled()).isTrue();
        ui.submit(() -> {}).get(10, TimeUnit.SECONDS);
        assertThat(callbacks.get())
                .as("a cancelled work calls neither callback")
                .isZero();
        assertThat(shownOn)
                .singleElement()
                .satisfies(s -> assertThat(s).doesNotStartWith("plandesk-").endsWith(":一半"));
    }
}
