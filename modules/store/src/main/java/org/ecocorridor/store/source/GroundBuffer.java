package org.ecocorridor.store.source;

import java.util.Locale;
import org.apache.sis.referencing.CRS;
import org.ecocorridor.core.crs.CoordinateTransforms;
import org.locationtech.jts.densify.Densifier;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.GeometryTransformer;
import org.opengis.referencing.operation.MathTransform;
import org.opengis.referencing.operation.TransformException;
import org.opengis.util.FactoryException;

/**
 * The region within a ground distance of a geometry in EPSG:4326 (x = longitude), as a polygon in
 * EPSG:4326: the geometry is projected to a Lambert azimuthal equal-area CRS centred on its
 * envelope centre (EPSG method 9820, on WGS 84), buffered there by the distance in metres (16
 * segments per quarter circle) and projected back after densification to 1/16 of the distance.
 * This makes DWithin and Beyond behave the same on PostGIS and H2GIS (which has no geography
 * type).
 *
 * <p>Accuracy: LAEA is true to scale at its centre; its radial scale error grows as about
 * c²/8 at angular distance c from the centre (Snyder 1987, <i>Map Projections: A Working Manual</i>,
 * pp. 182-190), i.e. under 0.01 % within 100 km and about 0.3 % at 1,000 km, which bounds the
 * error of the buffer for literals of moderate extent. The 16-segment arcs cut the circle by
 * at most 1 − cos(π/32) ≈ 0.5 % of the distance.
 *
 * <p>Thread-safe (stateless).
 */
final class GroundBuffer {
    private static final int QUADRANT_SEGMENTS = 16;

    private GroundBuffer() {
    }

    static Geometry around(Geometry wgs84, double distanceMetres) {
        Envelope e = wgs84.getEnvelopeInternal();
        double lon = (e.getMinX() + e.getMaxX()) / 2;
        double lat = (e.getMinY() + e.getMaxY()) / 2;
        try {
            var laea = CRS.fromWKT(wkt(lat, lon));
            MathTransform forward = CRS.findOperation(CoordinateTransforms.crs(4326), laea, null).getMathTransform();
            Geometry projected = apply(forward, Densifier.densify(wgs84, Math.max(1e-3, distanceDegrees(distanceMetres))));
            Geometry buffer = projected.buffer(distanceMetres, QUADRANT_SEGMENTS);
            Geometry dense = Densifier.densify(buffer, distanceMetres / 16);
            Geometry back = apply(forward.inverse(), dense);
            back.setSRID(4326);
            return back;
        } catch (FactoryException | TransformException e2) {
            throw new IllegalArgumentException("Cannot buffer a geometry at " + lat + "N " + lon + "E by "
                    + distanceMetres + " m: " + e2.getMessage(), e2);
        }
    }

    /** A conservative step in degrees for densifying the input (1/16 of the distance at the equator). */
    private static double distanceDegrees(double metres) {
        return metres / 16 / 111_320.0;
    }

    private static String wkt(double lat, double lon) {
        return String.format(Locale.ROOT, """
                PROJCRS["LAEA %1$.6f %2$.6f",
                  BASEGEOGCRS["WGS 84", DATUM["World Geodetic System 1984",
                    ELLIPSOID["WGS 84",6378137,298.257223563,LENGTHUNIT["metre",1]]],
                    PRIMEM["Greenwich",0,ANGLEUNIT["degree",0.0174532925199433]]],
                  CONVERSION["LAEA", METHOD["Lambert Azimuthal Equal Area",ID["EPSG",9820]],
                    PARAMETER["Latitude of natural origin",%1$.9f,ANGLEUNIT["degree",0.0174532925199433]],
                    PARAMETER["Longitude of natural origin",%2$.9f,ANGLEUNIT["degree",0.0174532925199433]],
                    PARAMETER["False easting",0,LENGTHUNIT["metre",1]],
                    PARAMETER["False northing",0,LENGTHUNIT["metre",1]]],
                  CS[Cartesian,2], AXIS["easting (X)",east,ORDER[1],LENGTHUNIT["metre",1]],
                    AXIS["northing (Y)",north,ORDER[2],LENGTHUNIT["metre",1]]]""", lat, lon);
    }

    private static Geometry apply(MathTransform transform, Geometry g) throws TransformException {
        try {
            return new GeometryTransformer() {
                @Override
                protected CoordinateSequence transformCoordinates(CoordinateSequence coords, Geometry parent) {
                    int n = coords.size();
                    double[] xy = new double[2 * n];
                    for (int i = 0; i < n; i++) {
                        xy[2 * i] = coords.getX(i);
                        xy[2 * i + 1] = coords.getY(i);
                    }
                    try {
                        transform.transform(xy, 0, xy, 0, n);
                    } catch (TransformException e) {
                        throw new IllegalStateException(e);
                    }
                    Coordinate[] out = new Coordinate[n];
                    for (int i = 0; i < n; i++) {
                        out[i] = new Coordinate(xy[2 * i], xy[2 * i + 1]);
                    }
                    return factory.getCoordinateSequenceFactory().create(out);
                }
            }.transform(g);
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof TransformException t) {
                throw t;
            }
            throw e;
        }
    }
}
