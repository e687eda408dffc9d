package org.ecocorridor.store;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.LongFunction;
import org.ecocorridor.core.feature.Feature;
import org.ecocorridor.core.feature.FeatureCursor;
import org.ecocorridor.core.feature.FeatureSchema;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** Feature cursors for tests: over a small list, or generated one by one (no list). */
final class TestFeatures {
    static final GeometryFactory GEOMETRIES = new GeometryFactory();

    private TestFeatures() {
    }

    static Geometry wkt(String wkt) {
        try {
            return new WKTReader(GEOMETRIES).read(wkt);
        } catch (ParseException e) {
            throw new IllegalArgumentException(wkt, e);
        }
    }

    static Geometry point(double x, double y) {
        return GEOMETRIES.createPoint(new Coordinate(x, y));
    }

    /** A cursor over given features. */
    static FeatureCursor of(FeatureSchema schema, List<Feature> features) {
        return cursor(schema, features.iterator());
    }

    /**
     * A cursor generating {@code count} features with {@code make.apply(i)} for i = 0..count-1,
     * throwing {@code failure} instead of feature number {@code failAt} (0 = never fail).
     */
    static FeatureCursor generated(FeatureSchema schema, long count, LongFunction<Feature> make, long failAt,
            RuntimeException failure) {
        return cursor(schema, new Iterator<>() {
            private long next;

            @Override
            public boolean hasNext() {
                return next < count;
            }

            @Override
            public Feature next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                long i = next++;
                if (failAt > 0 && i + 1 == failAt) {
                    throw failure;
                }
                return make.apply(i);
            }
        });
    }

    static Feature feature(Geometry geometry, Map<String, Object> attributes) {
        return new Feature(null, geometry, attributes);
    }

    private static FeatureCursor cursor(FeatureSchema schema, Iterator<Feature> features) {
        return new FeatureCursor() {
            @Override
            public FeatureSchema schema() {
                return schema;
            }

            @Override
            public boolean hasNext() {
                return features.hasNext();
            }

            @Override
            public Feature next() {
                return features.next();
            }

            @Override
            public void close() {
                // nothing to release
            }
        };
    }
}
