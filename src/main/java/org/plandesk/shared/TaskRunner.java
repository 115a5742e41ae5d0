package org.plandesk.shared;

import java.util.function.Consumer;

/**
 * The one way to run work off the UI thread (DESIGN §2): work reports progress and checks for cancellation; results
 * and failures come back on the UI thread. Tests use {@link SameThreadTaskRunner}.
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

        /** Reports the fraction done (0..1) and what is being done. */
        void update(double fraction, String message);

        boolean isCancelled();
    }

    /** Work that may take long. */
    @FunctionalInterface
    interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    /** A handle on running work. */
    interface Handle {
        void cancel();

        boolean isDone();
    }

    /**
     * Runs work in the background. Exactly one of {@code done} and {@code failed} is called, on the UI thread, unless
     * the work was cancelled (then neither).
     */
    <T> Handle run(Work<T> work, Consumer<T> done, Consumer<Throwable> failed);
}
