package org.plandesk.plan.service;

import java.util.List;
import java.util.Map;
import org.plandesk.plan.ActualKind;
import org.plandesk.shared.Change;
import org.plandesk.shared.Numbers;
import org.plandesk.shared.store.RowHistory;

/**
 * How an undone or redone target or actual appears in the change log: like an edit of that cell (part, year, old →
 * new), so a cell's history shows the undo where the user looks for it.
 */
public final class PlanRowLog {
    private PlanRowLog() {}

    /** The describers of the plan's value tables, by table name. */
    public static Map<String, RowHistory.Describer> describers() {
        return Map.of("TARGET", PlanRowLog::target, "ACTUAL", PlanRowLog::actual);
    }

    private static List<Change> target(Map<String, Object> from, Map<String, Object> to) {
        Map<String, Object> any = to != null ? to : from;
        return List.of(new Change(
                null,
                null,
                "target",
                ((Number) any.get("PART_ID")).longValue(),
                String.valueOf(any.get("YR")),
                targetText(from),
                targetText(to)));
    }

    private static String targetText(Map<String, Object> row) {
        if (row == null) {
            return null;
        }
        String text = (String) row.get("TEXT");
        return text != null && !text.isEmpty()
                ? text
                : row.get("GRADE") != null ? (String) row.get("GRADE") : Numbers.format((Double) row.get("VAL"));
    }

    private static List<Change> actual(Map<String, Object> from, Map<String, Object> to) {
        Map<String, Object> any = to != null ? to : from;
        String year = String.valueOf(any.get("YR"));
        String field = ActualKind.BASELINE.name().equals(any.get("KIND")) ? "baseline:" + year : year;
        return List.of(new Change(
                null,
                null,
                "actual",
                ((Number) any.get("PART_ID")).longValue(),
                field,
                actualText(from),
                actualText(to)));
    }

    private static String actualText(Map<String, Object> row) {
        if (row == null) {
            return null;
        }
        return row.get("GRADE") != null ? (String) row.get("GRADE") : Numbers.format((Double) row.get("VAL"));
    }
}
