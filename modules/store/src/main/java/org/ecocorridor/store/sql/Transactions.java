package org.ecocorridor.store.sql;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.ecocorridor.store.StoreException;

/**
 * Runs {@link SqlWork} on a pooled connection: either as one transaction (commit on success,
 * rollback on any exception) or in auto-commit mode. {@link SQLException}s become
 * {@link StoreException}s with the given context; runtime exceptions propagate unchanged after the
 * rollback.
 *
 * <p>Thread-safe (stateless).
 */
public final class Transactions {
    private Transactions() {
    }

    /** Runs the work in one transaction. */
    public static <T> T inTransaction(DataSource dataSource, String context, SqlWork<T> work) {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                rollbackQuietly(c, e);
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new StoreException(context + " failed: " + e.getMessage(), e);
        }
    }

    /** Runs the work on a connection in auto-commit mode. */
    public static <T> T withConnection(DataSource dataSource, String context, SqlWork<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new StoreException(context + " failed: " + e.getMessage(), e);
        }
    }

    /** Rolls back, recording a failure of the rollback itself as suppressed by {@code cause}. */
    public static void rollbackQuietly(Connection c, Throwable cause) {
        try {
            c.rollback();
        } catch (SQLException rollbackFailure) {
            cause.addSuppressed(rollbackFailure);
        }
    }
}
