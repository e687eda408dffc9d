package org.ecocorridor.ogc.render;

import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/**
 * Outlines of the SLD well-known marks, centred on (0, 0) in pixel space (y down), fitting a
 * {@code size × size} square: square, circle, triangle (apex up), star (five points, inner radius
 * sin 18° / sin 54° ≈ 0.382 of the outer, as in a regular pentagram), cross (a plus with bars one
 * fifth of the size thick) and x (that cross turned 45°). Unknown names give the square.
 *
 * <p>Thread-safe: stateless; each call returns a new shape.
 */
final class MarkShapes {
    private static final double STAR_INNER = Math.sin(Math.toRadians(18)) / Math.sin(Math.toRadians(54));

    private MarkShapes() {
    }

    static Shape of(String wellKnownName, double size) {
        double h = size / 2;
        return switch (wellKnownName) {
            case "circle" -> new Ellipse2D.Double(-h, -h, size, size);
            case "triangle" -> polygon(new double[] {0, -h, h, h, -h, h});
            case "star" -> star(h);
            case "cross" -> cross(size);
            case "x" -> AffineTransform.getRotateInstance(Math.PI / 4).createTransformedShape(cross(size));
            default -> new Rectangle2D.Double(-h, -h, size, size);
        };
    }

    private static Shape star(double outer) {
        double[] xy = new double[20];
        for (int i = 0; i < 10; i++) {
            double r = i % 2 == 0 ? outer : outer * STAR_INNER;
            double a = -Math.PI / 2 + i * Math.PI / 5;
            xy[2 * i] = r * Math.cos(a);
            xy[2 * i + 1] = r * Math.sin(a);
        }
        return polygon(xy);
    }

    private static Shape cross(double size) {
        double h = size / 2;
        double t = size / 10;
        return polygon(new double[] {-t, -h, t, -h, t, -t, h, -t, h, t, t, t, t, h, -t, h, -t, t, -h, t, -h, -t, -t,
                -t});
    }

    private static Shape polygon(double[] xy) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            p.lineTo(xy[i], xy[i + 1]);
        }
        p.closePath();
        return p;
    }
}
