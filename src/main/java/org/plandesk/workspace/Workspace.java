package org.plandesk.workspace;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.plandesk.shared.Problem;

/**
 * One workspace: an H2 file database (DESIGN D2, D4) migrated by Flyway, held exclusively by this process.
 * The URL always carries {@code WRITE_DELAY=0} so that a commit that returned survives a killed process.
 */
public final class Workspace implements AutoCloseable {
    /**
     * The version of the newest migration in {@code db/migration}. A workspace already at this version is opened
     * without starting Flyway, which takes most of a second on a cold JVM; a test keeps this in step with the files.
     */
    public static final String SCHEMA_VERSION = "2";

    private final Path base;
    private final boolean created;
    private final JdbcConnectionPool pool;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Path lockFile;
    private final TableModel tables;

    private Workspace(
            Path base,
            boolean created,
            JdbcConnectionPool pool,
            FileChannel lockChannel,
            FileLock lock,
            Path lockFile,
            TableModel tables) {
        this.tables = tables;
        this.base = base;
        this.created = created;
        this.pool = pool;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.lockFile = lockFile;
    }

    /**
     * JDBC URL of a workspace base path: the path (checked by {@link WorkspaceLocations#unsafeCharacter}, absolute) and
     * PlanDesk's own settings, never one from a file name.
     */
    public static String url(Path base, boolean mustExist) {
        if (WorkspaceLocations.unsafeCharacter(base) >= 0 || !base.isAbsolute()) {
            throw new IllegalArgumentException("not a checked workspace path: " + base);
        }
        return "jdbc:h2:file:" + base + ";WRITE_DELAY=0" + (mustExist ? ";IFEXISTS=TRUE" : "");
    }

