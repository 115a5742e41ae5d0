package org.plandesk.shared;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The background-task runner (DESIGN §2): one writer thread that runs {@link #run} work in the order it was given,
 * a small pool for {@link #read} work that starts after the writes given before it, and callbacks and progress handed
 * to the UI thread through the executor it is given ({@code Platform::runLater} in the window). It knows no toolkit,
 * so it is tested with real threads and a plain executor.
 */
public final class BackgroundTasks implements TaskRunner, AutoCloseable {
    private static final System.Logger LOG = System.getLogger(BackgroundTasks.class.getName());
    private final Executor ui;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> thread(r, "plandesk-writer"));
    private final ExecutorService readers = Executors.newFixedThreadPool(2, r -> thread(r, "plandesk-reader"));
    /** Completes when every write given so far has finished; reads start after it. */
    private final AtomicReference<CompletableFuture<?>> lastWrite =
            new AtomicReference<>(CompletableFuture.completedFuture(null));

    public BackgroundTasks(Executor ui) {
        this.ui = ui;
    }

    private static Thread thread(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    @Override
    public synchronized <T> Handle run(Work<T> work, ProgressView view, Consumer<T> done, Consumer<Throwable> failed) {
        Job<T> job = new Job<>(work, view, done, failed);
        // The queue is the executor's own; lastWrite only tells reads when the writes before them are over.
        CompletableFuture<Void> f = CompletableFuture.runAsync(job, writer);
        lastWrite.set(f);
        job.future = f;
        return job;
    }

    @Override
    public synchronized <T> Handle read(Work<T> work, ProgressView view, Consumer<T> done, Consumer<Throwable> failed) {
        Job<T> job = new Job<>(work, view, done, failed);
        job.future = lastWrite.get().handle((x, e) -> null).thenRunAsync(job, readers);
        return job;
    }

    @Override
    public void awaitWrites() {
        try {
            CompletableFuture.runAsync(() -> {}, writer).get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.log(System.Logger.Level.WARNING, "waiting for queued writes", e);
        }
    }

    /**
     * Lets queued work finish and stops the threads. Never interrupts: an interrupted thread in the middle of H2 file
     * I/O makes H2 close the database (ClosedByInterruptException).
     */
    @Override
    public void close() {
        writer.shutdown();
        readers.shutdown();
        try {
            writer.awaitTermination(30, TimeUnit.SECONDS);
            readers.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One piece of work with its token, its progress and its callbacks. */
    private final class Job<T> implements Runnable, Handle, Progress {
        private final Work<T> work;
        private final ProgressView view;
        private final Consumer<T> done;
        private final Consumer<Throwable> failed;
        private final AtomicBoolean cancelled = new AtomicBoolean();
        /** The latest progress not yet shown; a UI update is queued only when there was none. */
        private final AtomicReference<Object[]> pending = new AtomicReference<>();

        private volatile CompletableFuture<?> future;

        Job(Work<T> work, ProgressView view, Consumer<T> done, Consumer<Throwable> failed) {
            this.work = work;
            this.view = view;
            this.done = done;
            this.failed = failed;
        }

        @Override
        public void run() {
            if (cancelled.get()) {
                return;
            }
            try {
                T result = work.run(this);
                if (!cancelled.get()) {
                    ui.execute(() -> {
                        if (!cancelled.get()) {
                            done.accept(result);
                        }
                    });
                }
            } catch (Exception | Error e) {
                LOG.log(System.Logger.Level.INFO, "background work failed", e);
                if (!cancelled.get()) {
                    ui.execute(() -> failed.accept(e));
                }
            }
        }

        @Override
        public void update(double fraction, String message) {
            if (pending.getAndSet(new Object[] {fraction, message}) == null) {
                ui.execute(() -> {
                    Object[] p = pending.getAndSet(null);
                    if (p != null && !cancelled.get()) {
                        view.show((Double) p[0], (String) p[1]);
                    }
                });
            }
        }

        @Override
        public boolean isCancelled() {
            return cancelled.get();
        }

        @Override
        public void cancel() {
            cancelled.set(true);
        }

        @Override
        public boolean isDone() {
            CompletableFuture<?> f = future;
            return f != null && f.isDone();
        }
    }
}
