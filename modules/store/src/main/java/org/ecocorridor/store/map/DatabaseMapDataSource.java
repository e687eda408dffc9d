package org.ecocorridor.store.map;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.ecocorridor.core.catalog.LayerInfo;
import org.ecocorridor.core.catalog.LayerKind;
import org.ecocorridor.core.catalog.TimeExtent;
import org.ecocorridor.core.crs.CoordinateTransforms;
import org.ecocorridor.core.feature.AttributeDescriptor;
import org.ecocorridor.core.feature.FeatureCursor;
import org.ecocorridor.core.feature.FeatureSchema;
import org.ecocorridor.core.grid.FloatGrid;
import org.ecocorridor.core.grid.GridGeometry;
import org.ecocorridor.core.source.MapDataSource;
import org.ecocorridor.store.StoreException;
import org.ecocorridor.store.catalog.CatalogEntry;
import org.ecocorridor.store.catalog.LayerCatalog;
import org.ecocorridor.store.catalog.LayerStorage;
import org.ecocorridor.store.feature.JdbcFeatureCursor;
import org.ecocorridor.store.raster.RasterInfo;
import org.ecocorridor.store.raster.RasterStore;
import org.ecocorridor.store.sql.ColumnInfo;
import org.ecocorridor.store.sql.Identifiers;
import org.ecocorridor.store.sql.SchemaInspector;
import org.ecocorridor.store.sql.SqlDialect;
import org.locationtech.jts.geom.Envelope;

/**
 * {@link MapDataSource} over the catalog of a PostGIS or H2GIS store.
 *
 * <p>Vector reads are one statement, {@code SELECT id, ST_AsBinary(geom), attributes FROM table
 * WHERE geom && ST_MakeEnvelope(box) [AND time >= start AND time < end + 1 day]}: only the index
 * (bounding-box) test, which is what a renderer needs (a feature whose box meets the map but whose
 * shape does not simply draws nothing). No ORDER BY: rows come in table order, which is stable
 * for an unchanged table, so renders are deterministic. Results stream with a fetch size of
 * {@value #FETCH_SIZE} (on PostgreSQL inside a read transaction for a server-side cursor).
 *
 * <p>Raster windows: the cells whose extent meets the box (rows/cols from
 * {@link GridGeometry#rowOf}/{@link GridGeometry#colOf}), clipped to the grid, read with
 * {@link RasterStore#loadWindow}.
 *
 * <p>Column lists and raster geometries are cached per layer and {@code updatedAt} (so a data or
 * definition change is seen at once); the catalog row itself is read on every call.
 *
 * <p>Thread-safe.
 */
public final class DatabaseMapDataSource implements MapDataSource {
    static final int FETCH_SIZE = 1_000;
    private static final int MAX_CACHED = 512;

    private final DataSource dataSource;
    private final SqlDialect dialect;
    private final LayerCatalog catalog;
    private final RasterStore rasters;
    private final Map<String, List<ColumnInfo>> columns = new ConcurrentHashMap<>();
    private final Map<String, GridGeometry> grids = new ConcurrentHashMap<>();

