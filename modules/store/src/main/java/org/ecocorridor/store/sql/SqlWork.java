package org.ecocorridor.store.sql;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Work done with one JDBC connection, possibly inside a transaction.
 *
 * @param <T> result type
 */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
