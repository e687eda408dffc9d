package org.ecocorridor.store.feature;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.ecocorridor.core.catalog.LayerKind;
import org.ecocorridor.core.crs.CoordinateTransforms;
import org.ecocorridor.core.feature.AttributeDescriptor;
import org.ecocorridor.core.feature.FeatureCursor;
import org.ecocorridor.core.feature.FeatureSchema;
import org.ecocorridor.store.StoreException;
import org.ecocorridor.store.catalog.CatalogEntry;
import org.ecocorridor.store.catalog.LayerCatalog;
import org.ecocorridor.store.catalog.LayerStorage;
import org.ecocorridor.store.sql.ColumnInfo;
import org.ecocorridor.store.sql.Identifiers;
import org.ecocorridor.store.sql.SchemaInspector;
import org.ecocorridor.store.sql.SqlDialect;
import org.ecocorridor.store.sql.Transactions;
import org.locationtech.jts.geom.Envelope;

/**
 * Streams the features of catalog vector layers. The schema comes from the source table's columns
 * (JDBC metadata; id and geometry columns excluded, unsupported types such as binary skipped);
 * features come in ascending id order, so pages with offset/limit are stable. The id of a feature
 * is its id-column value as a string.
 *
 * <p>A bbox selects features whose geometry intersects it: {@code geom && box} (spatial index)
 * {@code AND ST_Intersects(geom, box)} (exact). Results stream with a fetch size of
 * {@value #FETCH_SIZE} rows (on PostgreSQL inside a read transaction, so that the driver uses a
 * server-side cursor): memory stays flat whatever the layer size.
 *
 * <p>Thread-safe; each cursor holds one pooled connection until closed.
 */
public final class LayerFeatureReader {
    static final int FETCH_SIZE = 1_000;
    private static final int BBOX_EDGE_SAMPLES = 8;

    private final DataSource dataSource;
    private final SqlDialect dialect;
    private final LayerCatalog catalog;

    public LayerFeatureReader(DataSource dataSource, SqlDialect dialect, LayerCatalog catalog) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.catalog = catalog;
    }

    /** All features of a layer. */
    public FeatureCursor open(String layer) {
        return open(layer, FeatureQuery.all());
    }

    /**
     * The features of a vector layer matching a query. Close the cursor (try-with-resources).
     *
     * @throws IllegalArgumentException when the layer does not exist or is a raster
     */
    public FeatureCursor open(String layer, FeatureQuery query) {
        LayerStorage storage = vectorStorage(layer);
        Connection c = null;
        boolean autoCommitChanged = false;
        try {
            c = dataSource.getConnection();
            List<ColumnInfo> columns = attributeColumns(c, storage);
            FeatureSchema schema = schema(storage, columns);
            if (c.getAutoCommit()) {
                dialect.prepareStreamingRead(c);
                autoCommitChanged = !c.getAutoCommit();
            }
            PreparedStatement ps = c.prepareStatement(selectSql(storage, columns, query));
            ps.setFetchSize(FETCH_SIZE);
            int p = bindBbox(ps, 1, storage, query.bbox());
            if (query.offset() > 0 || query.isLimited()) {
                ps.setLong(p++, query.offset());
                ps.setLong(p, query.limit());
            }
            return new JdbcFeatureCursor(c, autoCommitChanged, ps, schema, columns);
        } catch (SQLException e) {
            StoreException failure = new StoreException("Reading layer " + layer + " failed: " + e.getMessage(), e);
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

    /** The schema of a vector layer's features. */
    public FeatureSchema schema(String layer) {
        LayerStorage storage = vectorStorage(layer);
        return Transactions.withConnection(dataSource, "Reading schema of " + layer,
                c -> schema(storage, attributeColumns(c, storage)));
    }

    /** Number of features of a layer intersecting a CRS:84 bbox (all features when null). */
    public long count(String layer, Envelope bbox) {
        LayerStorage storage = vectorStorage(layer);
        String sql = "SELECT COUNT(*) FROM " + Identifiers.quote(storage.sourceTable()) + where(storage, bbox);
        return Transactions.withConnection(dataSource, "Counting features of " + layer, c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bindBbox(ps, 1, storage, bbox);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    private LayerStorage vectorStorage(String layer) {
        CatalogEntry entry = catalog.get(layer).orElseThrow(() ->
                new IllegalArgumentException("No layer named \"" + layer + "\" in the catalog"));
        if (entry.info().kind() != LayerKind.VECTOR) {
            throw new IllegalArgumentException("Layer \"" + layer + "\" is a raster, not a feature layer");
        }
        return entry.storage();
    }

    private static List<ColumnInfo> attributeColumns(Connection c, LayerStorage s) throws SQLException {
        List<ColumnInfo> result = new ArrayList<>();
        for (ColumnInfo col : SchemaInspector.columns(c, s.sourceTable())) {
            boolean special = col.name().equals(s.idColumn()) || col.name().equals(s.geometryColumn());
            if (!special && col.attributeType().isPresent() && Identifiers.isValid(col.name())) {
                result.add(col);
            }
        }
        return result;
    }

    private static FeatureSchema schema(LayerStorage s, List<ColumnInfo> columns) {
        List<AttributeDescriptor> attributes = columns.stream()
                .map(col -> new AttributeDescriptor(col.name(), col.attributeType().orElseThrow(), col.nullable()))
                .toList();
        return new FeatureSchema(s.geometryKind(), s.srid(), attributes);
    }

    private static String selectSql(LayerStorage s, List<ColumnInfo> columns, FeatureQuery q) {
        StringBuilder sql = new StringBuilder("SELECT ").append(Identifiers.quote(s.idColumn()))
                .append(", ST_AsBinary(").append(Identifiers.quote(s.geometryColumn())).append(')');
        for (ColumnInfo col : columns) {
            sql.append(", ").append(Identifiers.quote(col.name()));
        }
        sql.append(" FROM ").append(Identifiers.quote(s.sourceTable())).append(where(s, q.bbox()))
                .append(" ORDER BY ").append(Identifiers.quote(s.idColumn()));
        if (q.offset() > 0 || q.isLimited()) {
            sql.append(" OFFSET ? ROWS FETCH FIRST ? ROWS ONLY");
        }
        return sql.toString();
    }

    private static String where(LayerStorage s, Envelope bbox) {
        if (bbox == null) {
            return "";
        }
        String g = Identifiers.quote(s.geometryColumn());
        String box = "ST_MakeEnvelope(?, ?, ?, ?, " + s.srid() + ")";
        return " WHERE " + g + " && " + box + " AND ST_Intersects(" + g + ", " + box + ")";
    }

    /** Binds the box twice (index filter and exact test); returns the next parameter index. */
    private static int bindBbox(PreparedStatement ps, int first, LayerStorage s, Envelope bbox) throws SQLException {
        if (bbox == null) {
            return first;
        }
        Envelope box = s.srid() == 4326 ? bbox
                : CoordinateTransforms.between(4326, s.srid()).apply(bbox, BBOX_EDGE_SAMPLES);
        int p = first;
        for (int repeat = 0; repeat < 2; repeat++) {
            ps.setDouble(p++, box.getMinX());
            ps.setDouble(p++, box.getMinY());
            ps.setDouble(p++, box.getMaxX());
            ps.setDouble(p++, box.getMaxY());
        }
        return p;
    }
}
