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
 * circle of radius h: arcs are halved (the middle direction is the normalised sum of the ends'
 * directions) until each chord is within {@value #ARC_TOLERANCE_PX} px of the circle (chord error
 * h·(1 − cos(δ/2)) for an arc δ, with cos(δ/2) = √((1 + cos δ) / 2)). Round caps use the same arcs.
 *
 * <p>A closed convex ring, the usual outline of a small polygon, is written instead as its outer
 * and inner offset loops ({@link #convexRing}): the same area with about half the edges and
 * fewer crossings per sub-scanline.
 *
 * <p>Differences from Java2D: zero-length segments inside a subpath are skipped (Marlin gives
 * them the direction (1, 0), which adds a join at that point); an open subpath of one point is a
 * dot (disc or axis-aligned square) as in Marlin. Our arcs are within {@value #ARC_TOLERANCE_PX} px
 * of the circle; Marlin's Bézier arcs are further from it at small radii (see the stroke tests).
 *
 * <p>Not thread-safe; one per canvas.
 */
final class StrokeOutline {
    /** Largest distance between a round join or cap's polygon and its circle, pixels. */
    static final double ARC_TOLERANCE_PX = 0.02;
    /** Most halvings of an arc (2⁶ chords). */
    private static final int MAX_ARC_DEPTH = 6;

    private double[] points = new double[64];
    private int pointCount;
    private double[] piece = new double[2 * 72];
    private double[] ring = new double[64];
    private int pieceCount;
    private double half;
    private int cap;
    private int join;
    private double miterLimitSq;
    /** cos(δ/2) of the widest arc δ drawn as one chord: 1 − tolerance / h. */
    private double flatHalfCos;

    /** Sets the pen; width must be positive. */
    void pen(BasicStroke stroke) {
        half = stroke.getLineWidth() / 2.0;
        cap = stroke.getEndCap();
        join = stroke.getLineJoin();
        double limit = stroke.getMiterLimit();
        miterLimitSq = limit * limit;
        flatHalfCos = 1 - ARC_TOLERANCE_PX / half;
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
        if (closed && n >= 3 && convexRing(n, edges)) {
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

    /**
     * A convex ring's stroke as two loops: the outer offset (offset segments joined by the joins)
     * and, turned the other way, the inner offset polygon whose corners are the inner mitre points
     * M = V − s·(n1 + n2) / (1 + u1·u2). Between them the winding is 1, inside the inner one 0: the
     * same area as the union of pieces, with about half the edges. Applies when every turn has the
     * same sign, the directions turn round once (the x direction changes sign at most twice) and
     * each inner offset edge keeps a positive length (M advances along every segment).
     *
     * @return false, having written nothing, when the ring does not qualify
     */
    private boolean convexRing(int n, Edges edges) {
        if (ring.length < 4 * n) {
            ring = new double[8 * n];
        }
        double[] u = ring; // directions in [0, 2n), inner points in [2n, 4n)
        for (int i = 0; i < n; i++) {
            int j = i + 1 == n ? 0 : i + 1;
            double dx = points[2 * j] - points[2 * i];
            double dy = points[2 * j + 1] - points[2 * i + 1];
            double len = Math.sqrt(dx * dx + dy * dy);
            u[2 * i] = dx / len;
            u[2 * i + 1] = dy / len;
        }
        int turn = 0;
        int xSignChanges = 0;
        double firstXSign = 0;
        double lastXSign = 0;
        for (int i = 0; i < n; i++) {
            int p = i == 0 ? n - 1 : i - 1;
            double cross = u[2 * p] * u[2 * i + 1] - u[2 * p + 1] * u[2 * i];
            double dot = u[2 * p] * u[2 * i] + u[2 * p + 1] * u[2 * i + 1];
            if (cross == 0 ? dot < 0 : turn != 0 && cross > 0 != turn > 0) {
                return false;
            }
            if (cross != 0) {
                turn = cross > 0 ? 1 : -1;
            }
            if (1 + dot < 1e-6) {
                return false;
            }
            double xSign = Math.signum(u[2 * i]);
            if (xSign != 0) {
                if (lastXSign != 0 && xSign != lastXSign) {
                    xSignChanges++;
                }
                if (firstXSign == 0) {
                    firstXSign = xSign;
                }
                lastXSign = xSign;
            }
        }
        if (lastXSign != firstXSign) {
            xSignChanges++; // round the ring
        }
        if (turn == 0 || xSignChanges > 2) {
            return false;
        }
        double s = turn > 0 ? -half : half; // the outer side, as in join()
        for (int i = 0; i < n; i++) {
            int p = i == 0 ? n - 1 : i - 1;
            double k = s / (1 + u[2 * p] * u[2 * i] + u[2 * p + 1] * u[2 * i + 1]);
            u[2 * n + 2 * i] = points[2 * i] + (u[2 * p + 1] + u[2 * i + 1]) * k;
            u[2 * n + 2 * i + 1] = points[2 * i + 1] - (u[2 * p] + u[2 * i]) * k;
        }
        for (int i = 0; i < n; i++) {
            int j = i + 1 == n ? 0 : i + 1;
            double along = (u[2 * n + 2 * j] - u[2 * n + 2 * i]) * u[2 * i]
                    + (u[2 * n + 2 * j + 1] - u[2 * n + 2 * i + 1]) * u[2 * i + 1];
            if (!(along > 0)) {
                return false;
            }
        }
        pieceCount = 0;
        for (int i = 0; i < n; i++) {
            int p = i == 0 ? n - 1 : i - 1;
            double vx = points[2 * i];
            double vy = points[2 * i + 1];
            double ax = vx - u[2 * p + 1] * s;
            double ay = vy + u[2 * p] * s;
            double bx = vx - u[2 * i + 1] * s;
            double by = vy + u[2 * i] * s;
            double dot = u[2 * p] * u[2 * i] + u[2 * p + 1] * u[2 * i + 1];
            vertex(ax, ay);
            if (join == BasicStroke.JOIN_ROUND) {
                arc(vx, vy, ax - vx, ay - vy, bx - vx, by - vy, dot, 0, 0, 0);
            } else if (join == BasicStroke.JOIN_MITER && 2 < miterLimitSq * (1 + dot)) {
                double k = s / (1 + dot);
                vertex(vx + (-u[2 * p + 1] - u[2 * i + 1]) * k, vy + (u[2 * p] + u[2 * i]) * k);
            }
            vertex(bx, by);
        }
        emit(edges, true);
        pieceCount = 0;
        for (int i = 0; i < n; i++) {
            vertex(u[2 * n + 2 * i], u[2 * n + 2 * i + 1]);
        }
        emit(edges, false);
        return true;
    }

    private void segment(double px, double py, double qx, double qy, Edges edges) {
        double dx = qx - px;
        double dy = qy - py;
        double k = half / Math.sqrt(dx * dx + dy * dy);
        double nx = -dy * k;
        double ny = dx * k;
        pieceCount = 0;
        vertex(px + nx, py + ny);
        vertex(qx + nx, qy + ny);
        vertex(qx - nx, qy - ny);
        vertex(px - nx, py - ny);
        emit(edges, true);
    }

    /** The outer wedge at V between segments P→V and V→Q. */
    private void join(double px, double py, double vx, double vy, double qx, double qy, Edges edges) {
        double l1 = Math.sqrt((vx - px) * (vx - px) + (vy - py) * (vy - py));
        double l2 = Math.sqrt((qx - vx) * (qx - vx) + (qy - vy) * (qy - vy));
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
            arc(vx, vy, ax - vx, ay - vy, bx - vx, by - vy, dot, u1x * half, u1y * half, 0);
        } else if (join == BasicStroke.JOIN_MITER && 2 < miterLimitSq * (1 + dot)) {
            double k = s / (1 + dot);
            vertex(vx + (-u1y - u2y) * k, vy + (u1x + u2x) * k);
        }
        vertex(bx, by);
        emit(edges, true);
    }

    /** The cap at end E of a segment whose other end is O. */
    private void cap(double ex, double ey, double ox, double oy, Edges edges) {
        if (cap == BasicStroke.CAP_BUTT) {
            return;
        }
        double k = half / Math.sqrt((ex - ox) * (ex - ox) + (ey - oy) * (ey - oy));
        double ux = (ex - ox) * k; // outwards, length h
        double uy = (ey - oy) * k;
        pieceCount = 0;
        vertex(ex - uy, ey + ux);
        if (cap == BasicStroke.CAP_SQUARE) {
            vertex(ex - uy + ux, ey + ux + uy);
            vertex(ex + uy + ux, ey - ux + uy);
        } else {
            arc(ex, ey, -uy, ux, uy, -ux, -1, ux, uy, 0);
        }
        vertex(ex + uy, ey - ux);
        emit(edges, true);
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
            arc(x, y, half, 0, -half, 0, -1, 0, half, 0);
            vertex(x - half, y);
            arc(x, y, -half, 0, half, 0, -1, 0, -half, 0);
        }
        emit(edges, true);
    }

    /**
     * Adds the points strictly inside the shorter arc about C from C + a to C + b (radius h), whose
     * angle has cosine {@code cos}; for a half turn (a = −b) the arc goes through C + (mx, my).
     */
    private void arc(double cx, double cy, double ax, double ay, double bx, double by, double cos, double mx,
            double my, int depth) {
        double halfCos = Math.sqrt(Math.max(0, (1 + cos) / 2)); // cos of half the arc
        if (halfCos >= flatHalfCos || depth >= MAX_ARC_DEPTH) {
            return;
        }
        double sx = ax + bx;
        double sy = ay + by;
        double len = Math.sqrt(sx * sx + sy * sy);
        if (len > 1e-9 * half) {
            mx = sx * half / len;
            my = sy * half / len;
        }
        // the two halves (under a half turn each, so their middles come from their ends' sum)
        arc(cx, cy, ax, ay, mx, my, halfCos, mx, my, depth + 1);
        vertex(cx + mx, cy + my);
        arc(cx, cy, mx, my, bx, by, halfCos, mx, my, depth + 1);
    }

    private void vertex(double x, double y) {
        if (2 * pieceCount + 2 > piece.length) {
            piece = Arrays.copyOf(piece, 2 * piece.length);
        }
        piece[2 * pieceCount] = x;
        piece[2 * pieceCount + 1] = y;
        pieceCount++;
    }

    /** Writes the piece as a closed polygon, turned to give it a positive area, or a negative one. */
    private void emit(Edges edges, boolean positive) {
        int n = pieceCount;
        double area2 = 0;
        for (int i = 0, j = n - 1; i < n; j = i++) {
            area2 += (piece[2 * j] - piece[2 * i]) * (piece[2 * j + 1] + piece[2 * i + 1]);
        }
        if (area2 == 0) {
            return;
        }
        for (int i = 0, j = n - 1; i < n; j = i++) {
            if (area2 > 0 == positive) {
                edges.line(piece[2 * j], piece[2 * j + 1], piece[2 * i], piece[2 * i + 1]);
            } else {
                edges.line(piece[2 * i], piece[2 * i + 1], piece[2 * j], piece[2 * j + 1]);
            }
        }
    }
}
