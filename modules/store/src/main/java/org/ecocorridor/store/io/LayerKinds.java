package org.ecocorridor.store.io;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.ecocorridor.core.feature.GeometryKind;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Infers a layer's geometry kind from the geometries seen, and fits geometries to a kind.
 *
 * <p>Inference: one kind seen gives that kind; a single kind and its multi kind (Polygon and
 * MultiPolygon) give the multi kind; anything else, or nothing, gives {@link GeometryKind#GEOMETRY}.
 *
 * <p>Not thread-safe; one per pass.
 */
final class LayerKinds {
    private final Set<GeometryKind> seen = EnumSet.noneOf(GeometryKind.class);

    void observe(Geometry geometry) {
        if (geometry != null && !geometry.isEmpty()) {
            seen.add(GeometryKind.of(geometry));
        }
    }

    GeometryKind result() {
        if (seen.size() == 1) {
            return seen.iterator().next();
        }
        Set<GeometryKind> promoted = seen.stream().map(GeometryKind::promoted).collect(Collectors.toSet());
        return promoted.size() == 1 ? promoted.iterator().next() : GeometryKind.GEOMETRY;
    }

    /**
     * The geometry in a form a layer of {@code kind} accepts: unchanged when it fits, a single
     * geometry wrapped as a one-part multi (Polygon into MultiPolygon), a one-part multi unwrapped;
     * null when it cannot fit (a LineString in a polygon layer).
     */
    static Geometry fit(Geometry geometry, GeometryKind kind) {
        GeometryKind actual = GeometryKind.of(geometry);
        if (kind == GeometryKind.GEOMETRY || kind == actual) {
            return geometry;
        }
        GeometryFactory f = geometry.getFactory();
        Geometry result = null;
        if (kind == GeometryKind.promoted(actual)) {
            result = switch (actual) {
                case POINT -> f.createMultiPoint(new Point[] {(Point) geometry});
                case LINESTRING -> f.createMultiLineString(new LineString[] {(LineString) geometry});
                case POLYGON -> f.createMultiPolygon(new Polygon[] {(Polygon) geometry});
                default -> null;
            };
        } else if (actual == GeometryKind.promoted(kind) && geometry.getNumGeometries() == 1) {
            result = geometry.getGeometryN(0);
        }
        if (result != null) {
            result.setSRID(geometry.getSRID());
        }
        return result;
    }
}
