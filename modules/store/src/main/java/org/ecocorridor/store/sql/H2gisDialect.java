package org.ecocorridor.store.sql;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecocorridor.core.feature.GeometryKind;

/**
 * H2 2.4 + H2GIS 2.2. The geometry type of a column is read from the JDBC type name, which H2
 * reports as e.g. {@code GEOMETRY(MULTIPOLYGON, 4326)} (H2GIS's {@code geometry_columns} view
 * does not see tables under {@code DATABASE_TO_LOWER=TRUE}).
 *
 * <p>Immutable and thread-safe.
 */
final class H2gisDialect implements SqlDialect {
    private static final Pattern TYPE_NAME =
            Pattern.compile("GEOMETRY\\s*(?:\\(\\s*([A-Z]+)(?:\\s+[ZM]+)?\\s*(?:,\\s*(\\d+)\\s*)?\\))?");

    @Override
    public String name() {
        return "h2gis";
    }

    @Override
    public boolean transactionalDdl() {
        return false;
    }

    @Override
    public String geometryType(GeometryKind kind, int srid) {
        return "GEOMETRY(" + kind.name() + ", " + srid + ")";
    }

    @Override
    public String createSpatialIndex(String indexName, String table, String column) {
        return "CREATE SPATIAL INDEX " + Identifiers.quote(indexName) + " ON " + Identifiers.quote(table)
                + "(" + Identifiers.quote(column) + ")";
    }

    @Override
    public void prepareStreamingRead(Connection connection) {
        // H2 pages large results itself; nothing to do.
    }

    @Override
    public Optional<GeometryColumn> geometryColumn(Connection connection, String table, String column)
            throws SQLException {
        for (ColumnInfo info : SchemaInspector.columns(connection, table)) {
            if (info.name().equals(column)) {
                return parse(column, info.typeName());
            }
        }
        return Optional.empty();
    }

    /** Parses {@code GEOMETRY}, {@code GEOMETRY(POINT)} or {@code GEOMETRY(MULTIPOLYGON, 4326)}. */
    static Optional<GeometryColumn> parse(String column, String typeName) {
        Matcher m = TYPE_NAME.matcher(typeName.toUpperCase(Locale.ROOT).trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        GeometryKind kind = m.group(1) == null ? GeometryKind.GEOMETRY : GeometryKind.of(m.group(1));
        int srid = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        return Optional.of(new GeometryColumn(column, kind, srid));
    }
}
