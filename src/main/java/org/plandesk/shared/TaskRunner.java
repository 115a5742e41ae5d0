package org.plandesk.shared;

import java.util.function.Consumer;

/**
 * The one way to run work off the UI thread (DESIGN §2, D13). {@link #run} is the ordered writer: every piece of work
 * given to it runs after the work given before it, one at a time, so edits commit — and record their undo steps — in
 * the order the user made them, and an undo given after them undoes the latest. {@link #read} runs reads in parallel,
 * each after every {@link #run} given before it, so a read sees the writes the user has already made. Results,
 * failures and progress come back on the UI thread; cancellation is a thread-safe token. Tests and the command line
 * use {@link SameThreadTaskRunner}.
 */
public interface TaskRunner {

    /** Progress reporting and cancellation, seen from inside the work. */
    interface Progress {
        /** Progress nobody watches and nobody cancels (the command line). */
        Progress NONE = new Progress() {
            @Override
            public void update(double fraction, String message) {
                // nobody is watching
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };

        /** Reports the fraction done (0..1) and what is being done; safe from any thread, shown on the UI thread. */
        void update(double fraction, String message);

        boolean isCancelled();
    }

    /** Where progress is shown: called on the UI thread, at most once per UI pulse, with the latest values. */
    @FunctionalInterface
    interface ProgressView {
        /** Shows nothing. */
        ProgressView NONE = (fraction, message) -> {};

        void show(double fraction, String message);
    }

    /** Work that may take long. */
    @FunctionalInterface
    interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    /** A handle on running work. */
    interface Handle {
        /** Asks the work to stop; it sees {@link Progress#isCancelled()} and neither callback is called. */
        void cancel();

        boolean isCancelled();

        boolean isDone();
    }

    /**
     * Runs work on the ordered writer. Exactly one of {@code done} and {@code failed} is called, on the UI thread,
     * unless the work was cancelled (then neither).
     */
    default <T> Handle run(Work<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        return run(work, ProgressView.NONE, done, failed);
    }

    /** As {@link #run(Work, Consumer, Consumer)}, with progress shown on the UI thread. */
    <T> Handle run(Work<T> work, ProgressView progress, Consumer<T> done, Consumer<Throwable> failed);

    /** Runs a read in parallel with other reads, after every write given before it. */
    default <T> Handle read(Work<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        return read(work, ProgressView.NONE, done, failed);
    }

    /** As {@link #read(Work, Consumer, Consumer)}, with progress shown on the UI thread. */
    <T> Handle read(Work<T> work, ProgressView progress, Consumer<T> done, Consumer<Throwable> failed);

    /** Waits until every write given so far has committed (before the workspace they write to is closed). */
    default void awaitWrites() {
        // work that runs at once has nothing queued
    }
}
