package org.plandesk.workspace;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * Keeps a workspace file in proportion to what it holds. H2 writes new pages at the end of its file and reuses the
 * space of old ones only later; a large import (one long transaction) or a large delete leaves most of the file
 * unused, and H2's own compaction when it closes is limited to a fraction of a second. Measured: 800,000 values
 * made a file of 790 MB that stayed that size after reopening. When at most half of a file larger than
 * {@link #MIN_BYTES} is in use, the workspace is closed with {@code SHUTDOWN COMPACT}, which rewrites it whole.
 */
final class Compaction {
    /** Below this size a file is left as it is: rewriting it would save little. */
    static final long MIN_BYTES = 16L * 1024 * 1024;

    private static final int MAX_USED_PERCENT = 50;

    private Compaction() {}

    /** Closes the database compacted when its file is mostly unused; returns whether it did. */
    static boolean closeCompactedIfSparse(Connection c) throws SQLException {
        return closeCompactedIfSparse(c, MIN_BYTES);
    }

    /** As {@link #closeCompactedIfSparse(Connection)}, for files of at least {@code minBytes}. */
    static boolean closeCompactedIfSparse(Connection c, long minBytes) throws SQLException {
        Map<String, Long> info = new HashMap<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT SETTING_NAME, SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                        + " WHERE SETTING_NAME IN ('info.FILE_SIZE', 'info.FILL_RATE', 'info.CHUNKS_FILL_RATE')")) {
            while (rs.next()) {
                info.put(rs.getString(1), Long.parseLong(rs.getString(2)));
            }
        }
        long size = info.getOrDefault("info.FILE_SIZE", 0L);
        long usedPercent =
                info.getOrDefault("info.FILL_RATE", 100L) * info.getOrDefault("info.CHUNKS_FILL_RATE", 100L) / 100;
        if (size < minBytes || usedPercent > MAX_USED_PERCENT) {
            return false;
        }
        try (Statement s = c.createStatement()) {
            s.execute("SHUTDOWN COMPACT");
        }
        return true;
    }
}
