package org.plandesk.shared;

import java.util.function.Consumer;

/** Runs work at once on the calling thread: for tests and the command line. */
public final class SameThreadTaskRunner implements TaskRunner {

    @Override
    public <T> Handle run(Work<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        boolean[] cancelled = {false};
        Progress progress = new Progress() {
            @Override
            public void update(double fraction, String message) {
                // nobody watches progress on the same thread
            }

            @Override
            public boolean isCancelled() {
                return cancelled[0];
            }
        };
        T result;
        try {
            result = work.run(progress);
        } catch (Exception e) {
            failed.accept(e);
            return handle(cancelled);
        }
        done.accept(result);
        return handle(cancelled);
    }

    private static Handle handle(boolean[] cancelled) {
        return new Handle() {
            @Override
            public void cancel() {
                cancelled[0] = true;
            }

            @Override
            public boolean isDone() {
                return true;
            }
        };
    }
}