    /**
     * Opens a workspace, creating an empty one when the file does not exist. {@link #isNew()} tells whether it was
     * created, so the caller can fill it with the sample content.
     */
    public static Workspace open(Path file) throws WorkspaceUnavailableException {
        int unsafe = WorkspaceLocations.unsafeCharacter(file);
        if (unsafe >= 0) {
            throw new WorkspaceUnavailableException(
                    Problem.of(
                            "workspace.unsafePath",
                            file.toString(),
                            Character.isISOControl(unsafe)
                                    ? String.format("U+%04X", unsafe)
                                    : String.valueOf((char) unsafe)),
                    null);
        }
        Path base = WorkspaceLocations.base(file);
        Path data = WorkspaceLocations.dataFile(base);
        boolean exists = Files.exists(data);
        if (exists && !Files.isReadable(data)) {
            throw new WorkspaceUnavailableException(Problem.of("workspace.unreadable", data.toString(), "?"), null);
        }
        Path lockFile = base.resolveSibling(base.getFileName() + ".lock");
        FileChannel channel = null;
        FileLock lock;
        try {
            Files.createDirectories(base.getParent());
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new WorkspaceInUseException(data, e);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new WorkspaceUnavailableException(
                    Problem.of("workspace.cannotCreate", data.toString(), e.getMessage()), e);
        }
        if (lock == null) {
            closeQuietly(channel);
            throw new WorkspaceInUseException(data, null);
        }
        if (exists) {
            // nothing of a file runs before its schema records are known to be PlanDesk's own (DESIGN D11)
            List<String> schema;
            try {
                schema = SchemaCheck.fingerprint(data);
            } catch (RuntimeException e) {
                releaseQuietly(lock, channel, lockFile);
                throw new WorkspaceUnavailableException(
                        Problem.of(
                                "workspace.notWorkspace", data.toString(), firstLine(String.valueOf(e.getMessage()))),
                        e);
            }
            String version = SchemaCheck.matchingVersion(schema);
            if (version == null) {
                releaseQuietly(lock, channel, lockFile);
                throw new WorkspaceUnavailableException(
                        Problem.of("workspace.foreignSchema", data.toString(), SchemaCheck.firstForeign(schema)), null);
            }
            if (!SCHEMA_VERSION.equals(version)) {
                try {
                    upgradeByCopy(base, data, version);
                } catch (IOException | SQLException | RuntimeException e) {
                    releaseQuietly(lock, channel, lockFile);
                    throw new WorkspaceUnavailableException(
                            Problem.of("workspace.upgradeFailed", data.toString(), firstLine(String.valueOf(e))), e);
                }
            }
        }
        JdbcConnectionPool pool = JdbcConnectionPool.create(url(base, exists), "sa", "");
        TableModel tables;
        try {
            boolean current;
            try (Connection c = pool.getConnection()) {
                current = exists && isCurrent(c);
            }
            if (!current) {
                Flyway.configure()
                        .dataSource(pool)
                        .locations("classpath:db/migration")
                        .load()
                        .migrate();
            }
            try (Connection c = pool.getConnection()) {
                tables = TableModel.read(c);
            }
        } catch (SQLException e) {
            pool.dispose();
            releaseQuietly(lock, channel, lockFile);
            if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                throw new WorkspaceInUseException(data, e);
            }
            throw new WorkspaceUnavailableException(
                    Problem.of("workspace.unreadable", data.toString(), firstLine(e.getMessage())), e);
        } catch (FlywayException e) {
            pool.dispose();
            releaseQuietly(lock, channel, lockFile);
            throw new WorkspaceUnavailableException(
                    Problem.of("workspace.notWorkspace", data.toString(), firstLine(e.getMessage())), e);
        } catch (RuntimeException e) {
            pool.dispose();
            releaseQuietly(lock, channel, lockFile);
            throw new WorkspaceUnavailableException(
                    Problem.of("workspace.unreadable", data.toString(), firstLine(String.valueOf(e.getMessage()))), e);
        }
        return new Workspace(base, !exists, pool, channel, lock, lockFile, tables);
    }

    /**
     * Upgrades an older workspace without ever leaving a half-migrated one: the file is kept as
     * {@code <name>.v<old>-backup.mv.db}, a copy is migrated beside it, flushed to disk, and moved over the original in
     * one step. A crash at any moment leaves the old workspace or the new one, both whole.
     */
    private static void upgradeByCopy(Path base, Path data, String version) throws IOException, SQLException {
        Path keep = WorkspaceLocations.dataFile(base.resolveSibling(base.getFileName() + ".v" + version + "-backup"));
        Path workBase = base.resolveSibling(base.getFileName() + ".upgrading");
        Path work = WorkspaceLocations.dataFile(workBase);
        Files.deleteIfExists(work);
        Files.copy(data, keep, StandardCopyOption.REPLACE_EXISTING);
        Files.copy(data, work);
        JdbcConnectionPool pool = JdbcConnectionPool.create(url(workBase, true), "sa", "");
        try {
            Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } finally {
            pool.dispose();
        }
        try (FileChannel ch = FileChannel.open(work, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        Files.move(work, data, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** True when the schema history says the newest migration was applied successfully. */
    static boolean isCurrent(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                var rs = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES "
                        + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = 'flyway_schema_history'")) {
            rs.next();
            if (rs.getInt(1) == 0) {
                return false;
            }
        }
        try (Statement s = c.createStatement();
                var rs = s.executeQuery("SELECT \"version\", \"success\" FROM \"flyway_schema_history\" "
                        + "WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\" DESC LIMIT 1")) {
            return rs.next() && SCHEMA_VERSION.equals(rs.getString(1)) && rs.getBoolean(2);
        }
    }

    /** The workspace's tables, keys and references, as its catalogue describes them. */
    public TableModel tables() {
        return tables;
    }

    public DataSource dataSource() {
        return pool;
    }

    public Connection connection() throws SQLException {
        return pool.getConnection();
    }

    /** True when this open created the workspace. */
    public boolean isNew() {
        return created;
    }

    /** The path without {@code .mv.db}. */
    public Path base() {
        return base;
    }

    /** The H2 data file. */
    public Path dataFile() {
        return WorkspaceLocations.dataFile(base);
    }

    /** Display name: the file name without {@code .mv.db}. */
    public String name() {
        return base.getFileName().toString();
    }

    @Override
    public void close() {
        pool.dispose();
        releaseQuietly(lock, lockChannel, lockFile);
    }

    private static void releaseQuietly(FileLock lock, FileChannel channel, Path lockFile) {
        try {
            lock.release();
        } catch (IOException ignored) {
            // the channel is closed next; the lock goes with it
        }
        closeQuietly(channel);
        try {
            Files.deleteIfExists(lockFile);
        } catch (IOException ignored) {
            // a stale lock file is harmless: locks are held by the OS, not by the file's existence
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing to recover
            }
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
