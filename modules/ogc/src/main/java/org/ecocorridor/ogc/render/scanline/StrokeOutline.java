package org.ecocorridor.ogc.render.scanline;

import java.awt.BasicStroke;
import java.util.Arrays;

/**
 * The area of a solid stroke as a union of convex pieces, written into {@link Edges} to be filled
 * with the non-zero rule: for each segment of length L &gt; 0 with unit direction u and normal
 * n = h·(−u_y, u_x), h = width / 2, the rectangle P ± n, Q ± n; at each interior vertex (and at
 * every vertex of a closed subpath) the wedge the two rectangles leave open on the outer side of
 * the turn, shaped by the join; at the ends of an open subpath the cap (butt: none, square: h × 2h
 * rectangle beyond the end, round: half disc of radius h). Every piece is written with the same
 * orientation, so overlaps add up and never cancel: the union is what Java2D's stroker outlines.
 *
 * <p>Joins, with θ the turn angle between u1 and u2 and A = V + s·n1, B = V + s·n2 the outer
 * corners (s = −1 for a turn towards +n, else +1): bevel the triangle V A B; mitre the quad
 * V A T B with tip T = V + s·(n1 + n2) / (1 + u1·u2) when |VT| / h = 1 / cos(θ/2) is under the
 * mitre limit (Marlin's test {@code lenSq < (limit·h)²}), else bevel; round the fan V A … B on the
 * circle of radius h, with arcs split so that each chord is within {@value #ARC_TOLERANCE_PX} px
 * of the circle (chord error h·(1 − cos(δ/2)) for a step δ). Round caps use the same arcs.
 *
 * <p>Differences from Java2D: zero-length segments inside a subpath are skipped (Marlin gives
 * them the direction (1, 0), which adds a join at that point); an open subpath of one point is a
 * dot (disc or axis-aligned square) as in Marlin. Arcs differ from Marlin's cubic approximations
 * by at most {@value #ARC_TOLERANCE_PX} px.
 *
 * <p>Not thread-safe; one per canvas.
 */
final class StrokeOutline {
    /** Largest distance between a round join or cap's polygon and its circle, pixels. */
    static final double ARC_TOLERANCE_PX = 0.02;

    private double[] points = new double[64];
    private int pointCount;
    private final double[] piece = new double[2 * 72];
    private int pieceCount;
    private double half;
    private int cap;
    private int join;
    private double miterLimitSq;
    private double arcStep;

    /** Sets the pen; width must be positive. */
    void pen(BasicStroke stroke) {
        half = stroke.getLineWidth() / 2.0;
        cap = stroke.getEndCap();
        join = stroke.getLineJoin();
        double limit = stroke.getMiterLimit();
        miterLimitSq = limit * limit;
        double cos = 1 - ARC_TOLERANCE_PX / half;
        arcStep = cos <= 0 ? Math.PI / 2 : Math.min(Math.PI / 2, 2 * Math.acos(cos));
    }

    /** Starts a subpath at (x, y). */
    void moveTo(double x, double y) {
        pointCount = 0;
        add(x, y);
    }

    /** Continues the subpath to (x, y); a repeated point is dropped. */
    void lineTo(double x, double y) {
        if (x != points[2 * pointCount - 2] || y != points[2 * pointCount - 1]) {
            add(x, y);
        }
    }

    private void add(double x, double y) {
        if (2 * pointCount + 2 > points.length) {
            points = Arrays.copyOf(points, 2 * points.length);
        }
        points[2 * pointCount] = x;
        points[2 * pointCount + 1] = y;
        pointCount++;
    }

    /** Writes the pieces of the current subpath; {@code closed} when it ended with a close. */
    void endSubpath(boolean closed, Edges edges) {
        int n = pointCount;
        if (n == 0) {
            return;
        }
        if (closed && n > 1 && points[0] == points[2 * n - 2] && points[1] == points[2 * n - 1]) {
            n--; // the ring repeats its first point: the closing segment is the last one
        }
        if (n == 1) {
            if (!closed) {
                dot(points[0], points[1], edges);
            }
            pointCount = 0;
            return;
        }
        int segments = closed ? n : n - 1;
        for (int i = 0; i < segments; i++) {
            int j = (i + 1) % n;
            segment(points[2 * i], points[2 * i + 1], points[2 * j], points[2 * j + 1], edges);
        }
        for (int v = closed ? 0 : 1; v < (closed ? n : n - 1); v++) {
            int p = (v - 1 + n) % n;
            int q = (v + 1) % n;
            join(points[2 * p], points[2 * p + 1], points[2 * v], points[2 * v + 1], points[2 * q],
                    points[2 * q + 1], edges);
        }
        if (!closed) {
            cap(points[0], points[1], points[2], points[3], edges);
            cap(points[2 * n - 2], points[2 * n - 1], points[2 * n - 4], points[2 * n - 3], edges);
        }
        pointCount = 0;
    }

