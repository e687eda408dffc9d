package org.ecocorridor.ogc.render;

import org.ecocorridor.core.feature.FeatureCursor;
import org.locationtech.jts.geom.Envelope;

/**
 * Supplies the features of a vector layer for a map. The renderer closes the cursor.
 *
 * <p>Implementations must be thread-safe: several rendering threads call them at once.
 */
@FunctionalInterface
public interface VectorSource {
    /**
     * Features intersecting (or near) an area, with geometries in EPSG:4326, x = longitude.
     * Returning extra features is harmless; missing ones are not drawn.
     *
     * @param bboxLonLat area in EPSG:4326 (lon, lat), already enlarged by the render buffer
     */
    FeatureCursor features(Envelope bboxLonLat);
}
