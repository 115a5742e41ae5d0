package org.plandesk.plan.io;

import org.plandesk.plan.TaskLevel;

/**
 * One row of a task CSV.
 *
 * @param path dotted position in the tree, e.g. {@code 2.3}: its parent is {@code 2}
 */
public record TaskRow(
        String plan,
        String path,
        TaskLevel level,
        String code,
        String title,
        String lead,
        String responsible,
        int line) {

    /** Path of the parent, or empty at the top. */
    public String parentPath() {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(0, dot);
    }
}