    public DatabaseMapDataSource(DataSource dataSource, SqlDialect dialect, LayerCatalog catalog, RasterStore rasters) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.catalog = catalog;
        this.rasters = rasters;
    }

    @Override
    public List<LayerInfo> layers() {
        return catalog.list().stream().map(CatalogEntry::info).toList();
    }

    @Override
    public Optional<LayerInfo> layer(String name) {
        if (!Identifiers.isValid(name)) {
            return Optional.empty();
        }
        return catalog.get(name).map(CatalogEntry::info);
    }

    @Override
    public FeatureCursor features(String layer, Envelope bboxLonLat, TimeExtent time) {
        CatalogEntry entry = entry(layer, LayerKind.VECTOR);
        LayerStorage s = entry.storage();
        Connection c = null;
        boolean autoCommitChanged = false;
        try {
            c = dataSource.getConnection();
            List<ColumnInfo> cols = attributeColumns(c, entry);
            FeatureSchema schema = new FeatureSchema(s.geometryKind(), s.srid(), cols.stream()
                    .map(col -> new AttributeDescriptor(col.name(), col.attributeType().orElseThrow(), col.nullable()))
                    .toList());
            boolean byTime = time != null && s.timeColumn() != null;
            if (c.getAutoCommit()) {
                dialect.prepareStreamingRead(c);
                autoCommitChanged = !c.getAutoCommit();
            }
            PreparedStatement ps = c.prepareStatement(selectSql(s, cols, byTime));
            ps.setFetchSize(FETCH_SIZE);
            Envelope box = s.srid() == 4326 || s.srid() == 0 ? bboxLonLat
                    : CoordinateTransforms.between(4326, s.srid()).apply(bboxLonLat, 8);
            ps.setDouble(1, box.getMinX());
            ps.setDouble(2, box.getMinY());
            ps.setDouble(3, box.getMaxX());
            ps.setDouble(4, box.getMaxY());
            if (byTime) {
                ps.setObject(5, time.start());
                ps.setObject(6, time.end().plusDays(1));
            }
            return new JdbcFeatureCursor(c, autoCommitChanged, ps, schema, cols);
        } catch (SQLException e) {
            StoreException failure = new StoreException("Reading layer " + layer + " for a map failed: "
                    + e.getMessage(), e);
            if (c != null) {
                try {
                    c.close();
                } catch (SQLException closing) {
                    failure.addSuppressed(closing);
                }
            }
            throw failure;
        }
    }

    @Override
    public GridGeometry rasterGeometry(String layer) {
        return geometry(entry(layer, LayerKind.RASTER));
    }

    private GridGeometry geometry(CatalogEntry entry) {
        String key = cacheKey(entry);
        GridGeometry g = grids.get(key);
        if (g == null) {
            g = rasters.info(entry.storage().rasterName()).map(RasterInfo::geometry).orElseThrow(() ->
                    new IllegalArgumentException("Layer \"" + entry.name() + "\" shows raster \""
                            + entry.storage().rasterName() + "\", which is not stored"));
            trim(grids);
            grids.put(key, g);
        }
        return g;
    }

    @Override
    public FloatGrid rasterWindow(String layer, Envelope bboxInRasterCrs) {
        CatalogEntry entry = entry(layer, LayerKind.RASTER);
        GridGeometry g = geometry(entry);
        Envelope e = bboxInRasterCrs;
        // Cells whose extent meets the box; the east/south edges are exclusive.
        int col0 = Math.max(0, g.colOf(e.getMinX()));
        int col1 = Math.min(g.cols() - 1, (int) Math.ceil((e.getMaxX() - g.originX()) / g.cellWidth()) - 1);
        int row0 = Math.max(0, g.rowOf(e.getMaxY()));
        int row1 = Math.min(g.rows() - 1, (int) Math.ceil((g.originY() - e.getMinY()) / g.cellHeight()) - 1);
        if (col1 < col0 || row1 < row0) {
            return null;
        }
        return rasters.loadWindow(entry.storage().rasterName(), row0, col0, row1 - row0 + 1, col1 - col0 + 1);
    }

    private CatalogEntry entry(String layer, LayerKind kind) {
        CatalogEntry entry = (Identifiers.isValid(layer) ? catalog.get(layer) : Optional.<CatalogEntry>empty())
                .orElseThrow(() -> new IllegalArgumentException("No layer named \"" + layer + "\" in the catalog"));
        if (entry.info().kind() != kind) {
            throw new IllegalArgumentException("Layer \"" + layer + "\" is a " + entry.info().kind().code()
                    + " layer, not a " + kind.code() + " layer");
        }
        return entry;
    }

    private List<ColumnInfo> attributeColumns(Connection c, CatalogEntry entry) throws SQLException {
        String key = cacheKey(entry);
        List<ColumnInfo> cached = columns.get(key);
        if (cached != null) {
            return cached;
        }
        LayerStorage s = entry.storage();
        List<ColumnInfo> result = new ArrayList<>();
        for (ColumnInfo col : SchemaInspector.columns(c, s.sourceTable())) {
            boolean special = col.name().equals(s.idColumn()) || col.name().equals(s.geometryColumn());
            if (!special && col.attributeType().isPresent() && Identifiers.isValid(col.name())) {
                result.add(col);
            }
        }
        List<ColumnInfo> copy = List.copyOf(result);
        trim(columns);
        columns.put(key, copy);
        return copy;
    }

    private static String cacheKey(CatalogEntry entry) {
        Instant at = entry.info().updatedAt();
        return entry.name() + '@' + (at == null ? "" : at.toString());
    }

    /** Bounds a cache: a deployment has a few hundred layers at most, so emptying it is rare. */
    private static void trim(Map<String, ?> cache) {
        if (cache.size() >= MAX_CACHED) {
            cache.clear();
        }
    }

    static String selectSql(LayerStorage s, List<ColumnInfo> cols, boolean byTime) {
        String g = Identifiers.quote(s.geometryColumn());
        StringBuilder sql = new StringBuilder("SELECT ").append(Identifiers.quote(s.idColumn()))
                .append(", ST_AsBinary(").append(g).append(')');
        for (ColumnInfo col : cols) {
            sql.append(", ").append(Identifiers.quote(col.name()));
        }
        int srid = s.srid() == 0 ? 4326 : s.srid();
        sql.append(" FROM ").append(Identifiers.quote(s.sourceTable())).append(" WHERE ").append(g)
                .append(" && ST_MakeEnvelope(?, ?, ?, ?, ").append(srid).append(')');
        if (byTime) {
            String t = Identifiers.quote(s.timeColumn());
            sql.append(" AND ").append(t).append(" >= ? AND ").append(t).append(" < ?");
        }
        return sql.toString();
    }
}
