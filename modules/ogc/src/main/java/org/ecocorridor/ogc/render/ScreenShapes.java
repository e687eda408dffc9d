package org.ecocorridor.ogc.render;

import java.awt.geom.Path2D;
import org.ecocorridor.core.crs.GeometryTransform;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Turns lon/lat (EPSG:4326) geometries into pixel-space paths: each coordinate sequence is copied
 * into a reusable buffer, transformed to the target CRS in one call, mapped to pixels by
 * {@code px = (x − minX) / resX}, {@code py = (maxY − y) / resY}, and written straight into a
 * {@link Path2D} (no intermediate geometry).
 *
 * <p>Densification: a segment that is straight in lon/lat is curved in most projections. Its
 * chord error is about {@code e ≈ L · Δθ · κ / 8} pixels, with L its length in pixels, Δθ its
 * length in radians of lon/lat and κ the projection's relative curvature (tan φ for Mercator; a
 * few units in the region's CRSs). Segments with {@code L > }{@value #CHECK_PX} px and
 * {@code L · Δθ > }{@value #CHECK_PX_RADIANS} (so e could exceed ~0.006·κ px) are tested: the
 * lon/lat midpoint is projected, and if it lies more than {@value #TOLERANCE_PX} px from the
 * chord's midpoint the segment is split there and both halves are tested again
 * (depth ≤ {@value #MAX_DEPTH}). The drawn polyline thus stays within about ¼ px of the true curve,
 * with points (and transform calls) added only where needed: at tile scales nearly no segment
 * qualifies.
 *
 * <p>Generalisation: a vertex less than {@value #MIN_STEP_PX} px (Manhattan) from the last one
 * written is skipped (the last vertex of a sequence is always kept), which removes detail too
 * small to see but not to rasterise when many small features fall in one tile.
 *
 * <p>Latitudes are clamped to ±85.0511° for Web Mercator, whose poles are at infinity. A geometry
 * with non-finite projected coordinates is reported as not drawable.
 *
 * <p>Not thread-safe; one per render.
 */
final class ScreenShapes {
    static final double TOLERANCE_PX = 0.25;
    static final double CHECK_PX = 4;
    static final double CHECK_PX_RADIANS = 0.05;
    static final double MIN_STEP_PX = 0.5;
    static final int MAX_DEPTH = 10;
    private static final double MERCATOR_MAX_LAT = 85.05112877980659;

    private final GeometryTransform toTarget;
    private final double minX;
    private final double maxY;
    private final double resX;
    private final double resY;
    private final double maxLat;
    private double[] lonLat = new double[512];
    private double[] xy = new double[512];
    private final double[] one = new double[2];

    /**
     * @param toTarget transform from EPSG:4326 to the target CRS, or null when the target is 4326
     * @param minX     x of the left edge of pixel column 0 (target CRS)
     * @param maxY     y of the top edge of pixel row 0 (target CRS)
     * @param resX     target CRS units per pixel along x
     * @param resY     target CRS units per pixel along y
     */
    ScreenShapes(GeometryTransform toTarget, double minX, double maxY, double resX, double resY) {
        this.toTarget = toTarget == null || toTarget.isIdentity() ? null : toTarget;
        this.minX = minX;
        this.maxY = maxY;
        this.resX = resX;
        this.resY = resY;
        int t = toTarget == null ? 4326 : toTarget.targetEpsg();
        this.maxLat = t == 3857 || t == 900913 || t == 3395 ? MERCATOR_MAX_LAT : 90;
    }

    /**
     * Appends the lines and rings of a geometry to {@code path} (points are ignored). Rings are
     * closed, so the path can be filled with the even-odd rule (holes stay empty) or stroked.
     *
     * @return false when a coordinate could not be projected (the path may then be partial)
     */
    boolean append(Geometry g, Path2D.Double path) {
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            if (part instanceof Polygon p) {
                if (!appendSequence(p.getExteriorRing().getCoordinateSequence(), true, path)) {
                    return false;
                }
                for (int h = 0; h < p.getNumInteriorRing(); h++) {
                    if (!appendSequence(p.getInteriorRingN(h).getCoordinateSequence(), true, path)) {
                        return false;
                    }
                }
            } else if (part instanceof LineString l) {
                if (!appendSequence(l.getCoordinateSequence(), l.isClosed() && l.getNumPoints() > 3, path)) {
                    return false;
                }
            } else if (part != g && !(part instanceof Point)) {
                if (!append(part, path)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Projects one lon/lat point into {@code out} (pixel x, y); false when not finite. */
    boolean point(double lon, double lat, double[] out) {
        one[0] = lon;
        one[1] = clampLat(lat);
        if (toTarget != null) {
            try {
                toTarget.applyInPlace(one, 1);
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
        out[0] = (one[0] - minX) / resX;
        out[1] = (maxY - one[1]) / resY;
        return Double.isFinite(out[0]) && Double.isFinite(out[1]);
    }

    private double clampLat(double lat) {
        return Math.max(-maxLat, Math.min(maxLat, lat));
    }

    private boolean appendSequence(CoordinateSequence seq, boolean closed, Path2D.Double path) {
        int n = seq.size();
        if (n < 2) {
            return true;
        }
        if (lonLat.length < 2 * n) {
            lonLat = new double[Math.max(2 * n, 2 * lonLat.length)];
            xy = new double[lonLat.length];
        }
        for (int i = 0; i < n; i++) {
            lonLat[2 * i] = seq.getX(i);
            lonLat[2 * i + 1] = clampLat(seq.getY(i));
        }
        System.arraycopy(lonLat, 0, xy, 0, 2 * n);
        if (toTarget != null) {
            try {
                toTarget.applyInPlace(xy, n);
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
        for (int i = 0; i < n; i++) {
            double px = (xy[2 * i] - minX) / resX;
            double py = (maxY - xy[2 * i + 1]) / resY;
            if (!Double.isFinite(px) || !Double.isFinite(py)) {
                return false;
            }
            xy[2 * i] = px;
            xy[2 * i + 1] = py;
        }
        path.moveTo(xy[0], xy[1]);
        int last = 0; // index of the last vertex written
        for (int i = 1; i < n; i++) {
            double ax = xy[2 * last];
            double ay = xy[2 * last + 1];
            double bx = xy[2 * i];
            double by = xy[2 * i + 1];
            double lengthPx = Math.abs(bx - ax) + Math.abs(by - ay);
            if (lengthPx < MIN_STEP_PX && i < n - 1) {
                continue; // sub-pixel detail: invisible, but costly for the rasteriser
            }
            if (toTarget != null && lengthPx > CHECK_PX && lengthPx * Math.toRadians(Math.abs(lonLat[2 * i]
                    - lonLat[2 * last]) + Math.abs(lonLat[2 * i + 1] - lonLat[2 * last + 1])) > CHECK_PX_RADIANS) {
                densify(lonLat[2 * last], lonLat[2 * last + 1], ax, ay, lonLat[2 * i], lonLat[2 * i + 1], bx, by, 0,
                        path);
            }
            path.lineTo(bx, by);
            last = i;
        }
        if (closed) {
            path.closePath();
        }
        return true;
    }

    /** Adds the points strictly between A and B needed to follow the projected curve. */
    private void densify(double lonA, double latA, double ax, double ay, double lonB, double latB, double bx,
            double by, int depth, Path2D.Double path) {
        double lonM = (lonA + lonB) / 2;
        double latM = (latA + latB) / 2;
        double[] m = new double[2];
        if (!point(lonM, latM, m)) {
            return;
        }
        double dx = m[0] - (ax + bx) / 2;
        double dy = m[1] - (ay + by) / 2;
        if (dx * dx + dy * dy <= TOLERANCE_PX * TOLERANCE_PX || depth >= MAX_DEPTH) {
            return;
        }
        densify(lonA, latA, ax, ay, lonM, latM, m[0], m[1], depth + 1, path);
        path.lineTo(m[0], m[1]);
        densify(lonM, latM, m[0], m[1], lonB, latB, bx, by, depth + 1, path);
    }
}
