package org.plandesk.workspace;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Runs work in one JDBC transaction: committed when it returns, rolled back when it throws. */
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

    public <T, E extends Exception> T inTransaction(Work<T, E> work) throws SQLException, E {
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
        }
    }

    /** Runs work in a transaction that is always rolled back: a dry run that writes nothing. */
    public <T, E extends Exception> T rolledBack(Work<T, E> work) throws SQLException, E {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                return work.run(c);
            } finally {
                c.rollback();
            }
        }
    }

    /** Read-only work; no transaction needed beyond the statement. */
    public <T> T read(Work<T, RuntimeException> work) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return work.run(c);
        }
    }
}
