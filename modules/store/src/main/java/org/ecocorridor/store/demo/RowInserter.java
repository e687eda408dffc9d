package org.ecocorridor.store.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecocorridor.core.feature.AttributeType;
import org.ecocorridor.core.feature.GeometryKind;
import org.ecocorridor.store.ingest.GeometryConformance;
import org.ecocorridor.store.sql.ColumnInfo;
import org.ecocorridor.store.sql.Identifiers;
import org.ecocorridor.store.sql.JdbcValues;
import org.ecocorridor.store.sql.SchemaInspector;
import org.ecocorridor.store.sql.SqlDialect;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBWriter;

/**
 * Inserts rows into one model table in JDBC batches: the given columns (types from the table's
 * metadata) plus, for spatial tables, {@code geom} written with {@code ST_GeomFromWKB(?, 4326)}
 * after single-to-multi promotion.
 *
 * <p>Not thread-safe; one per table load.
 */
final class RowInserter implements AutoCloseable {
    static final String GEOMETRY_COLUMN = "geom";
    private static final int BATCH_SIZE = 500;

    private final String table;
    private final Map<String, AttributeType> columns = new LinkedHashMap<>();
    private final GeometryKind geometryKind;
    private final PreparedStatement insert;
    private final WKBWriter wkb = new WKBWriter(2);
    private int pending;
    private long rows;

    /**
     * @param columns   the columns to fill, geometry excluded
     * @param spatial   whether to fill {@code geom} too
     * @throws IllegalArgumentException when a column does not exist or has an unsupported type
     */
    RowInserter(Connection c, SqlDialect dialect, String table, List<String> columns, boolean spatial)
            throws SQLException {
        this.table = table;
        Map<String, ColumnInfo> existing = new LinkedHashMap<>();
        SchemaInspector.columns(c, table).forEach(col -> existing.put(col.name(), col));
        if (existing.isEmpty()) {
            throw new IllegalArgumentException("No table \"" + table + "\" in the store");
        }
        for (String name : columns) {
            ColumnInfo col = existing.get(name);
            if (col == null || name.equals(GEOMETRY_COLUMN)) {
                throw new IllegalArgumentException("Table \"" + table + "\" has no column \"" + name + "\"");
            }
            this.columns.put(name, col.attributeType().orElseThrow(() -> new IllegalArgumentException(
                    "Column \"" + table + "." + name + "\" has an unsupported type " + col.typeName())));
        }
        this.geometryKind = spatial ? dialect.geometryColumn(c, table, GEOMETRY_COLUMN).orElseThrow(() ->
                new IllegalArgumentException("Table \"" + table + "\" has no geometry column")).kind() : null;
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(Identifiers.quote(table)).append(" (");
        StringBuilder values = new StringBuilder();
        for (String name : this.columns.keySet()) {
            sql.append(Identifiers.quote(name)).append(", ");
            values.append("?, ");
        }
        if (spatial) {
            sql.append(GEOMETRY_COLUMN).append(", ");
            values.append("ST_GeomFromWKB(?, 4326), ");
        }
        sql.setLength(sql.length() - 2);
        values.setLength(values.length() - 2);
        this.insert = c.prepareStatement(sql.append(") VALUES (").append(values).append(')').toString());
    }

    /** The type of a column being filled. */
    AttributeType type(String column) {
        return columns.get(column);
    }

    boolean fills(String column) {
        return columns.containsKey(column);
    }

    /**
     * Adds a row; values by column name (missing = null), geometry ignored for non-spatial tables.
     *
     * @param where the row's origin for messages, e.g. {@code "species.csv line 3"}
     */
    void add(Map<String, Object> values, Geometry geometry, String where) throws SQLException {
        int p = 1;
        for (Map.Entry<String, AttributeType> col : columns.entrySet()) {
            try {
                JdbcValues.bind(insert, p++, col.getValue(), values.get(col.getKey()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ", column " + col.getKey() + ": " + e.getMessage(), e);
            }
        }
        if (geometryKind != null) {
            Geometry g = GeometryConformance.conform(geometry, geometryKind, where);
            if (g == null) {
                insert.setNull(p, Types.BINARY);
            } else {
                insert.setBytes(p, wkb.write(g));
            }
        }
        insert.addBatch();
        rows++;
        if (++pending == BATCH_SIZE) {
            flush();
        }
    }

    /** Writes pending rows. @return rows added in total */
    long finish() throws SQLException {
        flush();
        return rows;
    }

    private void flush() throws SQLException {
        if (pending > 0) {
            try {
                insert.executeBatch();
            } catch (SQLException e) {
                SQLException next = e.getNextException();
                throw new SQLException("Loading table " + table + " failed: " + e.getMessage()
                        + (next == null ? "" : " (" + next.getMessage() + ")"), e.getSQLState(), e);
            }
            pending = 0;
        }
    }

    @Override
    public void close() throws SQLException {
        insert.close();
    }
}
