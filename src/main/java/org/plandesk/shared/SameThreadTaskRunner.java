package org.plandesk.shared;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/** Runs work at once on the calling thread, writes and reads alike: for tests and the command line. */
public final class SameThreadTaskRunner implements TaskRunner {

    @Override
    public <T> Handle run(Work<T> work, ProgressView view, Consumer<T> done, Consumer<Throwable> failed) {
        AtomicBoolean cancelled = new AtomicBoolean();
        Progress progress = new Progress() {
            @Override
            public void update(double fraction, String message) {
                view.show(fraction, message);
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
        Handle handle = new Handle() {
            @Override
            public void cancel() {
                cancelled.set(true);
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }

            @Override
            public boolean isDone() {
                return true;
            }
        };
        T result;
        try {
            result = work.run(progress);
        } catch (Exception e) {
            failed.accept(e);
            return handle;
        }
        done.accept(result);
        return handle;
    }

    @Override
    public <T> Handle read(Work<T> work, ProgressView view, Consumer<T> done, Consumer<Throwable> failed) {
        return run(work, view, done, failed);
    }
}
