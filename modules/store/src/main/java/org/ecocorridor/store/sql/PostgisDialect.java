package org.ecocorridor.store.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.ecocorridor.core.feature.GeometryKind;

/** PostgreSQL + PostGIS. Immutable and thread-safe. */
final class PostgisDialect implements SqlDialect {

    @Override
    public String name() {
        return "postgis";
    }

    @Override
    public boolean transactionalDdl() {
        return true;
    }

    @Override
    public String geometryType(GeometryKind kind, int srid) {
        return "geometry(" + kind.ogcName() + "," + srid + ")";
    }

    @Override
    public String createSpatialIndex(String indexName, String table, String column) {
        return "CREATE INDEX " + Identifiers.quote(indexName) + " ON " + Identifiers.quote(table)
                + " USING GIST (" + Identifiers.quote(column) + ")";
    }

    @Override
    public void prepareStreamingRead(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
    }

    @Override
    public Optional<GeometryColumn> geometryColumn(Connection connection, String table, String column)
            throws SQLException {
        String sql = "SELECT type, srid FROM geometry_columns WHERE f_table_schema = current_schema()"
                + " AND f_table_name = ? AND f_geometry_column = ?";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, table);
            ps.setString(2, column);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new GeometryColumn(column, GeometryKind.of(rs.getString(1)), rs.getInt(2)));
            }
        }
    }
}
