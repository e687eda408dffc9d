package org.ecocorridor.ogc.wfs;

import java.io.IOException;
import java.util.List;
import org.ecocorridor.core.crs.CoordinateTransforms;
import org.ecocorridor.core.crs.GeometryTransform;
import org.ecocorridor.core.feature.AttributeDescriptor;
import org.ecocorridor.core.feature.Feature;
import org.ecocorridor.core.feature.FeatureCursor;
import org.ecocorridor.core.feature.FeatureSchema;
import org.ecocorridor.core.source.FeatureReader;
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

    void forEach(FeatureReader source, Sink sink) throws IOException {
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

    /**
     * One lazily opened cursor per query, keyed by type name ({@code name_2}, ... when a type is
     * queried twice), for file writers that pull features: each yields its page with geometries in
     * the query's output CRS (x = east whatever the CRS name's axis order: files store x, y) and
     * the schema of the attributes asked for, srid = the output EPSG code. The database cursor
     * opens at the first {@code hasNext}, so one connection is busy at a time; close them all.
     */
    java.util.LinkedHashMap<String, FeatureCursor> cursors(FeatureReader source) {
        java.util.LinkedHashMap<String, FeatureCursor> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i < queries.size(); i++) {
            QuerySpec q = queries.get(i);
            String name = q.type().name();
            for (int k = 2; out.containsKey(name); k++) {
                name = q.type().name() + "_" + k;
            }
            out.put(name, new LazyCursor(source, q, pages.get(i)));
        }
        return out;
    }

    /** The output schema of a query: the attributes asked for, in schema order, in the output CRS. */
    static FeatureSchema outputSchema(QuerySpec q) {
        FeatureSchema s = q.type().schema();
        List<String> wanted = attributesOnly(q);
        List<AttributeDescriptor> attributes = wanted == null ? s.attributes()
                : s.attributes().stream().filter(a -> wanted.contains(a.name())).toList();
        return new FeatureSchema(s.geometryKind(), q.srs().epsg(), attributes);
    }

    /** A query's page as a cursor, opened on first use, reprojecting to the output CRS. */
    private static final class LazyCursor implements FeatureCursor {
        private final FeatureReader source;
        private final QuerySpec query;
        private final long[] page;
        private final FeatureSchema schema;
        private FeatureCursor cursor;
        private GeometryTransform transform;

        LazyCursor(FeatureReader source, QuerySpec query, long[] page) {
            this.source = source;
            this.query = query;
            this.page = page;
            this.schema = outputSchema(query);
        }

        @Override
        public FeatureSchema schema() {
            return schema;
        }

        @Override
        public boolean hasNext() {
            if (page[1] == 0) {
                return false;
            }
            if (cursor == null) {
                transform = query.srs().epsg() == query.type().schema().srid() ? null : transform(query);
                cursor = source.open(new SourceQuery(query.type().name(), query.filter(), query.sortBy(),
                        attributesOnly(query), page[0], page[1]));
            }
            return cursor.hasNext();
        }

        @Override
        public Feature next() {
            if (!hasNext()) {
                throw new java.util.NoSuchElementException();
            }
            Feature f = cursor.next();
            Geometry g = f.geometry();
            boolean keep = wantsGeometry(query);
            if (g != null && keep && transform != null) {
                g = transform.apply(g);
            }
            return new Feature(f.id(), keep ? g : null, f.attributes());
        }

        @Override
        public void close() {
            if (cursor != null) {
                cursor.close();
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
