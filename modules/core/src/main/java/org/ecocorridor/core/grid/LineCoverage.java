package org.ecocorridor.core.grid;

import org.locationtech.jts.geom.Coordinate;

/**
 * Line and point burning for {@link GridRasterizer}: the supercover walk of each segment plus the
 * cells whose centre lies within half the width ("capsule" of the segment).
 *
 * <p>Thread-safe: stateless.
 */
final class LineCoverage {

    private LineCoverage() {
    }

    /** Burns a polyline (or a single point when {@code coords.length == 1}). */
    static void burn(CellMask mask, Coordinate[] coords, double width) {
        double half = width / 2;
        if (coords.length == 1) {
            Coordinate p = coords[0];
            mask.addIfInside(mask.geometry().rowOf(p.y), mask.geometry().colOf(p.x));
            capsule(mask, p.x, p.y, p.x, p.y, half);
            return;
        }
        for (int i = 0; i + 1 < coords.length; i++) {
            Coordinate a = coords[i];
            Coordinate b = coords[i + 1];
            supercover(mask, a.x, a.y, b.x, b.y);
            if (half > 0) {
                capsule(mask, a.x, a.y, b.x, b.y, half);
            }
        }
    }

    /**
     * Every cell the segment passes through (Amanatides &amp; Woo traversal in cell coordinates
     * u = (x − x₀)/w, v = (y₀ − y)/h; at an exact corner crossing both side cells are added).
     */
    static void supercover(CellMask mask, double x1, double y1, double x2, double y2) {
        GridGeometry g = mask.geometry();
        double[] seg = clipToGrid(g, x1, y1, x2, y2);
        if (seg == null) {
            return;
        }
        double u1 = (seg[0] - g.originX()) / g.cellWidth();
        double v1 = (g.originY() - seg[1]) / g.cellHeight();
        double u2 = (seg[2] - g.originX()) / g.cellWidth();
        double v2 = (g.originY() - seg[3]) / g.cellHeight();
        int col = (int) Math.floor(u1);
        int row = (int) Math.floor(v1);
        int endCol = (int) Math.floor(u2);
        int endRow = (int) Math.floor(v2);
        double du = u2 - u1;
        double dv = v2 - v1;
        int stepC = du > 0 ? 1 : -1;
        int stepR = dv > 0 ? 1 : -1;
        double tDeltaU = du == 0 ? Double.POSITIVE_INFINITY : Math.abs(1 / du);
        double tDeltaV = dv == 0 ? Double.POSITIVE_INFINITY : Math.abs(1 / dv);
        double tMaxU = du == 0 ? Double.POSITIVE_INFINITY
                : (du > 0 ? (Math.floor(u1) + 1 - u1) : (u1 - Math.floor(u1))) * tDeltaU;
        double tMaxV = dv == 0 ? Double.POSITIVE_INFINITY
                : (dv > 0 ? (Math.floor(v1) + 1 - v1) : (v1 - Math.floor(v1))) * tDeltaV;
        if (du < 0 && tMaxU == 0) {
            tMaxU = tDeltaU; // starting exactly on a vertical cell edge while moving west: the edge is behind us
            col = (int) Math.ceil(u1) - 1;
        }
        if (dv < 0 && tMaxV == 0) {
            tMaxV = tDeltaV;
            row = (int) Math.ceil(v1) - 1;
        }
        mask.addIfInside(row, col);
        int steps = Math.abs(endCol - col) + Math.abs(endRow - row) + 2;
        for (int s = 0; s < steps && (col != endCol || row != endRow); s++) {
            if (Math.min(tMaxU, tMaxV) > 1) {
                break;
            }
            if (tMaxU == tMaxV) {
                mask.addIfInside(row, col + stepC);
                mask.addIfInside(row + stepR, col);
                col += stepC;
                row += stepR;
                tMaxU += tDeltaU;
                tMaxV += tDeltaV;
            } else if (tMaxU < tMaxV) {
                col += stepC;
                tMaxU += tDeltaU;
            } else {
                row += stepR;
                tMaxV += tDeltaV;
            }
            mask.addIfInside(row, col);
        }
    }

