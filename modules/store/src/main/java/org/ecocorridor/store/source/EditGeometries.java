package org.ecocorridor.store.source;

import org.ecocorridor.core.crs.CoordinateTransforms;
import org.ecocorridor.core.feature.GeometryKind;
import org.ecocorridor.core.filter.InvalidFilterException;
import org.ecocorridor.core.filter.InvalidFilterException.Reason;
import org.ecocorridor.core.source.FeatureType;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.WKBWriter;

/**
 * Geometries written by edits: transformed from their SRID (0 = storage CRS) to the storage CRS,
 * single geometries promoted to the column's multi kind (Polygon to MultiPolygon, ...), and
 * rejected when the kind does not fit the column. Thread-safe (stateless).
 */
final class EditGeometries {
    private EditGeometries() {
    }

    static byte[] toStorageWkb(Geometry g, FeatureType type) {
        int storage = type.schema().srid();
        Geometry out = g;
        if (g.getSRID() != 0 && g.getSRID() != storage) {
            try {
                out = CoordinateTransforms.between(g.getSRID(), storage).apply(g);
            } catch (IllegalArgumentException e) {
                throw new InvalidFilterException(Reason.UNSUPPORTED_CRS, "EPSG:" + g.getSRID(),
                        "Cannot store a geometry in EPSG:" + g.getSRID() + ": " + e.getMessage());
            }
        }
        GeometryKind column = type.schema().geometryKind();
        GeometryKind kind = GeometryKind.of(out);
        if (!column.accepts(kind)) {
            throw new InvalidFilterException(Reason.BAD_OPERAND, type.geometryName(), "A " + kind.ogcName()
                    + " cannot be stored in the " + column.ogcName() + " property of " + type.name());
        }
        if (column != kind && column != GeometryKind.GEOMETRY) {
            out = promote(out);
        }
        return new WKBWriter(2).write(out);
    }

    private static Geometry promote(Geometry g) {
        GeometryFactory f = g.getFactory();
        if (g instanceof Point p) {
            return f.createMultiPoint(new Point[] {p});
        }
        if (g instanceof LineString l) {
            return f.createMultiLineString(new LineString[] {l});
        }
        if (g instanceof Polygon p) {
            return f.createMultiPolygon(new Polygon[] {p});
        }
        return g;
    }
}
