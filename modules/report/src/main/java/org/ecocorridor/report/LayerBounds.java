package org.ecocorridor.report;

import org.locationtech.jts.geom.Envelope;

/** The CRS:84 bounding box of a catalog layer (for GetMap links), or null when unknown. */
@FunctionalInterface
interface LayerBounds {
    LayerBounds NONE = layer -> null;

    Envelope bboxLonLat(String layer);
}
