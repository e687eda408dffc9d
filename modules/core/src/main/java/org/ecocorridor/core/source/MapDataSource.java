package org.ecocorridor.core.source;

import java.util.List;
import java.util.Optional;
import org.ecocorridor.core.catalog.LayerInfo;
import org.ecocorridor.core.catalog.TimeExtent;
import org.ecocorridor.core.feature.FeatureCursor;
import org.ecocorridor.core.grid.FloatGrid;
import org.ecocorridor.core.grid.GridGeometry;
import org.locationtech.jts.geom.Envelope;

/**
 * Read access to published layers for map services (WMS, WMTS, tiles): every catalog layer, vector
 * features by bounding box (and date range), raster windows by bounding box. Layers added to the
 * catalog appear without a restart; {@link LayerInfo#updatedAt()} moves on every data change, so
 * callers may key caches on it.
 *
 * <p>Sensitivity is not enforced here: the protocol decides who sees what.
 *
 * <p>Implementations are thread-safe; each cursor is used by one thread and must be closed.
 */
public interface MapDataSource {

    /** Every catalog layer (vector and raster, sensitive ones included), by name. */
    List<LayerInfo> layers();

    /** One layer; empty when no layer has that name. */
    Optional<LayerInfo> layer(String name);

    /**
     * The features of a vector layer whose bounding box meets {@code bboxLonLat}: a cheap index
     * filter, so a few features just outside may come too. Geometries are in EPSG:4326 (x = longitude).
     *
     * @param bboxLonLat area in CRS:84 (lon, lat)
     * @param time       dates to keep (inclusive), or null for all; ignored for layers without a time
     *                   dimension
     * @throws IllegalArgumentException when the layer does not exist or is a raster
     */
    FeatureCursor features(String layer, Envelope bboxLonLat, TimeExtent time);

    /**
     * The grid geometry (size, cell size and CRS) of a raster layer.
     *
     * @throws IllegalArgumentException when the layer does not exist or is a vector layer
     */
    GridGeometry rasterGeometry(String layer);

    /**
     * The cells of a raster layer covering an area given in the raster's own CRS, clipped to the grid
     * (NaN = NoData); null when the area misses the grid.
     *
     * @throws IllegalArgumentException when the layer does not exist or is a vector layer
     */
    FloatGrid rasterWindow(String layer, Envelope bboxInRasterCrs);
}
