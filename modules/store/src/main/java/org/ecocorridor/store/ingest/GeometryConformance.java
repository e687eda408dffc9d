package org.ecocorridor.store.ingest;

import org.ecocorridor.core.feature.GeometryKind;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Makes a geometry fit a column's declared kind: unchanged when it already fits (or the column is
 * {@link GeometryKind#GEOMETRY}), promoted from single to multi (Point → MultiPoint,
 * LineString → MultiLineString, Polygon → MultiPolygon, one part) when the column is the multi
 * kind, rejected otherwise.
 *
 * <p>Thread-safe (stateless).
 */
public final class GeometryConformance {
    private static final GeometryFactory FACTORY = new GeometryFactory();

    private GeometryConformance() {
    }

    /**
     * @param where describes the feature for the message, e.g. "Feature #12"
     * @return the geometry to store (null stays null)
     * @throws IllegalArgumentException when the geometry cannot be stored in the column
     */
    public static Geometry conform(Geometry g, GeometryKind kind, String where) {
        if (g == null || kind == GeometryKind.GEOMETRY) {
            return g;
        }
        GeometryKind actual = GeometryKind.of(g);
        if (actual == kind) {
            return g;
        }
        if (!kind.accepts(actual)) {
            throw new IllegalArgumentException(where + ": geometry " + actual.ogcName()
                    + " does not fit the layer's type " + kind.ogcName());
        }
        Geometry promoted = switch (actual) {
            case POINT -> FACTORY.createMultiPoint(new Point[] {(Point) g});
            case LINESTRING -> FACTORY.createMultiLineString(new LineString[] {(LineString) g});
            case POLYGON -> FACTORY.createMultiPolygon(new Polygon[] {(Polygon) g});
            default -> throw new IllegalStateException("Unexpected promotion of " + actual);
        };
        promoted.setSRID(g.getSRID());
        return promoted;
    }
}