    private void segment(double px, double py, double qx, double qy, Edges edges) {
        double dx = qx - px;
        double dy = qy - py;
        double len = Math.hypot(dx, dy);
        double nx = -dy / len * half;
        double ny = dx / len * half;
        pieceCount = 0;
        vertex(px + nx, py + ny);
        vertex(qx + nx, qy + ny);
        vertex(qx - nx, qy - ny);
        vertex(px - nx, py - ny);
        emit(edges);
    }

    /** The outer wedge at V between segments P→V and V→Q. */
    private void join(double px, double py, double vx, double vy, double qx, double qy, Edges edges) {
        double l1 = Math.hypot(vx - px, vy - py);
        double l2 = Math.hypot(qx - vx, qy - vy);
        double u1x = (vx - px) / l1;
        double u1y = (vy - py) / l1;
        double u2x = (qx - vx) / l2;
        double u2y = (qy - vy) / l2;
        double cross = u1x * u2y - u1y * u2x;
        double dot = u1x * u2x + u1y * u2y;
        if (cross == 0 && dot > 0) {
            return; // straight on: the rectangles abut
        }
        double s = cross >= 0 ? -half : half; // outer side; a U-turn (cross 0) goes round the far end
        double ax = vx - u1y * s;
        double ay = vy + u1x * s;
        double bx = vx - u2y * s;
        double by = vy + u2x * s;
        pieceCount = 0;
        vertex(vx, vy);
        vertex(ax, ay);
        if (join == BasicStroke.JOIN_ROUND) {
            double theta = Math.atan2(Math.abs(cross), dot);
            arc(vx, vy, ax - vx, ay - vy, cross >= 0 ? theta : -theta);
        } else if (join == BasicStroke.JOIN_MITER && 2 < miterLimitSq * (1 + dot)) {
            double k = s / (1 + dot);
            vertex(vx + (-u1y - u2y) * k, vy + (u1x + u2x) * k);
        }
        vertex(bx, by);
        emit(edges);
    }

    /** The cap at end E of a segment whose other end is O. */
    private void cap(double ex, double ey, double ox, double oy, Edges edges) {
        if (cap == BasicStroke.CAP_BUTT) {
            return;
        }
        double len = Math.hypot(ex - ox, ey - oy);
        double ux = (ex - ox) / len * half; // outwards, length h
        double uy = (ey - oy) / len * half;
        pieceCount = 0;
        vertex(ex - uy, ey + ux);
        if (cap == BasicStroke.CAP_SQUARE) {
            vertex(ex - uy + ux, ey + ux + uy);
            vertex(ex + uy + ux, ey - ux + uy);
        } else {
            arc(ex, ey, -uy, ux, -Math.PI);
        }
        vertex(ex + uy, ey - ux);
        emit(edges);
    }

    /** A one-point subpath: a disc (round cap), an axis-aligned square (square cap) or nothing. */
    private void dot(double x, double y, Edges edges) {
        if (cap == BasicStroke.CAP_BUTT) {
            return;
        }
        pieceCount = 0;
        if (cap == BasicStroke.CAP_SQUARE) {
            vertex(x - half, y - half);
            vertex(x + half, y - half);
            vertex(x + half, y + half);
            vertex(x - half, y + half);
        } else {
            vertex(x + half, y);
            arc(x, y, half, 0, 2 * Math.PI);
        }
        emit(edges);
    }

    /**
     * Adds the points strictly inside the arc from C + (rx, ry) turning by {@code angle} radians
     * (positive from +x towards +y), about C.
     */
    private void arc(double cx, double cy, double rx, double ry, double angle) {
        int steps = Math.min(64, (int) Math.ceil(Math.abs(angle) / arcStep));
        double d = angle / steps;
        double cos = Math.cos(d);
        double sin = Math.sin(d);
        for (int k = 1; k < steps; k++) {
            double t = rx * cos - ry * sin;
            ry = rx * sin + ry * cos;
            rx = t;
            vertex(cx + rx, cy + ry);
        }
    }

    private void vertex(double x, double y) {
        piece[2 * pieceCount] = x;
        piece[2 * pieceCount + 1] = y;
        pieceCount++;
    }

    /** Writes the piece as a closed polygon, turned so that every piece has a positive area. */
    private void emit(Edges edges) {
        int n = pieceCount;
        double area2 = 0;
        for (int i = 0, j = n - 1; i < n; j = i++) {
            area2 += (piece[2 * j] - piece[2 * i]) * (piece[2 * j + 1] + piece[2 * i + 1]);
        }
        if (area2 == 0) {
            return;
        }
        for (int i = 0, j = n - 1; i < n; j = i++) {
            if (area2 > 0) {
                edges.line(piece[2 * j], piece[2 * j + 1], piece[2 * i], piece[2 * i + 1]);
            } else {
                edges.line(piece[2 * i], piece[2 * i + 1], piece[2 * j], piece[2 * j + 1]);
            }
        }
    }
}
