package org.plandesk.workspace;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.h2.api.ErrorCode;
import org.plandesk.shared.Failures;
import org.plandesk.shared.Problem;
import org.plandesk.shared.StorageException;

/** Runs work in one JDBC transaction; database failures leave as {@link StorageException}, never as JDBC's. */
public final class Transactor {
    private final DataSource dataSource;

    public Transactor(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Work on a connection that may throw a checked exception of type E. */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        T run(Connection c) throws SQLException, E;
    }

    /**
     * Runs work in one transaction: committed when it returns, rolled back when it throws. A database failure comes
     * out as a {@link StorageException}; the work's own checked exception (a refusal) as itself.
     */
    public <T, E extends Exception> T inTransaction(Work<T, E> work) throws E {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } catch (Exception e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** Runs work in a transaction that is always rolled back: a dry run that writes nothing. */
    public <T, E extends Exception> T rolledBack(Work<T, E> work) throws E {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                return work.run(c);
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** Read-only work; no transaction needed beyond the statement. */
    public <T> T read(Work<T, RuntimeException> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** A database failure as the user reads it: a read-only workspace and a full disk have their own words. */
    static StorageException failed(SQLException e) {
        String detail = Failures.firstLine(e);
        if (e.getErrorCode() == ErrorCode.DATABASE_IS_READ_ONLY) {
            return new StorageException(Problem.of("storage.readOnly"), e);
        }
        return switch (Failures.kind(e)) {
            case DISK_FULL -> new StorageException(Problem.of("storage.diskFull", Failures.reason(e)), e);
            case READ_ONLY -> new StorageException(Problem.of("storage.readOnly"), e);
            case OTHER -> new StorageException(Problem.of("storage.failed", detail), e);
        };
    }
}
