package org.plandesk.school.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.plandesk.school.Figure;
import org.plandesk.shared.Change;
import org.plandesk.shared.store.RowHistory;

/**
 * How an undone or redone row of school figures appears in the change log: one entry per figure that changed, like
 * an edit of that figure, so the figure's history shows the undo.
 */
public final class SchoolRowLog {
    private SchoolRowLog() {}

    /** The describers of the registry's figure table, by table name. */
    public static Map<String, RowHistory.Describer> describers() {
        return Map.of("SCHOOL_FIGURES", SchoolRowLog::figures);
    }

    private static List<Change> figures(Map<String, Object> from, Map<String, Object> to) {
        Map<String, Object> any = to != null ? to : from;
        long id = ((Number) any.get("ID")).longValue();
        List<Change> out = new ArrayList<>();
        if (from == null || to == null) {
            out.add(new Change(
                    null,
                    null,
                    SchoolService.ENTITY,
                    id,
                    SchoolService.NEW_ROW,
                    from == null ? null : "row",
                    to == null ? null : "row"));
        }
        for (Figure f : Figure.values()) {
            String column = f.column().toUpperCase(Locale.ROOT);
            Object old = from == null ? null : from.get(column);
            Object now = to == null ? null : to.get(column);
            if (!Objects.equals(old, now)) {
                out.add(new Change(null, null, SchoolService.ENTITY, id, f.column(), text(old), text(now)));
            }
        }
        return out;
    }

    private static String text(Object v) {
        return v == null ? null : SchoolImportService.text(((Number) v).doubleValue());
    }
}
