package org.plandesk.plan.ui;

import org.plandesk.plan.Task;

/** What the task tree's and the grid's structure menus ask for; the application carries it out (undoably). */
public interface StructureHandler {
    /** A new task after {@code selected} (null: at the end of the top level), or as its last child. */
    void addTask(Task selected, boolean child);

    void editTask(Task selected);

    void moveTask(Task selected, int delta);

    /** → (in) makes it a child of the task above; ← (out) moves it up a level. */
    void indentTask(Task selected, boolean in);

    void deleteTask(Task selected);

    /** A new indicator in the group of the row (or without a group). */
    void addIndicator(IndicatorRow at);

    void addGroup();

    void renameGroup(IndicatorRow at);

    void moveIndicator(IndicatorRow at, int delta);

    void moveGroup(IndicatorRow at, int delta);

    void deleteIndicator(IndicatorRow at);

    void deleteGroup(IndicatorRow at);
}
