package org.ecocorridor.store.source;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.ecocorridor.core.feature.FeatureCursor;
import org.ecocorridor.core.filter.Filter;
import org.ecocorridor.core.source.FeatureReader;
import org.ecocorridor.core.source.FeatureType;
import org.ecocorridor.core.source.SourceQuery;
import org.ecocorridor.store.StoreException;
import org.ecocorridor.store.sql.Transactions;

/**
 * The {@link FeatureReader} of {@link DatabaseFeatureSource}: one pooled connection, taken at the
 * first call and returned by {@link #close}, and each type's catalog row read once. A small WFS
 * GetFeature then costs three statements (catalog row, {@code COUNT(*)}, {@code SELECT}) on one
 * checkout, where separate source calls cost three checkouts, three catalog reads and a read
 * transaction (profiled under {@code scripts/bench/wfs}, see docs/benchmarks.md). Rows are not kept
 * beyond the reader, so catalog changes (visibility included) apply to the next request.
 *
 * <p>Cursors run on the shared connection; a read that streams (see
 * {@link DatabaseFeatureSource#prepareRead}) opens the read transaction, which lasts until the
 * reader closes, so several cursors may be open at once (the file formats read one per query).
 *
 * <p>Not thread-safe; one per request.
 */
final class SharedConnectionReader implements FeatureReader {
    private final DatabaseFeatureSource source;
    private final DataSource dataSource;
    private final Map<String, Optional<TableMapping>> resolved = new HashMap<>();
    private final List<FeatureCursor> cursors = new ArrayList<>();
    private Connection connection;
    private boolean autoCommitChanged;
    private boolean closed;

    SharedConnectionReader(DatabaseFeatureSource source, DataSource dataSource) {
        this.source = source;
        this.dataSource = dataSource;
    }

    @Override
    public Optional<FeatureType> featureType(String name) {
        try {
            return mapping(name).map(TableMapping::type);
        } catch (SQLException e) {
            throw new StoreException("Describing " + name + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public long count(String typeName, Filter filter) {
        try {
            return DatabaseFeatureSource.count(connection(), require(typeName), filter);
        } catch (SQLException e) {
            throw new StoreException("Counting features of " + typeName + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public FeatureCursor open(SourceQuery query) {
        try {
            TableMapping table = require(query.typeName());
            Connection c = connection();
            autoCommitChanged |= source.prepareRead(c, query);
            FeatureCursor cursor = source.cursor(c, table, query, null, false);
            cursors.add(cursor);
            return cursor;
        } catch (SQLException e) {
            throw new StoreException("Reading " + query.typeName() + " failed: " + e.getMessage(), e);
        }
    }

    /** Closes the cursors still open, ends the read transaction if one was opened, returns the connection. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        StoreException failure = new StoreException("Closing a feature reader failed");
        for (FeatureCursor cursor : cursors) {
            try {
                cursor.close();
            } catch (RuntimeException e) {
                failure.addSuppressed(e);
            }
        }
        if (connection != null) {
            try (Connection c = connection) {
                if (autoCommitChanged) {
                    Transactions.rollbackQuietly(c, failure);
                    c.setAutoCommit(true);
                }
            } catch (SQLException e) {
                failure.addSuppressed(e);
            }
        }
        if (failure.getSuppressed().length > 0) {
            throw failure;
        }
    }

    private Connection connection() throws SQLException {
        if (closed) {
            throw new IllegalStateException("The feature reader is closed");
        }
        if (connection == null) {
            connection = dataSource.getConnection();
        }
        return connection;
    }

    private Optional<TableMapping> mapping(String name) throws SQLException {
        Optional<TableMapping> known = resolved.get(name);
        if (known == null) {
            known = source.mapping(connection(), name);
            resolved.put(name, known);
        }
        return known;
    }

    private TableMapping require(String name) throws SQLException {
        return mapping(name).orElseThrow(() -> new IllegalArgumentException("No feature type named \"" + name + "\""));
    }
}
