package org.ecocorridor.ogc.render;

import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.util.Arrays;

/**
 * Geometry of pixel polylines for line labels: the longest part of a path, and the point and
 * direction at a distance along it.
 *
 * <p>Thread-safe: stateless.
 */
final class Polylines {
    private Polylines() {
    }

    /** The vertices x0,y0,x1,y1,… of the longest sub-path of a (flat) path; empty when none. */
    static double[] longestPart(Path2D path) {
        double[] best = new double[0];
        double bestLength = -1;
        double[] current = new double[32];
        int n = 0;
        double length = 0;
        double[] seg = new double[6];
        for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(seg);
            if (type == PathIterator.SEG_MOVETO) {
                if (n >= 4 && length > bestLength) {
                    best = Arrays.copyOf(current, n);
                    bestLength = length;
                }
                n = 0;
                length = 0;
            }
            if (type == PathIterator.SEG_MOVETO || type == PathIterator.SEG_LINETO) {
                if (n + 2 > current.length) {
                    current = Arrays.copyOf(current, current.length * 2);
                }
                if (n >= 2) {
                    length += Math.hypot(seg[0] - current[n - 2], seg[1] - current[n - 1]);
                }
                current[n++] = seg[0];
                current[n++] = seg[1];
            }
        }
        if (n >= 4 && length > bestLength) {
            best = Arrays.copyOf(current, n);
        }
        return best;
    }

    static double length(double[] line) {
        double total = 0;
        for (int i = 2; i < line.length; i += 2) {
            total += Math.hypot(line[i] - line[i - 2], line[i + 1] - line[i - 1]);
        }
        return total;
    }

    /** The point at {@code distance} along the line (clamped to its ends), as {x, y}. */
    static double[] pointAt(double[] line, double distance) {
        double walked = 0;
        for (int i = 2; i < line.length; i += 2) {
            double seg = Math.hypot(line[i] - line[i - 2], line[i + 1] - line[i - 1]);
            if (walked + seg >= distance && seg > 0) {
                double t = (distance - walked) / seg;
                return new double[] {line[i - 2] + t * (line[i] - line[i - 2]),
                    line[i - 1] + t * (line[i + 1] - line[i - 1])};
            }
            walked += seg;
        }
        return distance <= 0 ? new double[] {line[0], line[1]}
                : new double[] {line[line.length - 2], line[line.length - 1]};
    }
}
