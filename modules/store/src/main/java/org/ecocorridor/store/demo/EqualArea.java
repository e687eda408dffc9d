package org.ecocorridor.store.demo;

import org.ecocorridor.core.crs.CoordinateTransforms;
import org.ecocorridor.core.crs.GeometryTransform;
import org.locationtech.jts.densify.Densifier;
import org.locationtech.jts.geom.Geometry;

/**
 * Areas of lon/lat geometries in km², computed in the region's equal-area projection (Lambert
 * azimuthal equal-area, 45°N 115°E, WGS 84; {@link CoordinateTransforms#toEqualArea()}). An
 * equal-area projection preserves area exactly, so the planar area of the projected polygon is the
 * ellipsoidal area, up to the straight-chord error of its edges: edges are densified to
 * {@value #DENSIFY_DEGREES}° first so that they follow the curves that parallels become (error
 * well under 0.01 % for reserve-sized polygons).
 *
 * <p>Thread-safe (the transform is immutable).
 */
final class EqualArea {
    static final double DENSIFY_DEGREES = 0.01;
    private final GeometryTransform toEqualArea = CoordinateTransforms.toEqualArea();

    /** Area in km² of a polygonal geometry in EPSG:4326 (x = longitude). */
    double areaKm2(Geometry lonLat) {
        Geometry dense = Densifier.densify(lonLat, DENSIFY_DEGREES);
        return toEqualArea.apply(dense).getArea() / 1e6;
    }
}
