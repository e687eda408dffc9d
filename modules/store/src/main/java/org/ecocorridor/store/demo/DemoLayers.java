package org.ecocorridor.store.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.ecocorridor.core.catalog.LayerInfo;
import org.ecocorridor.core.catalog.LayerKind;
import org.ecocorridor.core.feature.AttributeType;
import org.ecocorridor.store.catalog.CatalogEntry;
import org.ecocorridor.store.catalog.LayerCatalog;
import org.ecocorridor.store.catalog.LayerStorage;
import org.ecocorridor.store.sql.ColumnInfo;
import org.ecocorridor.store.sql.SchemaInspector;

/**
 * Registers the manifest's layers in the catalog. A layer's {@code source} is a raster of the
 * manifest (raster layer) or a table or view (vector layer). A source without a geometry column
 * whose {@code <source>_v} view exists is published through that view: layer
 * {@code survey_counts} reads {@code survey_counts_v} (counts with their site's point). The time
 * column is the manifest's {@code time}, else the source's only DATE or TIMESTAMP column, if it
 * has exactly one ({@code survey_date} for survey counts).
 *
 * <p>Thread-safe (stateless besides the catalog).
 */
final class DemoLayers {
    private final LayerCatalog catalog;

    DemoLayers(LayerCatalog catalog) {
        this.catalog = catalog;
    }

    void register(Connection c, DemoManifest manifest) throws SQLException {
        Set<String> rasters = manifest.rasters().stream().map(DemoManifest.RasterFile::name).collect(Collectors.toSet());
        for (DemoManifest.LayerEntry l : manifest.layers()) {
            boolean raster = rasters.contains(l.source());
            LayerStorage storage = raster ? LayerStorage.raster(l.source()) : vectorStorage(c, l);
            LayerInfo info = new LayerInfo(l.name(), l.title() == null ? l.name() : l.title(), l.abstractText(),
                    l.keywords(), raster ? LayerKind.RASTER : LayerKind.VECTOR, l.style(), null, null, 0,
                    l.sensitive(), l.editable(), null);
            catalog.upsert(c, CatalogEntry.of(info, storage));
        }
    }

    private static LayerStorage vectorStorage(Connection c, DemoManifest.LayerEntry l) throws SQLException {
        String source = l.source();
        if (!hasGeometry(SchemaInspector.columns(c, source)) && SchemaInspector.exists(c, source + "_v")) {
            source = source + "_v";
        }
        List<ColumnInfo> columns = SchemaInspector.columns(c, source);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("Layer \"" + l.name() + "\": no table or view \"" + l.source() + "\"");
        }
        String time = l.time() != null ? l.time() : onlyDateColumn(columns);
        return LayerStorage.vector(source, time);
    }

    private static boolean hasGeometry(List<ColumnInfo> columns) {
        return columns.stream().anyMatch(ColumnInfo::isGeometry);
    }

    private static String onlyDateColumn(List<ColumnInfo> columns) {
        List<String> dates = columns.stream()
                .filter(col -> col.attributeType().filter(t -> t == AttributeType.DATE || t == AttributeType.TIMESTAMP)
                        .isPresent())
                .map(ColumnInfo::name).toList();
        return dates.size() == 1 ? dates.get(0) : null;
    }
}
