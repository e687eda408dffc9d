package org.ecocorridor.ogc.testing;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecocorridor.core.feature.Feature;
import org.ecocorridor.core.feature.FeatureCursor;
import org.ecocorridor.core.feature.FeatureSchema;
import org.ecocorridor.core.feature.GeometryKind;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/** Small builders of features and in-memory feature cursors for tests. */
public final class TestFeatures {
    public static final GeometryFactory GF = new GeometryFactory();

    private TestFeatures() {
    }

    /** A feature with attributes given as name, value pairs. */
    public static Feature feature(Geometry geometry, Object... nameValues) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            attributes.put((String) nameValues[i], nameValues[i + 1]);
        }
        return new Feature(null, geometry, attributes);
    }

    public static Polygon rectangle(double minX, double minY, double maxX, double maxY) {
        return (Polygon) GF.toGeometry(new Envelope(minX, maxX, minY, maxY));
    }

    /** A rectangle with a rectangular hole. */
    public static Polygon rectangleWithHole(Envelope outer, Envelope hole) {
        LinearRing shell = ((Polygon) GF.toGeometry(outer)).getExteriorRing();
        LinearRing inner = ((Polygon) GF.toGeometry(hole)).getExteriorRing();
        return GF.createPolygon(shell, new LinearRing[] {inner});
    }

    public static Geometry line(double... xy) {
        Coordinate[] cs = new Coordinate[xy.length / 2];
        for (int i = 0; i < cs.length; i++) {
            cs[i] = new Coordinate(xy[2 * i], xy[2 * i + 1]);
        }
        return GF.createLineString(cs);
    }

    public static Geometry point(double x, double y) {
        return GF.createPoint(new Coordinate(x, y));
    }

    /** A cursor over the features whose envelope intersects {@code bbox}, like a spatial query. */
    public static FeatureCursor cursor(List<Feature> features, Envelope bbox) {
        List<Feature> hits = new ArrayList<>();
        for (Feature f : features) {
            if (f.geometry() == null || bbox.intersects(f.geometry().getEnvelopeInternal())) {
                hits.add(f);
            }
        }
        return cursor(hits.iterator(), GeometryKind.GEOMETRY);
    }

    /** A cursor over {@code it}, of lon/lat features of that kind without attributes. */
    public static FeatureCursor cursor(Iterator<Feature> it, GeometryKind kind) {
        return new FeatureCursor() {
            @Override
            public FeatureSchema schema() {
                return new FeatureSchema(kind, 4326, List.of());
            }

            @Override
            public void close() {
            }

            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public Feature next() {
                return it.next();
            }
        };
    }
}
