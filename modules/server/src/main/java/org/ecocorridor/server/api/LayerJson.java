package org.ecocorridor.server.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.ecocorridor.core.catalog.LayerInfo;
import org.locationtech.jts.geom.Envelope;

/**
 * A catalog entry as served by {@code /api/layers}. Immutable.
 *
 * @param bbox [minLon, minLat, maxLon, maxLat] in CRS:84, or null for an empty layer
 * @param time [first, last] date of a layer with a time dimension, or null
 * @param ownerOnly whether only its owner (and admins) see it: a private analysis result
 */
record LayerJson(String name, String title, String abstractText, List<String> keywords, String kind,
        long featureCount, double[] bbox, LocalDate[] time, String defaultStyle, boolean sensitive,
        boolean editable, Instant updatedAt, boolean ownerOnly) {

    static LayerJson of(LayerInfo info) {
        Envelope b = info.bbox();
        double[] bbox = b == null || b.isNull() ? null
                : new double[] {b.getMinX(), b.getMinY(), b.getMaxX(), b.getMaxY()};
        LocalDate[] time = info.timeExtent() == null ? null
                : new LocalDate[] {info.timeExtent().start(), info.timeExtent().end()};
        return new LayerJson(info.name(), info.title(), info.abstractText(), info.keywords(), info.kind().code(),
                info.featureCount(), bbox, time, info.defaultStyle(), info.sensitive(), info.editable(),
                info.updatedAt(), info.ownerOnly());
    }
}
