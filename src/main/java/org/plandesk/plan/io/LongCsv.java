package org.plandesk.plan.io;

import java.util.List;
import org.plandesk.io.CsvTables;

/** The long CSV format (DESIGN §4): one value per row. */
public final class LongCsv {
    public static final List<String> HEADER = List.of(
            "plan",
            "code",
            "group",
            "indicator",
            "part",
            "unit",
            "year",
            "kind",
            "comparator",
            "value",
            "upper",
            "stretch",
            "text",
            "source",
            "note");

    private LongCsv() {}

    /** True when a header row is the long CSV's. */
    public static boolean matches(List<String> header) {
        return CsvTables.clean(header).equals(HEADER);
    }
}
