package org.ecocorridor.store;

/**
 * A database operation of the store failed (connection lost, constraint violated, migration
 * failed, PostGIS missing). Unchecked: callers rarely recover from these, and the server maps them
 * to one HTTP 500/503 handler. Bad arguments are reported with {@link IllegalArgumentException}
 * instead, before the database is touched.
 *
 * <p>Immutable.
 */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
