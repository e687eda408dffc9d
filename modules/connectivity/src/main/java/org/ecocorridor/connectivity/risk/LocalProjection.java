package org.ecocorridor.connectivity.risk;

import org.apache.sis.referencing.CommonCRS;
import org.apache.sis.referencing.GeodeticCalculator;
import org.locationtech.jts.densify.Densifier;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.GeometryTransformer;
import org.opengis.referencing.operation.MathTransform;
import org.opengis.referencing.operation.TransformException;

/**
 * An azimuthal equidistant projection centred on one point (SIS
 * {@link GeodeticCalculator#createProjectionAroundStart()}, EPSG method 9832 "Modified Azimuthal
 * Equidistant"): distances from the centre are geodesic distances to within about 0.1 m at 50 km
 * (checked in the tests), so a disk of radius r around the centre is a buffer of r metres on the
 * ellipsoid. Lon/lat geometries are densified to 0.01° (about 1 km) before projection, so that their
 * straight segments in degrees keep their shape.
 *
 * <p>Immutable and thread-safe after construction (SIS math transforms are).
 */
final class LocalProjection {
    static final double DENSIFY_DEGREES = 0.01;

    private final MathTransform transform;

    LocalProjection(double lonDegrees, double latDegrees) {
        GeodeticCalculator calculator = GeodeticCalculator.create(CommonCRS.WGS84.normalizedGeographic());
        calculator.setStartGeographicPoint(latDegrees, lonDegrees);
        this.transform = calculator.createProjectionAroundStart();
    }

    /** Projects interleaved (lon, lat) pairs in place to (x, y) metres. */
    void projectInPlace(double[] xy) {
        try {
            transform.transform(xy, 0, xy, 0, xy.length / 2);
        } catch (TransformException e) {
            throw new IllegalArgumentException("Cannot project coordinates around the site: " + e.getMessage(), e);
        }
    }

    /** Densifies a lon/lat geometry to {@link #DENSIFY_DEGREES} and projects it to metres. */
    Geometry project(Geometry lonLat) {
        Geometry dense = lonLat.getDimension() == 0 ? lonLat : Densifier.densify(lonLat, DENSIFY_DEGREES);
        return new GeometryTransformer() {
            @Override
            protected CoordinateSequence transformCoordinates(CoordinateSequence coords, Geometry parent) {
                double[] xy = new double[2 * coords.size()];
                for (int i = 0; i < coords.size(); i++) {
                    xy[2 * i] = coords.getX(i);
                    xy[2 * i + 1] = coords.getY(i);
                }
                projectInPlace(xy);
                Coordinate[] out = new Coordinate[coords.size()];
                for (int i = 0; i < out.length; i++) {
                    out[i] = new Coordinate(xy[2 * i], xy[2 * i + 1]);
                }
                return factory.getCoordinateSequenceFactory().create(out);
            }
        }.transform(dense);
    }
}
