package org.plandesk.workspace;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;

/** Workspaces as an older PlanDesk left them, for tests of upgrades and their backups. */
public final class OldWorkspaces {
    private OldWorkspaces() {}

    /** A workspace at schema version 1 holding one plan, 示范规划 (2021–2025); returns its base path. */
    public static Path versionOneWithAPlan(Path dir) throws Exception {
        Path base = dir.resolve("old-v1").toAbsolutePath();
        JdbcConnectionPool pool = JdbcConnectionPool.create(Workspace.url(base, false), "sa", "");
        try {
            Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/migration")
                    .target("1")
                    .load()
                    .migrate();
            try (Connection c = pool.getConnection();
                    Statement s = c.createStatement()) {
                s.execute("INSERT INTO plan (title, start_year, end_year) VALUES ('示范规划', 2021, 2025)");
            }
        } finally {
            pool.dispose();
        }
        return base;
    }

    /** The schema version a workspace file's records match, or null. */
    public static String versionOf(Path base) {
        return SchemaCheck.matchingVersion(SchemaCheck.fingerprint(WorkspaceLocations.dataFile(base)));
    }
}
