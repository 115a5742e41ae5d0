package org.plandesk.plan.io.wide;

/**
 * A column of a wide table: its position, header as written, role, and year for target, actual and baseline columns.
 */
public record WideColumn(int index, String header, ColumnRole role, int year) {

    public WideColumn withRole(ColumnRole newRole, int newYear) {
        return new WideColumn(index, header, newRole, newYear);
    }
}
