package org.plandesk.shared.undo;

/** A change that can be taken back and made again. Each call runs its own transaction. */
public interface UndoableEdit {
    /** What the menu names, e.g. 导入“钱塘优学”（114 个数值）. */
    String description();

    void undo() throws Exception;

    void redo() throws Exception;

    /** One direction of an edit. */
    @FunctionalInterface
    interface Step {
        void run() throws Exception;
    }

    /** The same edit under another name (a service's name for it in the user's language). */
    static UndoableEdit named(String description, UndoableEdit edit) {
        return of(description, edit::undo, edit::redo);
    }

    /** An edit from its description and its two directions. */
    static UndoableEdit of(String description, Step undo, Step redo) {
        return new UndoableEdit() {
            @Override
            public String description() {
                return description;
            }

            @Override
            public void undo() throws Exception {
                undo.run();
            }

            @Override
            public void redo() throws Exception {
                redo.run();
            }
        };
    }
}
