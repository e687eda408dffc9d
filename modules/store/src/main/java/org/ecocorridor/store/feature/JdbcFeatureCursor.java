package org.ecocorridor.store.feature;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.ecocorridor.core.feature.AttributeDescriptor;
import org.ecocorridor.core.feature.Feature;
import org.ecocorridor.core.feature.FeatureCursor;
import org.ecocorridor.core.feature.FeatureSchema;
import org.ecocorridor.store.StoreException;
import org.ecocorridor.store.sql.ColumnInfo;
import org.ecocorridor.store.sql.JdbcValues;
import org.ecocorridor.store.sql.Transactions;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;

/**
 * A {@link FeatureCursor} over an open JDBC result set whose columns are: id, WKB geometry, then
 * the schema's attributes in order. Owns its connection and closes it (ending the read-only
 * transaction PostgreSQL needed for the server-side cursor), unless it was given none: then the
 * caller keeps the connection (a request's shared reader) and the cursor closes only its statement.
 *
 * <p>Public so that other readers in the store (the filtered {@code store.source} reads) can stream
 * the same way.
 *
 * <p>Not thread-safe; one per reader.
 */
public final class JdbcFeatureCursor implements FeatureCursor {
    private final Connection connection;
    private final boolean restoreAutoCommit;
    private final PreparedStatement statement;
    private final ResultSet resultSet;
    private final FeatureSchema schema;
    private final List<ColumnInfo> columns;
    private final WKBReader wkbReader;
    private Feature next;
    private boolean closed;

    /**
     * Executes the statement and wraps its result set.
     *
     * @param connection        connection to close with the cursor, or null when the caller keeps it
     * @param restoreAutoCommit whether to roll back and restore auto-commit when closing
     * @param statement         prepared, bound query: id, WKB geometry, then the schema's attributes
     * @param schema            schema of the features
     * @param columns           column metadata of the attributes, in schema order
     */
    public JdbcFeatureCursor(Connection connection, boolean restoreAutoCommit, PreparedStatement statement,
            FeatureSchema schema, List<ColumnInfo> columns) throws SQLException {
        this.connection = connection;
        this.restoreAutoCommit = restoreAutoCommit;
        this.statement = statement;
        this.schema = schema;
        this.columns = columns;
        this.wkbReader = new WKBReader(new GeometryFactory(new PrecisionModel(), schema.srid()));
        this.resultSet = statement.executeQuery();
    }

    @Override
    public FeatureSchema schema() {
        return schema;
    }

    @Override
    public boolean hasNext() {
        if (next == null && !closed) {
            next = fetch();
        }
        return next != null;
    }

    @Override
    public Feature next() {
        if (!hasNext()) {
            throw new NoSuchElementException("No more features");
        }
        Feature f = next;
        next = null;
        return f;
    }

    private Feature fetch() {
        try {
            if (!resultSet.next()) {
                close();
                return null;
            }
            String id = resultSet.getString(1);
            byte[] wkb = resultSet.getBytes(2);
            Geometry geometry = wkb == null ? null : wkbReader.read(wkb);
            Map<String, Object> values = new LinkedHashMap<>();
            List<AttributeDescriptor> attributes = schema.attributes();
            for (int i = 0; i < attributes.size(); i++) {
                AttributeDescriptor a = attributes.get(i);
                values.put(a.name(), JdbcValues.read(resultSet, i + 3, a.type(), columns.get(i)));
            }
            return new Feature(id, geometry, values);
        } catch (SQLException | ParseException e) {
            StoreException failure = new StoreException("Reading features failed: " + e.getMessage(), e);
            closeQuietly(failure);
            throw failure;
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        StoreException failure = new StoreException("Closing a feature cursor failed");
        closeQuietly(failure);
        if (failure.getSuppressed().length > 0) {
            throw failure;
        }
    }

    private void closeQuietly(StoreException failure) {
        closed = true;
        try (connection; statement; resultSet) {
            if (restoreAutoCommit) {
                Transactions.rollbackQuietly(connection, failure);
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }
}
