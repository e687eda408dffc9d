package org.ecocorridor.store.feature;

import org.locationtech.jts.geom.Envelope;

/**
 * Which features of a layer to read: an optional bounding box in CRS:84 (x = longitude; features
 * whose geometry intersects it) and a page in primary-key order. Immutable.
 *
 * @param bbox   CRS:84 box, or null for all features
 * @param offset features to skip (&ge; 0)
 * @param limit  maximum number of features (&ge; 0); {@link Long#MAX_VALUE} for no limit
 */
public record FeatureQuery(Envelope bbox, long offset, long limit) {
    public FeatureQuery {
        if (offset < 0) {
            throw new IllegalArgumentException("Invalid offset " + offset + ": must be >= 0");
        }
        if (limit < 0) {
            throw new IllegalArgumentException("Invalid limit " + limit + ": must be >= 0");
        }
        if (bbox != null) {
            if (bbox.isNull()) {
                throw new IllegalArgumentException("Invalid bbox: empty envelope");
            }
            bbox = new Envelope(bbox);
        }
    }

    /** Every feature. */
    public static FeatureQuery all() {
        return new FeatureQuery(null, 0, Long.MAX_VALUE);
    }

    /** Features intersecting a CRS:84 box. */
    public static FeatureQuery within(Envelope bbox) {
        return new FeatureQuery(bbox, 0, Long.MAX_VALUE);
    }

    /** This query restricted to one page. */
    public FeatureQuery page(long pageOffset, long pageLimit) {
        return new FeatureQuery(bbox, pageOffset, pageLimit);
    }

    @Override
    public Envelope bbox() {
        return bbox == null ? null : new Envelope(bbox);
    }

    public boolean isLimited() {
        return limit != Long.MAX_VALUE;
    }
}
