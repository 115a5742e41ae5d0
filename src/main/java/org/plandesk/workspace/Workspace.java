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
    private static final System.Logger LOG = System.getLogger(Workspace.class.getName());
    /**
     * The version of the newest migration in {@code db/migration}. A workspace already at this version is opened
     * without starting Flyway, which takes most of a second on a cold JVM; a test keeps this in step with the files.
     */
    public static final String SCHEMA_VERSION = "4";

    private final Path base;
    private final boolean created;
    private final boolean readOnly;
    private final String version;
    private final JdbcConnectionPool pool;
    private final FileLock lock;
    private final FileChannel lockChannel;
    private final Path lockFile;
    private final TableModel tables;

    private Workspace(
            Path base, boolean created, boolean readOnly, String version, JdbcConnectionPool pool, Held held) {
        this.base = base;
        this.created = created;
        this.readOnly = readOnly;
        this.version = version;
        this.pool = pool;
        this.lock = held.lock();
        this.lockChannel = held.channel();
        this.lockFile = held.file();
        this.tables = held.tables();
    }

    /** The lock a workspace holds (none for a read-only one on a medium where no lock file can be made). */
    private record Held(FileLock lock, FileChannel channel, Path file, TableModel tables) {
        Held with(TableModel t) {
            return new Held(lock, channel, file, t);
        }

        void release() {
            releaseQuietly(lock, channel, file);
        }
    }

    /** Called before an older workspace is upgraded, with the old workspace open read-only. */
    @FunctionalInterface
    public interface UpgradeGuard {
        void beforeUpgrade(Workspace old, String fromVersion) throws IOException;
    }

    /**
     * JDBC URL of a workspace base path: the path (checked by {@link WorkspaceLocations#unsafeCharacter}, absolute) and
     * PlanDesk's own settings, never one from a file name.
     */
    public static String url(Path base, boolean mustExist) {
        return url(base, mustExist, false);
    }

    private static String url(Path base, boolean mustExist, boolean readOnly) {
        if (WorkspaceLocations.unsafeCharacter(base) >= 0 || !base.isAbsolute()) {
            throw new IllegalArgumentException("not a checked workspace path: " + base);
        }
        // TRACE_LEVEL_FILE=0: H2 writes no <name>.trace.db beside the user's file; failures go to PlanDesk's log
        return "jdbc:h2:file:" + base + ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0;CACHE_SIZE=32768;LAZY_QUERY_EXECUTION=TRUE"
                + (mustExist ? ";IFEXISTS=TRUE" : "") + (readOnly ? ";ACCESS_MODE_DATA=r" : "");
    }

    /**
     * Opens a workspace, creating an empty one when the file does not exist. {@link #isNew()} tells whether it was
     * created, so the caller can fill it with the sample content. A workspace whose file or folder cannot be written
     * (a CD, a write-protected USB stick, a read-only share) opens read-only, for viewing and export.
     */
    public static Workspace open(Path file) throws WorkspaceUnavailableException {
        return open(file, null, false);
    }

    /** Opens as {@link #open(Path)} does; an older workspace is handed to {@code guard} before it is upgraded. */
    public static Workspace open(Path file, UpgradeGuard guard) throws WorkspaceUnavailableException {
        return open(file, guard, false);
    }

    /** Opens an existing workspace read-only, whether or not its folder could be written. */
    public static Workspace openReadOnly(Path file) throws WorkspaceUnavailableException {
        return open(file, null, true);
    }

    /**
     * Creates a new workspace at an older schema version PlanDesk has shipped (a restore of an older backup loads its
     * rows there, and the next {@link #open} upgrades it with the same migrations as any workspace).
     */
    public static Workspace createAtVersion(Path file, String schemaVersion) throws WorkspaceUnavailableException {
        if (!SchemaCheck.SHIPPED.contains(schemaVersion)) {
            throw new IllegalArgumentException("not a shipped schema version: " + schemaVersion);
        }
        Path base = checkedBase(file);
        Path data = WorkspaceLocations.dataFile(base);
        if (Files.exists(data)) {
            throw new WorkspaceUnavailableException(
                    Problem.of("workspace.cannotCreate", data.toString(), "exists"), null);
        }
        Held held = lock(base, data, false);
        JdbcConnectionPool pool = JdbcConnectionPool.create(url(base, false), "sa", "");
        try {
            migrate(pool, schemaVersion);
            try (Connection c = pool.getConnection()) {
                return new Workspace(base, true, false, schemaVersion, pool, held.with(TableModel.read(c)));
            }
        } catch (SQLException | RuntimeException e) {
            pool.dispose();
            held.release();
            throw new WorkspaceUnavailableException(
                    Problem.of("workspace.cannotCreate", data.toString(), firstLine(String.valueOf(e))), e);
        }
    }

    /** True for a schema version some PlanDesk has shipped (a backup of it can be restored). */
    public static boolean isShippedVersion(String schemaVersion) {
        return SchemaCheck.SHIPPED.contains(schemaVersion);
    }

    private static Path checkedBase(Path file) throws WorkspaceUnavailableException {
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
        return WorkspaceLocations.base(file);
    }

    private static Workspace open(Path file, UpgradeGuard guard, boolean forceReadOnly)
            throws WorkspaceUnavailableException {
        Path base = checkedBase(file);
        Path data = WorkspaceLocations.dataFile(base);
        boolean exists = Files.exists(data);
        if (exists && !Files.isReadable(data)) {
            throw new WorkspaceUnavailableException(Problem.of("workspace.unreadable", data.toString(), "?"), null);
        }
        if (!exists && forceReadOnly) {
            throw new WorkspaceUnavailableException(Problem.of("workspace.unreadable", data.toString(), "?"), null);
        }
        boolean readOnly = exists && (forceReadOnly || !WorkspaceLocations.writable(data));
        Held held = lock(base, data, readOnly);
        String version = SCHEMA_VERSION;
        if (exists) {
            version = checkSchema(data, held);
            if (!SCHEMA_VERSION.equals(version)) {
                if (readOnly) {
                    held.release();
                    throw new WorkspaceUnavailableException(Problem.of("workspace.readOnlyOld", data.toString()), null);
                }
                upgradeByCopy(base, data, version, guard, held);
                version = SCHEMA_VERSION;
            }
        }
        JdbcConnectionPool pool = JdbcConnectionPool.create(url(base, exists, readOnly), "sa", "");
        try {
            boolean current;
            try (Connection c = pool.getConnection()) {
                current = exists && isCurrent(c);
            }
            if (!current) {
                if (readOnly) {
                    throw new WorkspaceUnavailableException(Problem.of("workspace.readOnlyOld", data.toString()), null);
                }
                migrate(pool, null);
            }
            try (Connection c = pool.getConnection()) {
                return new Workspace(base, !exists, readOnly, version, pool, held.with(TableModel.read(c)));
            }
        } catch (SQLException e) {
            pool.dispose();
            held.release();
            if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                throw new WorkspaceInUseException(data, e);
            }
            throw WorkspaceUnavailableException.because(data, e, "workspace.unreadable");
        } catch (FlywayException e) {
            pool.dispose();
            held.release();
            throw WorkspaceUnavailableException.because(data, e, "workspace.notWorkspace");
        } catch (WorkspaceUnavailableException e) {
            pool.dispose();
            held.release();
            throw e;
        } catch (RuntimeException e) {
            pool.dispose();
            held.release();
            throw WorkspaceUnavailableException.because(data, e, "workspace.unreadable");
        }
    }

    /**
     * Takes the workspace's lock (a second PlanDesk gets "in use"). A read-only workspace on a medium where no lock
     * file can be made is opened without one: nobody can write it there.
     */
    private static Held lock(Path base, Path data, boolean readOnly) throws WorkspaceUnavailableException {
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
            if (readOnly) {
                return new Held(null, null, null, null);
            }
            throw WorkspaceUnavailableException.because(data, e, "workspace.cannotCreate");
        }
        if (lock == null) {
            closeQuietly(channel);
            throw new WorkspaceInUseException(data, null);
        }
        return new Held(lock, channel, lockFile, null);
    }

    /** Nothing of a file runs before its schema records are known to be PlanDesk's own (DESIGN D11). */
    private static String checkSchema(Path data, Held held) throws WorkspaceUnavailableException {
        List<String> schema;
        try {
            schema = SchemaCheck.fingerprint(data);
        } catch (RuntimeException e) {
            held.release();
            // the storage layer's own words ("Store header is corrupt … [2.4.240/6]") go to the log, not to the user
            LOG.log(System.Logger.Level.WARNING, "unreadable workspace " + data, e);
            throw new WorkspaceUnavailableException(Problem.of("workspace.damaged", data.toString()), e);
        }
        String version = SchemaCheck.matchingVersion(schema);
        if (version == null) {
            held.release();
            throw new WorkspaceUnavailableException(
                    Problem.of("workspace.foreignSchema", data.toString(), SchemaCheck.firstForeign(schema)), null);
        }
        return version;
    }

    private static void migrate(JdbcConnectionPool pool, String target) {
        var config = Flyway.configure().dataSource(pool).locations("classpath:db/migration");
        if (target != null) {
            config = config.target(target);
        }
        config.load().migrate();
    }

    /**
     * Upgrades an older workspace without ever leaving a half-migrated one: the guard backs it up first (read-only),
     * the file is kept as {@code <name>.v<old>-backup.mv.db}, a copy is migrated beside it, flushed to disk, and moved
     * over the original in one step. A crash at any moment leaves the old workspace or the new one, both whole.
     */
    private static void upgradeByCopy(Path base, Path data, String version, UpgradeGuard guard, Held held)
            throws WorkspaceUnavailableException {
        if (guard != null) {
            JdbcConnectionPool old = JdbcConnectionPool.create(url(base, true, true), "sa", "");
            try (Connection c = old.getConnection()) {
                guard.beforeUpgrade(
                        new Workspace(base, false, true, version, old, new Held(null, null, null, TableModel.read(c))),
                        version);
            } catch (IOException | SQLException | RuntimeException e) {
                held.release();
                throw new WorkspaceUnavailableException(
                        Problem.of("workspace.backupFailed", data.toString(), firstLine(String.valueOf(e))), e);
            } finally {
                old.dispose();
            }
        }
        try {
            Path keep =
                    WorkspaceLocations.dataFile(base.resolveSibling(base.getFileName() + ".v" + version + "-backup"));
            Path workBase = base.resolveSibling(base.getFileName() + ".upgrading");
            Path work = WorkspaceLocations.dataFile(workBase);
            Files.deleteIfExists(work);
            Files.copy(data, keep, StandardCopyOption.REPLACE_EXISTING);
            Files.copy(data, work);
            JdbcConnectionPool pool = JdbcConnectionPool.create(url(workBase, true), "sa", "");
            try {
                migrate(pool, null);
            } finally {
                pool.dispose();
            }
            try (FileChannel ch = FileChannel.open(work, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            Files.move(work, data, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            held.release();
            throw WorkspaceUnavailableException.because(data, e, "workspace.upgradeFailed");
        }
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

    /** True when the workspace was opened read-only: its folder or medium cannot be written. */
    public boolean isReadOnly() {
        return readOnly;
    }

    /** The schema version of this open workspace (older only while it is handed to an {@link UpgradeGuard}). */
    public String schemaVersion() {
        return version;
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
        if (!readOnly) {
            try (Connection c = pool.getConnection()) {
                Compaction.closeCompactedIfSparse(c);
            } catch (SQLException e) {
                // the file stays as large as it is; nothing is lost
                LOG.log(System.Logger.Level.WARNING, "workspace compaction failed: " + base, e);
            }
        }
        pool.dispose();
        releaseQuietly(lock, lockChannel, lockFile);
    }

    private static void releaseQuietly(FileLock lock, FileChannel channel, Path lockFile) {
        if (lock == null) {
            return;
        }
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
