package org.plandesk.shared.undo;

/** A change that can be taken back and made again. Each call runs its own transaction. */
public interface UndoableEdit {
    /** What the menu names, e.g. 导入“钱塘优学”（114 个数值）. */
    String description();

    void undo() throws Exception;

    void redo() throws Exception;
}
