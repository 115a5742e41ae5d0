package org.plandesk.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workspace file stays in proportion to what it holds: the space one long transaction (an import) leaves behind goes
 * when the workspace closes. Without it, 800,000 imported values made a file of 790 MB that stayed that size.
 */
class CompactionTest {
    @TempDir
    Path dir;

    @Test
    void theSpaceALongTransactionLeftBehindGoesWhenTheWorkspaceCloses() throws Exception {
        Path data = dir.resolve("ws.mv.db");
        long before;
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            try (Connection c = ws.connection()) {
                c.setAutoCommit(false);
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO change_log (at, os_user, entity, entity_id,"
                        + " field, new_value) VALUES (?, 'u', 'plan', ?, 'f', ?)")) {
                    for (int i = 0; i < 120_000; i++) {
                        ps.setTimestamp(1, Timestamp.from(Instant.EPOCH));
                        ps.setLong(2, i);
                        ps.setString(3, i + " " + "值".repeat(60));
                        ps.addBatch();
                        if (i % 5000 == 4999) {
                            ps.executeBatch();
                        }
                    }
                }
                c.commit();
            }
            before = Files.size(data);
            assertThat(before).isGreaterThan(Compaction.MIN_BYTES);
        }
        long after = Files.size(data);
        assertThat(after).as("bytes before %d, after %d", before, after).isLessThan(before / 2);
        try (Workspace again = Workspace.open(dir.resolve("ws"));
                Connection c = again.connection();
                ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM change_log")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(120_000);
        }
    }

    @Test
    void aSmallFileIsLeftAsItIs() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("small"));
                Connection c = ws.connection()) {
            assertThat(Compaction.closeCompactedIfSparse(c)).isFalse();
        }
    }
}
