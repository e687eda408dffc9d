package org.ecocorridor.store.sql;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.ecocorridor.core.feature.AttributeType;
import org.ecocorridor.core.feature.GeometryKind;

/**
 * What differs between the two stores. Everything else (geometry I/O with {@code ST_AsBinary} and
 * {@code ST_GeomFromWKB(?, 4326)}, bounding-box filters with {@code &&} and
 * {@code ST_MakeEnvelope}, {@code LIMIT/OFFSET}, identity columns) is the same SQL on PostGIS 3
 * and H2GIS 2.2 (with {@code DATABASE_TO_LOWER=TRUE}, so that unquoted names are lower case).
 *
 * <p>Immutable and thread-safe.
 */
public interface SqlDialect {
    /** PostgreSQL 15 with PostGIS 3, the reference store. */
    SqlDialect POSTGIS = new PostgisDialect();
    /** Embedded H2 2.4 with H2GIS 2.2. */
    SqlDialect H2GIS = new H2gisDialect();

    /** {@code postgis} or {@code h2gis}; also the folder of the migrations. */
    String name();

    /** Flyway location of this dialect's migrations. */
    default String migrationLocation() {
        return "classpath:db/migration/" + name();
    }

    /**
     * Whether DDL (CREATE/DROP/ALTER TABLE) takes part in transactions. True on PostgreSQL; false on
     * H2, where every DDL statement commits the open transaction, so multi-step schema changes
     * need compensating actions there.
     */
    boolean transactionalDdl();

    /** The column type of a geometry column, e.g. {@code geometry(MultiPolygon,4326)}. */
    String geometryType(GeometryKind kind, int srid);

    /** DDL creating a spatial index (R-tree on H2, GiST on PostGIS). Names must be valid identifiers. */
    String createSpatialIndex(String indexName, String table, String column);

    /** The column type storing an attribute type. */
    default String columnType(AttributeType type) {
        return switch (type) {
            case STRING -> "VARCHAR";
            case INTEGER -> "BIGINT";
            case DOUBLE -> "DOUBLE PRECISION";
            case BOOLEAN -> "BOOLEAN";
            case DATE -> "DATE";
            case TIMESTAMP -> "TIMESTAMP WITH TIME ZONE";
        };
    }

    /**
     * Prepares a connection for a streaming read with a fetch size. PostgreSQL only uses a cursor
     * (instead of loading the whole result) when auto-commit is off; H2 needs nothing.
     */
    void prepareStreamingRead(Connection connection) throws SQLException;

    /**
     * The declared type and SRID of a geometry column of a table or view in the current schema,
     * empty when the column does not exist or is not a geometry.
     */
    Optional<GeometryColumn> geometryColumn(Connection connection, String table, String column)
            throws SQLException;
}