    /**
     * Liang–Barsky clip of a segment to the grid envelope grown by one cell; null when outside.
     * Returns {x1, y1, x2, y2}.
     */
    private static double[] clipToGrid(GridGeometry g, double x1, double y1, double x2, double y2) {
        var env = g.envelope();
        double minX = env.getMinX() - g.cellWidth();
        double maxX = env.getMaxX() + g.cellWidth();
        double minY = env.getMinY() - g.cellHeight();
        double maxY = env.getMaxY() + g.cellHeight();
        double dx = x2 - x1;
        double dy = y2 - y1;
        double t0 = 0;
        double t1 = 1;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {x1 - minX, maxX - x1, y1 - minY, maxY - y1};
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) {
                    return null;
                }
            } else {
                double t = q[i] / p[i];
                if (p[i] < 0) {
                    t0 = Math.max(t0, t);
                } else {
                    t1 = Math.min(t1, t);
                }
            }
        }
        if (t0 > t1) {
            return null;
        }
        return new double[] {x1 + t0 * dx, y1 + t0 * dy, x1 + t1 * dx, y1 + t1 * dy};
    }

    /**
     * Cells whose centre is within {@code half} of segment AB: for each row the centre line
     * y = y<sub>c</sub> meets the (convex) capsule in one interval, the hull of the crossings with
     * the two end discs and the two offset sides.
     */
    static void capsule(CellMask mask, double ax, double ay, double bx, double by, double half) {
        if (half <= 0) {
            return;
        }
        GridGeometry g = mask.geometry();
        int rowMin = Math.max(0, GridRasterizer.rowOfCentreAtOrBelow(g, Math.max(ay, by) + half));
        int rowMax = Math.min(g.rows() - 1, GridRasterizer.rowOfCentreAtOrAbove(g, Math.min(ay, by) - half));
        double dx = bx - ax;
        double dy = by - ay;
        double len = Math.hypot(dx, dy);
        double nx = len == 0 ? 0 : -dy / len * half;
        double ny = len == 0 ? 0 : dx / len * half;
        for (int row = rowMin; row <= rowMax; row++) {
            double yc = g.centreY(row);
            double[] iv = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
            disc(iv, ax, ay, yc, half);
            disc(iv, bx, by, yc, half);
            if (len > 0) {
                side(iv, ax + nx, ay + ny, bx + nx, by + ny, yc);
                side(iv, ax - nx, ay - ny, bx - nx, by - ny, yc);
                if (dy == 0 && Math.abs(yc - ay) <= half) {
                    include(iv, Math.min(ax, bx));
                    include(iv, Math.max(ax, bx));
                }
            }
            if (iv[0] <= iv[1]) {
                int from = (int) Math.ceil((iv[0] - g.originX()) / g.cellWidth() - 0.5);
                int to = (int) Math.floor((iv[1] - g.originX()) / g.cellWidth() - 0.5);
                mask.addRun(row, from, to);
            }
        }
    }

    private static void disc(double[] iv, double cx, double cy, double yc, double r) {
        double dy = yc - cy;
        double h2 = r * r - dy * dy;
        if (h2 >= 0) {
            double h = Math.sqrt(h2);
            include(iv, cx - h);
            include(iv, cx + h);
        }
    }

    private static void side(double[] iv, double x1, double y1, double x2, double y2, double yc) {
        if (y1 == y2) {
            return; // horizontal side: handled by the caller's band test
        }
        double t = (yc - y1) / (y2 - y1);
        if (t >= 0 && t <= 1) {
            include(iv, x1 + t * (x2 - x1));
        }
    }

    private static void include(double[] iv, double x) {
        iv[0] = Math.min(iv[0], x);
        iv[1] = Math.max(iv[1], x);
    }
}
