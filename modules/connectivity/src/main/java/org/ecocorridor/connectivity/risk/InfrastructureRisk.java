package org.ecocorridor.connectivity.risk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.ecocorridor.connectivity.flyway.FlywaySite;
import org.ecocorridor.connectivity.flyway.Geodesics;
import org.ecocorridor.core.progress.ProgressListener;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygonal;

/**
 * Wind farms and power lines within buffers around flyway sites, and the risk index of
 * {@link RiskParameters}.
 *
 * <h2>Distances</h2>
 * <ul>
 *   <li>Point wind farms: geodesic distance on WGS 84 ({@link Geodesics}, sub-millimetre).</li>
 *   <li>Other wind-farm geometries and power lines: projected to an azimuthal equidistant projection
 *       centred on the site ({@link LocalProjection}; radial distances within about 0.1 m at 50 km), lines
 *       densified to 0.01° first; the length of each projected segment inside the disk of the buffer
 *       radius is computed exactly (segment–circle intersection). Polygonal power-line features are
 *       measured along their boundary.</li>
 * </ul>
 * A feature is within a buffer when its distance is ≤ the radius. Features are pre-selected by a
 * conservative lon/lat envelope test, which does not wrap around the antimeridian (the region spans
 * 70–150°E). Infrastructure of other kinds is ignored.
 *
 * <p>Thread-safe: stateless.
 */
public final class InfrastructureRisk {
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private InfrastructureRisk() {
    }

    /**
     * The risk of every site, sorted by site code.
     *
     * @param sites          sites of one species (their codes and positions are used)
     * @param infrastructure features in EPSG:4326
     * @throws java.util.concurrent.CancellationException when the listener cancels
     */
    public static List<SiteRisk> assess(List<FlywaySite> sites, List<Infrastructure> infrastructure,
            RiskParameters parameters, ProgressListener progress) {
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(progress, "progress");
        List<Infrastructure> relevant = infrastructure.stream()
                .filter(f -> f.kind() == InfrastructureKind.WIND_FARM || f.kind() == InfrastructureKind.POWER_LINE)
                .toList();
        List<FlywaySite> sorted = new ArrayList<>(sites);
        sorted.sort(Comparator.comparing(FlywaySite::code));
        Geodesics geodesics = new Geodesics();
        List<SiteRisk> result = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            progress.throwIfCancelled();
            progress.progress((double) i / sorted.size(), "Infrastructure risk");
            result.add(assessSite(sorted.get(i), relevant, parameters, geodesics));
        }
        progress.progress(1, "Infrastructure risk done");
        return List.copyOf(result);
    }

    private static SiteRisk assessSite(FlywaySite site, List<Infrastructure> features, RiskParameters p,
            Geodesics geodesics) {
        List<Double> radii = p.bufferRadiiKm();
        int n = radii.size();
        int[] count = new int[n];
        int[] unknown = new int[n];
        double[] mw = new double[n];
        double[] km = new double[n];
        double outerMetres = p.outerRadiusKm() * 1000;
        Envelope window = searchWindow(site.lonDegrees(), site.latDegrees(), outerMetres);
        LocalProjection projection = null;
        for (Infrastructure f : features) {
            if (!window.intersects(f.geometry().getEnvelopeInternal())) {
                continue;
            }
            if (projection == null && !(f.geometry() instanceof Point && f.kind() == InfrastructureKind.WIND_FARM)) {
                projection = new LocalProjection(site.lonDegrees(), site.latDegrees());
            }
            if (f.kind() == InfrastructureKind.WIND_FARM) {
                double d = windFarmDistanceMetres(site, f, geodesics, projection);
                for (int r = 0; r < n; r++) {
                    if (d <= radii.get(r) * 1000) {
                        count[r]++;
                        mw[r] += f.knownCapacityMw();
                        unknown[r] += Double.isNaN(f.capacityMw()) ? 1 : 0;
                    }
                }
            } else {
                Geometry projected = projection.project(f.geometry());
                for (int r = 0; r < n; r++) {
                    km[r] += lengthInsideDisk(projected, radii.get(r) * 1000) / 1000;
                }
            }
        }
        List<BufferExposure> buffers = new ArrayList<>(n);
        double[] ringMw = new double[n];
        double[] ringKm = new double[n];
        for (int r = 0; r < n; r++) {
            buffers.add(new BufferExposure(radii.get(r), count[r], mw[r], unknown[r], km[r]));
            ringMw[r] = mw[r] - (r > 0 ? mw[r - 1] : 0);
            ringKm[r] = Math.max(0, km[r] - (r > 0 ? km[r - 1] : 0));
        }
        double hazard = p.hazard(ringMw, ringKm);
        return new SiteRisk(site.code(), buffers, hazard, -Math.expm1(-hazard));
    }

    private static double windFarmDistanceMetres(FlywaySite site, Infrastructure f, Geodesics geodesics,
            LocalProjection projection) {
        if (f.geometry() instanceof Point point) {
            return geodesics.distanceMetres(site.lonDegrees(), site.latDegrees(), point.getX(), point.getY());
        }
        return projection.project(f.geometry()).distance(GEOMETRY.createPoint(new Coordinate(0, 0)));
    }

    /**
     * Length in metres of the lineal parts (or polygon boundaries) of a projected geometry inside the
     * disk of radius {@code radius} around the origin: per segment, the parameters t where
     * |p + t (q − p)| = r are the roots of a quadratic, clamped to [0, 1].
     */
    static double lengthInsideDisk(Geometry projected, double radius) {
        Geometry lines = projected instanceof Polygonal ? projected.getBoundary() : projected;
        double total = 0;
        for (int g = 0; g < lines.getNumGeometries(); g++) {
            if (!(lines.getGeometryN(g) instanceof LineString line)) {
                continue;
            }
            Coordinate[] c = line.getCoordinates();
            for (int i = 1; i < c.length; i++) {
                total += segmentInsideDisk(c[i - 1].x, c[i - 1].y, c[i].x, c[i].y, radius);
            }
        }
        return total;
    }

    private static double segmentInsideDisk(double px, double py, double qx, double qy, double r) {
        double dx = qx - px;
        double dy = qy - py;
        double a = dx * dx + dy * dy;
        if (a == 0) {
            return 0;
        }
        double b = 2 * (px * dx + py * dy);
        double c = px * px + py * py - r * r;
        double disc = b * b - 4 * a * c;
        if (disc <= 0) {
            return 0;
        }
        double root = Math.sqrt(disc);
        double lo = Math.max(0, (-b - root) / (2 * a));
        double hi = Math.min(1, (-b + root) / (2 * a));
        return hi > lo ? (hi - lo) * Math.sqrt(a) : 0;
    }

    /**
     * A lon/lat box certain to contain every point within {@code metres} of the site: one degree of
     * latitude is at least 110.57 km and one degree of longitude at least 111.32 km × cos(latitude);
     * 10 % margin.
     */
    static Envelope searchWindow(double lon, double lat, double metres) {
        double dLat = 1.1 * metres / 110_574.0;
        double maxLat = Math.min(89.9, Math.abs(lat) + dLat);
        double dLon = Math.min(180, 1.1 * metres / (111_319.0 * Math.cos(Math.toRadians(maxLat))));
        return new Envelope(lon - dLon, lon + dLon, lat - dLat, lat + dLat);
    }
}
