package org.ecocorridor.ogc.render;

import org.ecocorridor.core.grid.FloatGrid;
import org.locationtech.jts.geom.Envelope;

/**
 * Supplies raster values for a map.
 *
 * <p>Implementations must be thread-safe: several rendering threads call them at once.
 */
@FunctionalInterface
public interface RasterSource {
    /**
     * A grid covering the area (a window of the stored raster, or all of it), in the raster's own
     * CRS (the layer's EPSG); NaN is NoData. Null when there is nothing there.
     *
     * @param bboxInRasterCrs area in the raster's CRS, (east, north), enlarged by the render buffer
     */
    FloatGrid grid(Envelope bboxInRasterCrs);
}
