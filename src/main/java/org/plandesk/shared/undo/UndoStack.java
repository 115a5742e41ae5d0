package org.plandesk.shared.undo;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/** A bounded stack of edits with undo and redo; a new edit clears what could be redone. */
public final class UndoStack {
    private final int limit;
    private final Deque<UndoableEdit> done = new ArrayDeque<>();
    private final Deque<UndoableEdit> undone = new ArrayDeque<>();

    public UndoStack(int limit) {
        this.limit = limit;
    }

    public synchronized void push(UndoableEdit edit) {
        done.push(edit);
        undone.clear();
        while (done.size() > limit) {
            done.removeLast();
        }
    }

    /**
     * Pushes an edit and returns it: called by the work that made the edit, on the writer, right after it committed,
     * so that steps are recorded in commit order (never from a completion callback, which may run later).
     */
    public <T extends UndoableEdit> T record(T edit) {
        if (edit != null) {
            push(edit);
        }
        return edit;
    }

    public synchronized Optional<UndoableEdit> nextUndo() {
        return Optional.ofNullable(done.peek());
    }

    public synchronized Optional<UndoableEdit> nextRedo() {
        return Optional.ofNullable(undone.peek());
    }

    /** Undoes the latest edit; on failure it stays where it was. */
    public void undo() throws Exception {
        UndoableEdit e;
        synchronized (this) {
            e = done.peek();
        }
        if (e == null) {
            return;
        }
        e.undo();
        synchronized (this) {
            done.remove(e);
            undone.push(e);
        }
    }

    public void redo() throws Exception {
        UndoableEdit e;
        synchronized (this) {
            e = undone.peek();
        }
        if (e == null) {
            return;
        }
        e.redo();
        synchronized (this) {
            undone.remove(e);
            done.push(e);
        }
    }

    /** Undoes ({@code back}) or redoes the next step and returns its description; empty when there was none. */
    public Optional<String> step(boolean back) throws Exception {
        Optional<UndoableEdit> next = back ? nextUndo() : nextRedo();
        if (next.isEmpty()) {
            return Optional.empty();
        }
        if (back) {
            undo();
        } else {
            redo();
        }
        return Optional.of(next.get().description());
    }

    public synchronized int size() {
        return done.size();
    }
}
