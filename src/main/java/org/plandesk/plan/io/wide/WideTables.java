package org.plandesk.plan.io.wide;

import java.util.Map;
import org.plandesk.io.RawTable;
import org.plandesk.io.TableFiles;
import org.plandesk.shared.InputRejectedException;
import org.plandesk.shared.Problem;

/**
 * Reads the sheet of a file that holds the table. A workbook whose first sheet is a cover or a note (说明) has its
 * table on another sheet: without a sheet named, the first sheet in which a table is recognised is taken; when no
 * sheet holds one, the message names the sheets.
 */
public final class WideTables {
    private WideTables() {}

    /** The named sheet, or the first sheet (of a workbook) that holds a table. */
    public static RawTable read(byte[] bytes, String name, String sheet) throws InputRejectedException {
        RawTable first = TableFiles.read(bytes, name, sheet);
        if (sheet != null || first.sheets().size() <= 1 || holdsTable(first)) {
            return first;
        }
        for (String other : first.sheets().subList(1, first.sheets().size())) {
            RawTable t = TableFiles.read(bytes, name, other);
            if (holdsTable(t)) {
                return t;
            }
        }
        throw InputRejectedException.of(Problem.of("wide.noTableInSheets", String.join("、", first.sheets())));
    }

    /** The name of the sheet a table was read from (empty for text). */
    public static String sheetOf(RawTable t) {
        int at = t.source().lastIndexOf(" / ");
        return t.sheets().isEmpty() || at < 0 ? "" : t.source().substring(at + 3);
    }

    private static boolean holdsTable(RawTable t) {
        try {
            new WideTableParser().parse(t, "", Map.of());
            return true;
        } catch (InputRejectedException e) {
            return false;
        }
    }
}
