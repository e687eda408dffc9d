package org.ecocorridor.store.source;

import org.ecocorridor.core.crs.CoordinateTransforms;
import org.ecocorridor.core.filter.DistancePredicate;
import org.ecocorridor.core.filter.InvalidFilterException;
import org.ecocorridor.core.filter.InvalidFilterException.Reason;
import org.ecocorridor.core.filter.SpatialOperator;
import org.locationtech.jts.densify.Densifier;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBWriter;

/**
 * Spatial predicates as SQL over a geometry column stored in {@code storageSrid}: the literal is
 * transformed to the storage CRS in Java (EPSG axis order already resolved to east, north by the
 * parser), sent as WKB in a parameter and rebuilt with {@code ST_GeomFromWKB(?, srid)}.
 * Envelopes (BBOX) in another CRS are densified to 32 points per edge first, so that their curved
 * image is enclosed.
 *
 * <p>Not thread-safe; one per statement.
 */
final class SpatialLiterals {
    private static final int ENVELOPE_EDGE_POINTS = 32;
    private final int storageSrid;

    SpatialLiterals(int storageSrid) {
        this.storageSrid = storageSrid;
    }

    void predicate(SpatialOperator op, String column, Geometry literal, SqlBuilder sql) {
        Geometry g = toStorage(literal, op == SpatialOperator.BBOX);
        String function = switch (op) {
            case BBOX, INTERSECTS -> "ST_Intersects";
            case EQUALS -> "ST_Equals";
            case DISJOINT -> "ST_Disjoint";
            case TOUCHES -> "ST_Touches";
            case WITHIN -> "ST_Within";
            case OVERLAPS -> "ST_Overlaps";
            case CROSSES -> "ST_Crosses";
            case CONTAINS -> "ST_Contains";
        };
        if (op == SpatialOperator.DISJOINT) {
            sql.append(function).append("(").append(column).append(", ");
            geometry(g, sql);
            sql.append(")");
            return;
        }
        sql.append("(").append(column).append(" && ");
        geometry(g, sql);
        sql.append(" AND ").append(function).append("(").append(column).append(", ");
        geometry(g, sql);
        sql.append("))");
    }

    void distance(DistancePredicate d, String column, SqlBuilder sql) {
        Geometry around;
        if (d.distanceMetres() == 0) {
            around = toStorage(d.geometry(), false);
        } else {
            Geometry wgs84 = transform(d.geometry(), 4326, false);
            around = transform(GroundBuffer.around(wgs84, d.distanceMetres()), storageSrid, false);
        }
        if (d.beyond()) {
            sql.append("NOT ST_Intersects(").append(column).append(", ");
            geometry(around, sql);
            sql.append(")");
        } else {
            sql.append("(").append(column).append(" && ");
            geometry(around, sql);
            sql.append(" AND ST_Intersects(").append(column).append(", ");
            geometry(around, sql);
            sql.append("))");
        }
    }

    private Geometry toStorage(Geometry literal, boolean densify) {
        return transform(literal, storageSrid, densify);
    }

    private static Geometry transform(Geometry literal, int targetSrid, boolean densify) {
        int srid = literal.getSRID() == 0 ? targetSrid : literal.getSRID();
        if (srid == targetSrid) {
            return literal;
        }
        Geometry g = literal;
        if (densify) {
            double step = Math.max(g.getEnvelopeInternal().getWidth(), g.getEnvelopeInternal().getHeight())
                    / ENVELOPE_EDGE_POINTS;
            if (step > 0) {
                g = Densifier.densify(g, step);
            }
        }
        try {
            return CoordinateTransforms.between(srid, targetSrid).apply(g);
        } catch (IllegalArgumentException e) {
            throw new InvalidFilterException(Reason.UNSUPPORTED_CRS, "EPSG:" + srid,
                    "Unsupported CRS EPSG:" + srid + " for a filter geometry: " + e.getMessage());
        }
    }

    private void geometry(Geometry g, SqlBuilder sql) {
        sql.append("ST_GeomFromWKB(").parameter(new WKBWriter(2).write(g)).append(", " + storageSrid + ")");
    }
}
