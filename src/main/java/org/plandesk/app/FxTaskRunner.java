package org.plandesk.app;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.plandesk.shared.TaskRunner;

/** Runs work on background threads and hands results back on the JavaFX thread. */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
    private final ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "plandesk-worker");
        t.setDaemon(true);
        return t;
    });

    @Override
    public <T> Handle run(Work<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        AtomicBoolean cancelled = new AtomicBoolean();
        Progress progress = new Progress() {
            @Override
            public void update(double fraction, String message) {
                // progress display comes with long-running work (import, batch export)
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
        Future<?> future = executor.submit(() -> {
            try {
                T result = work.run(progress);
                if (!cancelled.get()) {
                    Platform.runLater(() -> done.accept(result));
                }
            } catch (Exception | Error e) {
                if (!cancelled.get()) {
                    Platform.runLater(() -> failed.accept(e));
                }
            }
        });
        return new Handle() {
            @Override
            public void cancel() {
                cancelled.set(true);
            }

            @Override
            public boolean isDone() {
                return future.isDone();
            }
        };
    }

    /**
     * Lets running work finish and stops the threads. Never interrupts: an interrupted thread in the middle of H2 file
     * I/O makes H2 close the database (ClosedByInterruptException).
     */
    @Override
    public void close() {
        executor.shutdown();
        try {
            executor.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
