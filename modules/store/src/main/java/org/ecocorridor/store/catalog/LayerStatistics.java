package org.ecocorridor.store.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.ecocorridor.core.catalog.TimeExtent;
import org.ecocorridor.core.crs.CoordinateTransforms;
import org.ecocorridor.core.feature.AttributeType;
import org.ecocorridor.core.feature.GeometryKind;
import org.ecocorridor.core.grid.GridGeometry;
import org.ecocorridor.store.sql.ColumnInfo;
import org.ecocorridor.store.sql.GeometryColumn;
import org.ecocorridor.store.sql.JdbcValues;
import org.ecocorridor.store.sql.SchemaInspector;
import org.ecocorridor.store.sql.SqlDialect;
import org.locationtech.jts.geom.Envelope;

/**
 * Completes a layer's storage description from the database and measures its data: bounding box
 * in CRS:84 (x = longitude), feature count and time extent.
 *
 * <p>The bbox of a vector layer is {@code ST_Extent} over all rows (exact for the stored
 * coordinates). A raster's grid envelope is transformed to EPSG:4326 sampling 16 points per
 * edge ({@link org.ecocorridor.core.crs.GeometryTransform#apply(Envelope, int)}), because projected
 * grid edges are curves in longitude/latitude.
 *
 * <p>Thread-safe (stateless).
 */
final class LayerStatistics {
    private static final int EDGE_SAMPLES = 16;

    /** Storage with every detectable column filled in, plus the measured values. */
    record Measured(LayerStorage storage, Envelope bbox, long featureCount, TimeExtent timeExtent) {
    }

    private LayerStatistics() {
    }

    static Measured measure(Connection c, SqlDialect dialect, LayerStorage storage) throws SQLException {
        return storage.rasterName() != null ? measureRaster(c, storage) : measureVector(c, dialect, resolve(c, dialect, storage));
    }

    /** Fills in id column, geometry column, geometry kind and SRID from the database. */
    static LayerStorage resolve(Connection c, SqlDialect dialect, LayerStorage s) throws SQLException {
        String table = s.sourceTable();
        List<ColumnInfo> columns = SchemaInspector.columns(c, table);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("Source table or view \"" + table + "\" does not exist");
        }
        String geometryColumn = s.geometryColumn() != null ? s.geometryColumn()
                : columns.stream().filter(ColumnInfo::isGeometry).map(ColumnInfo::name).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("\"" + table + "\" has no geometry column"));
        GeometryColumn declared = dialect.geometryColumn(c, table, geometryColumn).orElseThrow(() ->
                new IllegalArgumentException("\"" + table + "." + geometryColumn + "\" is not a geometry column"));
        String idColumn = s.idColumn() != null ? s.idColumn() : idColumn(c, table, columns);
        requireColumn(columns, table, idColumn);
        if (s.timeColumn() != null) {
            requireColumn(columns, table, s.timeColumn());
        }
        GeometryKind kind = s.geometryKind() != null ? s.geometryKind() : declared.kind();
        int srid = s.srid() != 0 ? s.srid() : declared.srid() != 0 ? declared.srid() : 4326;
        return new LayerStorage(table, idColumn, geometryColumn, kind, srid, s.timeColumn(), null);
    }

    private static String idColumn(Connection c, String table, List<ColumnInfo> columns) throws SQLException {
        List<String> key = SchemaInspector.primaryKey(c, table);
        if (key.size() == 1) {
            return key.get(0);
        }
        for (String candidate : List.of("id", "fid")) {
            if (columns.stream().anyMatch(col -> col.name().equals(candidate))) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("Cannot tell the id column of \"" + table
                + "\": give it a one-column primary key or an \"id\" column, or name it in LayerStorage");
    }

    private static ColumnInfo requireColumn(List<ColumnInfo> columns, String table, String name) {
        return columns.stream().filter(col -> col.name().equals(name)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("\"" + table + "\" has no column \"" + name + "\""));
    }

    private static Measured measureVector(Connection c, SqlDialect dialect, LayerStorage s) throws SQLException {
        String g = '"' + s.geometryColumn() + '"';
        // ST_Extent is an aggregate on both stores (box2d on PostGIS, a polygon on H2GIS); ST_XMin... read both.
        String sql = "SELECT n, ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e) FROM (SELECT COUNT(*) AS n, ST_Extent("
                + g + ") AS e FROM \"" + s.sourceTable() + "\") x";
        long count;
        Envelope bbox = null;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            count = rs.getLong(1);
            double minX = rs.getDouble(2);
            if (!rs.wasNull()) {
                bbox = new Envelope(minX, rs.getDouble(4), rs.getDouble(3), rs.getDouble(5));
            }
        }
        if (bbox != null && s.srid() != 4326) {
            bbox = CoordinateTransforms.between(s.srid(), 4326).apply(bbox, EDGE_SAMPLES);
        }
        return new Measured(s, bbox, count, s.timeColumn() == null ? null : timeExtent(c, s));
    }

    private static TimeExtent timeExtent(Connection c, LayerStorage s) throws SQLException {
        ColumnInfo column = requireColumn(SchemaInspector.columns(c, s.sourceTable()), s.sourceTable(), s.timeColumn());
        AttributeType type = column.attributeType().orElse(null);
        if (type != AttributeType.DATE
                && type != AttributeType.TIMESTAMP) {
            throw new IllegalArgumentException("Time column \"" + s.sourceTable() + "." + s.timeColumn()
                    + "\" is " + column.typeName() + ", not a DATE or TIMESTAMP");
        }
        String t = '"' + s.timeColumn() + '"';
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT MIN(" + t + "), MAX(" + t + ") FROM \"" + s.sourceTable() + '"')) {
            rs.next();
            LocalDate start = toDate(JdbcValues.read(rs, 1, type, column));
            LocalDate end = toDate(JdbcValues.read(rs, 2, type, column));
            return start == null ? null : new TimeExtent(start, end);
        }
    }

    private static LocalDate toDate(Object value) {
        if (value instanceof Instant i) {
            return i.atOffset(ZoneOffset.UTC).toLocalDate();
        }
        return (LocalDate) value;
    }

    private static Measured measureRaster(Connection c, LayerStorage s) throws SQLException {
        String sql = "SELECT width, height, origin_x, origin_y, cell_width, cell_height, crs_epsg FROM rasters WHERE name = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, s.rasterName());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("No stored raster named \"" + s.rasterName() + "\"");
                }
                GridGeometry grid = new GridGeometry(rs.getInt(1), rs.getInt(2), rs.getDouble(3), rs.getDouble(4),
                        rs.getDouble(5), rs.getDouble(6), rs.getInt(7));
                return new Measured(s, crs84Bounds(grid), 0, null);
            }
        }
    }

    /** The CRS:84 bounds of a grid; the envelope itself when the grid is in EPSG:4326. */
    static Envelope crs84Bounds(GridGeometry grid) {
        if (grid.epsg() == 4326) {
            return grid.envelope();
        }
        return CoordinateTransforms.between(grid.epsg(), 4326).apply(grid.envelope(), EDGE_SAMPLES);
    }
}
