package org.plandesk.shared.ui.grid;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.plandesk.io.TabText;

/** Blocks of cells in a grid: the selection as rows of cells, its text for the clipboard, and where a paste goes. */
final class GridBlocks<C> {
    private final GridTable table;
    private final GridCells<C> cells;

    GridBlocks(GridTable table, GridCells<C> cells) {
        this.table = table;
        this.cells = cells;
    }

    /** The selected editable cells as a block: rows in order, and in each row the cells in column order. */
    List<List<C>> selected() {
        TreeMap<Integer, TreeMap<Integer, C>> byRow = new TreeMap<>();
        for (int[] p : table.selected()) {
            C c = cells.cellAt(p[0], p[1]);
            if (c != null) {
                byRow.computeIfAbsent(p[0], k -> new TreeMap<>()).put(p[1], c);
            }
        }
        List<List<C>> out = new ArrayList<>();
        byRow.values().forEach(m -> out.add(new ArrayList<>(m.values())));
        return out;
    }

    /** The selection as tab-separated text. */
    String copy() {
        List<List<String>> rows = new ArrayList<>();
        for (List<C> line : selected()) {
            rows.add(line.stream().map(cells::shown).toList());
        }
        return TabText.format(rows);
    }

    /**
     * Where a pasted block goes: from the focused cell down and right, over editable cells only (heading rows and
     * name columns are skipped, as the user sees them skipped).
     */
    List<List<C>> targets(int[] focus, int rows, int columns) {
        List<Integer> cols = new ArrayList<>();
        for (int c = focus[1]; c < table.columnCount() && cols.size() < columns; c++) {
            if (editableColumn(focus[0], c)) {
                cols.add(c);
            }
        }
        List<List<C>> out = new ArrayList<>();
        for (int r = focus[0]; r < table.rowCount() && out.size() < rows; r++) {
            List<C> line = new ArrayList<>();
            for (int c : cols) {
                line.add(cells.cellAt(r, c));
            }
            if (line.stream().anyMatch(x -> x != null)) {
                out.add(line);
            }
        }
        return out;
    }

    private boolean editableColumn(int fromRow, int column) {
        for (int r = fromRow; r < Math.min(table.rowCount(), fromRow + 50); r++) {
            if (cells.cellAt(r, column) != null) {
                return true;
            }
        }
        return false;
    }
}
