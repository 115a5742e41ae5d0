package org.plandesk.shared.ui.grid;

import java.util.List;
import java.util.Optional;

/**
 * The feature's side of a spreadsheet grid: which cells are editable — each named by the feature's own cell record
 * {@code C} (a plan part's target of a year; a school section's figure) — what they show, and what typing, pasting,
 * clearing and filling do. The kit handles keys, selection, the clipboard and editing; this decides and saves.
 */
public interface GridCells<C> {
    /** The editable cell at a row and visible leaf column, or null (a heading row, a name column). */
    C cellAt(int row, int column);

    /** The cell's text as the grid shows it, for copying. */
    String shown(C cell);

    /** Saves what was typed; empty when it was accepted, else the reason, shown in the cell that keeps the text. */
    Optional<String> commit(C cell, String text);

    /** Pastes a block of text into the cells from the focused cell on (already cut to the grid's editable cells). */
    void paste(List<List<C>> targets, List<List<String>> block);

    /** Clears the cells. */
    void clear(List<C> cells);

    /** The tooltip of a cell (its source and note), or null. */
    default String tooltip(C cell) {
        return null;
    }

    /** True when the cell carries a note: it gets a mark in its corner. */
    default boolean noted(C cell) {
        return false;
    }

    /** Copies the first row of the block down over the others (Ctrl+D); nothing by default. */
    default void fillDown(List<List<C>> block) {}
}
