package org.ecocorridor.connectivity.flyway;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * Sets {@link FlywaySite#protectedArea()} from protected-area polygons: a site is protected when its
 * point lies inside or on the boundary of any polygon (JTS {@code covers}, planar in lon/lat, which
 * is exact for point-in-polygon because both are in the same coordinates).
 *
 * <p>Thread-safe: stateless.
 */
public final class SiteProtection {
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private SiteProtection() {
    }

    /**
     * The sites with their protection flag recomputed.
     *
     * @param protectedAreas polygons in EPSG:4326 (longitude, latitude)
     */
    public static List<FlywaySite> flag(List<FlywaySite> sites, List<? extends Geometry> protectedAreas) {
        List<PreparedGeometry> prepared = protectedAreas.stream().map(PreparedGeometryFactory::prepare).toList();
        List<FlywaySite> result = new ArrayList<>(sites.size());
        for (FlywaySite s : sites) {
            Geometry point = GEOMETRY.createPoint(new org.locationtech.jts.geom.Coordinate(s.lonDegrees(), s.latDegrees()));
            result.add(s.withProtectedArea(prepared.stream().anyMatch(p -> p.covers(point))));
        }
        return List.copyOf(result);
    }
}
