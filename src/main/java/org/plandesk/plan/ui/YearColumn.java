package org.plandesk.plan.ui;

/**
 * What a year column of the plan grid holds: the target or the actual of a year. Kept as the column's user data, so a
 * grid position names its cell without parsing ids.
 */
public record YearColumn(int year, boolean target) {}
