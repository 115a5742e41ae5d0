package org.plandesk.plan.ui;

import java.util.ArrayList;
import java.util.List;
import org.plandesk.plan.GradeScale;
import org.plandesk.plan.Observation;
import org.plandesk.plan.Target;
import org.plandesk.plan.TargetExpression;
import org.plandesk.plan.TargetParseException;
import org.plandesk.plan.service.CellChange;
import org.plandesk.shared.Numbers;
import org.plandesk.shared.Problem;
import org.plandesk.shared.Text;

/**
 * Reads what a planner types or pastes into target and actual cells: every target expression of DESIGN §3 for a
 * target, a number or grade for an actual. Refuses what it cannot read with the reason, and flags implausible actuals
 * (outside the indicator's plausible range, ten times off the previous year) for confirmation. No scene nodes; no I/O.
 */
public final class GridEditor {
    /** A cell of the grid that can be edited: a part's target or actual in a year. */
    public record Cell(IndicatorRow row, int year, boolean target) {}

    /** The outcome of reading a cell: a change, or the problem; a warning asks for confirmation first. */
    public record Reading(CellChange change, Problem problem, Problem warning) {
        public boolean ok() {
            return problem == null;
        }
    }

    public Reading read(Cell cell, String typed) {
        String text = typed == null ? "" : typed.strip();
        IndicatorRow row = cell.row();
        if (cell.target()) {
            try {
                List<Target> parsed = TargetExpression.parse(text, row.direction());
                if (parsed.size() > 1) {
                    return new Reading(null, Problem.of("target.partCount", text, 1, parsed.size()), null);
                }
                Target t = parsed.isEmpty() ? null : parsed.get(0);
                return new Reading(CellChange.target(row.partId(), cell.year(), t), null, null);
            } catch (TargetParseException e) {
                return new Reading(null, e.problem(), null);
            }
        }
        String n = Text.normalize(text);
        if (n.isEmpty() || n.matches("[—–\\-/_－―]+")) {
            return new Reading(CellChange.actual(row.partId(), cell.year(), null, ""), null, null);
        }
        Double value = Numbers.parse(n.replaceAll("(%|‰|[\\u4e00-\\u9fff]+)$", ""));
        if (value == null) {
            String grade = GradeScale.canonical(n).orElse(null);
            if (grade == null) {
                return new Reading(null, Problem.of("wide.figure", text), null);
            }
            return new Reading(
                    CellChange.actual(row.partId(), cell.year(), Observation.grade(cell.year(), grade), text),
                    null,
                    null);
        }
        CellChange change = CellChange.actual(row.partId(), cell.year(), Observation.of(cell.year(), value), text);
        return new Reading(change, null, implausible(row, cell.year(), value));
    }

    private static Problem implausible(IndicatorRow row, int year, double value) {
        if (!row.range().contains(value)) {
            return Problem.of(
                    "edit.outOfRange", Numbers.format(value), row.range().text());
        }
        Double previous = Numbers.parse(row.cell(year - 1).actual());
        if (previous != null && previous != 0 && value != 0) {
            double ratio = value / previous;
            if (ratio >= 10 || ratio <= 0.1) {
                return Problem.of("edit.tenfold", Numbers.format(value), Numbers.format(previous), year - 1);
            }
        }
        return null;
    }

    /**
     * Reads a rectangular block of tab-separated text (as Excel and WPS copy it) into the cells from a starting
     * position: {@code cells.get(r).get(c)} is where row r, column c of the block goes. Every problem is returned with
     * its place; the block is applied only when there is none.
     */
    public List<Reading> readBlock(List<List<Cell>> cells, List<List<String>> lines) {
        List<Reading> out = new ArrayList<>();
        for (int r = 0; r < lines.size() && r < cells.size(); r++) {
            List<String> values = lines.get(r);
            for (int c = 0; c < values.size() && c < cells.get(r).size(); c++) {
                Cell cell = cells.get(r).get(c);
                if (cell != null) {
                    out.add(read(cell, values.get(c)));
                }
            }
        }
        return out;
    }

    /** The cell as it shows, for copying. */
    public static String shown(Cell cell) {
        YearCell y = cell.row().cell(cell.year());
        return cell.target() ? y.target() : y.actual();
    }
}
