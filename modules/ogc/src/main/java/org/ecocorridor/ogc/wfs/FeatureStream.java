package org.ecocorridor.ogc.wfs;

import java.io.IOException;
import java.util.List;
import org.ecocorridor.core.crs.CoordinateTransforms;
import org.ecocorridor.core.crs.GeometryTransform;
import org.ecocorridor.core.feature.Feature;
import org.ecocorridor.core.feature.FeatureCursor;
import org.ecocorridor.core.source.FeatureSource;
import org.ecocorridor.core.source.SourceQuery;
import org.ecocorridor.ogc.exception.OgcException;
import org.locationtech.jts.geom.Geometry;

/**
 * The pages of a multi-query result and a loop that streams them to an encoder, reprojecting
 * geometries from storage (EPSG:4326) to each query's output CRS. One cursor is open at a time.
 *
 * <p>Immutable; {@link #forEach} is thread-safe as long as the consumer is.
 *
 * @param queries queries in request order
 * @param pages   for each query, {start, max} within that query's matches
 */
record FeatureStream(List<QuerySpec> queries, List<long[]> pages) {

    /** Receives features in order. */
    interface Sink {
        void feature(QuerySpec query, Feature feature, Geometry outputGeometry) throws IOException;
    }

    /** Splits a global (startIndex, count) window over queries with known match counts. */
    static FeatureStream window(List<QuerySpec> queries, List<Long> matched, long startIndex, long count) {
        long skip = startIndex;
        long remaining = count;
        List<long[]> pages = new java.util.ArrayList<>();
        for (long m : matched) {
            long s = Math.min(skip, m);
            skip -= s;
            long take = Math.min(m - s, remaining);
            remaining -= take;
            pages.add(new long[] {s, take});
        }
        return new FeatureStream(queries, pages);
    }

    long returned() {
        return pages.stream().mapToLong(p -> p[1]).sum();
    }

    void forEach(FeatureSource source, Sink sink) throws IOException {
        for (int i = 0; i < queries.size(); i++) {
            QuerySpec q = queries.get(i);
            long[] page = pages.get(i);
            if (page[1] == 0) {
                continue;
            }
            GeometryTransform transform = q.srs().epsg() == q.type().schema().srid() ? null : transform(q);
            SourceQuery sq = new SourceQuery(q.type().name(), q.filter(), q.sortBy(), attributesOnly(q), page[0], page[1]);
            try (FeatureCursor cursor = source.open(sq)) {
                while (cursor.hasNext()) {
                    Feature f = cursor.next();
                    Geometry g = f.geometry();
                    if (g != null && transform != null) {
                        g = transform.apply(g);
                    }
                    sink.feature(q, f, g);
                }
            }
        }
    }

    /** The attributes to read: the property names without the geometry name. */
    private static List<String> attributesOnly(QuerySpec q) {
        if (q.propertyNames() == null) {
            return null;
        }
        return q.propertyNames().stream().filter(p -> !p.equals(q.type().geometryName())).toList();
    }

    private static GeometryTransform transform(QuerySpec q) {
        try {
            return CoordinateTransforms.between(q.type().schema().srid(), q.srs().epsg());
        } catch (IllegalArgumentException e) {
            throw OgcException.invalidParameter("srsName", "Cannot transform to EPSG:" + q.srs().epsg() + ": "
                    + e.getMessage());
        }
    }

    /** Whether a query writes the geometry. */
    static boolean wantsGeometry(QuerySpec q) {
        return q.propertyNames() == null || q.propertyNames().contains(q.type().geometryName());
    }
}
