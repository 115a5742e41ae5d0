package org.plandesk.shared;

/**
 * A problem at a place in a table: row number as the user sees it (the header is row 1), column name, and what is
 * wrong. Row 0 means the file as a whole.
 */
public record RowProblem(int row, String column, Problem problem) {}
