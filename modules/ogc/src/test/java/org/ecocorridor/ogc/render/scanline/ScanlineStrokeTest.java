package org.ecocorridor.ogc.render.scanline;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Thin strokes of the scanline canvas against Java2D (Marlin, antialiasing, STROKE_PURE) and, for
 * round ends and joins, against the exact geometry.
 *
 * <p>Tolerances. Butt and square caps with mitre and bevel joins are polygons in both renderers,
 * sampled on the same grid: max ≤ 1 level, as for fills (measured 0 on 1,500 random paths). Round
 * caps and joins: Marlin draws Bézier approximations of the arcs, we draw chords within 0.02 px of
 * the circle; against the exact coverage (the set of points within w/2 of the path, counted on a
 * 100 × 100 grid per pixel) we are the closer of the two (see
 * {@link #roundCapsFollowTheExactDisc}), and the two differ by up to 21 levels (8 % of a pixel) at a
 * few pixels per path: max ≤ 24, mean &lt; 0.05 levels.
 */
class ScanlineStrokeTest {
    private static final BufferedImage WHITE = Java2DComparison.canvas(64, 64, 0xFFFFFFFF);
    private static final BufferedImage TRANSLUCENT = Java2DComparison.canvas(64, 64, 0x80402010);
    private static final int[] CAPS = {BasicStroke.CAP_BUTT, BasicStroke.CAP_SQUARE, BasicStroke.CAP_ROUND};
    private static final int[] JOINS = {BasicStroke.JOIN_MITER, BasicStroke.JOIN_BEVEL, BasicStroke.JOIN_ROUND};

    @Test
    void polygonalCapsAndJoinsMatchJava2D() {
        Random random = new Random(42);
        for (int t = 0; t < 400; t++) {
            int cap = CAPS[t % 2];
            int join = JOINS[(t / 2) % 2];
            Java2DComparison c = Java2DComparison.stroke(t % 3 == 0 ? WHITE : TRANSLUCENT, randomPath(random),
                    new BasicStroke(0.5f + 1.5f * random.nextFloat(), cap, join, 10f), randomColor(random));
            assertThat(c.max).as(c.toString()).isLessThanOrEqualTo(1);
            assertThat(c.mean).as(c.toString()).isLessThan(0.01);
        }
    }

    @Test
    void roundCapsAndJoinsStayCloseToJava2D() {
        Random random = new Random(43);
        for (int t = 0; t < 400; t++) {
            boolean roundCap = t % 2 == 0;
            int cap = roundCap ? BasicStroke.CAP_ROUND : CAPS[(t / 2) % 2];
            int join = roundCap ? JOINS[(t / 2) % 3] : BasicStroke.JOIN_ROUND;
            Java2DComparison c = Java2DComparison.stroke(t % 3 == 0 ? WHITE : TRANSLUCENT, randomPath(random),
                    new BasicStroke(0.5f + 1.5f * random.nextFloat(), cap, join, 10f), randomColor(random));
            assertThat(c.max).as(c.toString()).isLessThanOrEqualTo(24);
            assertThat(c.mean).as(c.toString()).isLessThan(0.05);
        }
    }

    @Test
    void convexRingsMatchJava2D() {
        // jittered hexagons as in the WMS benchmark (drawn as two offset loops), each join and width
        Random random = new Random(44);
        for (int t = 0; t < 300; t++) {
            Path2D.Double p = new Path2D.Double();
            double cx = 64 * random.nextDouble();
            double cy = 64 * random.nextDouble();
            double r = t % 2 == 0 ? 1 + 3 * random.nextDouble() : 3 + 30 * random.nextDouble();
            for (int k = 0; k < 6; k++) {
                double a = Math.PI * k / 3;
                double jitter = 0.7 + 0.6 * random.nextDouble();
                if (k == 0) {
                    p.moveTo(cx + r * jitter * Math.cos(a), cy + r * jitter * Math.sin(a));
                } else {
                    p.lineTo(cx + r * jitter * Math.cos(a), cy + r * jitter * Math.sin(a));
                }
            }
            p.closePath();
            int join = JOINS[t % 3];
            Java2DComparison c = Java2DComparison.stroke(TRANSLUCENT, p,
                    new BasicStroke(0.5f + 1.5f * random.nextFloat(), BasicStroke.CAP_ROUND, join, 10f),
                    randomColor(random));
            assertThat(c.max).as(c.toString()).isLessThanOrEqualTo(join == BasicStroke.JOIN_ROUND ? 24 : 1);
            assertThat(c.mean).as(c.toString()).isLessThan(0.05);
        }
    }

    @Test
    void ringsThatAreNotConvexMatchJava2D() {
        // a pentagram turns the same way at every vertex but goes round twice; a dented square does
        // not turn one way: both are drawn as unions of pieces
        Path2D.Double star = new Path2D.Double();
        for (int k = 0; k < 5; k++) {
            double a = 4 * Math.PI * k / 5;
            if (k == 0) {
                star.moveTo(32 + 25 * Math.cos(a), 32 + 25 * Math.sin(a));
            } else {
                star.lineTo(32 + 25 * Math.cos(a), 32 + 25 * Math.sin(a));
            }
        }
        star.closePath();
        Path2D.Double dented = new Path2D.Double();
        dented.moveTo(5.3, 5.1);
        dented.lineTo(50.2, 5.6);
        dented.lineTo(30.4, 25.7);
        dented.lineTo(50.9, 50.3);
        dented.lineTo(5.5, 50.8);
        dented.closePath();
        for (Path2D.Double ring : java.util.List.of(star, dented)) {
            for (int join : new int[] {BasicStroke.JOIN_MITER, BasicStroke.JOIN_BEVEL}) {
                Java2DComparison c = Java2DComparison.stroke(WHITE, ring,
                        new BasicStroke(1.3f, BasicStroke.CAP_BUTT, join, 10f), Color.DARK_GRAY);
                assertThat(c.max).as(c.toString()).isLessThanOrEqualTo(1);
            }
        }
    }

    @Test
    void roundCapsFollowTheExactDisc() {
        // Coverage of a round-capped segment, black on transparent, against the exact area: the
        // points within w/2 of the segment, counted at 100 × 100 points per pixel (error < 0.01).
        // Our sampling grid has 8 rows per pixel: up to ~1/16 px of a pixel's edge length can fall
        // on the wrong side of a row sample where the boundary crosses it, hence 0.05.
        Random random = new Random(3);
        BufferedImage clear = Java2DComparison.canvas(64, 64, 0);
        for (int t = 0; t < 10; t++) {
            double ax = 5 + 50 * random.nextDouble();
            double ay = 5 + 50 * random.nextDouble();
            double bx = 5 + 50 * random.nextDouble();
            double by = 5 + 50 * random.nextDouble();
            float width = 0.5f + 1.5f * random.nextFloat();
            Path2D.Double line = new Path2D.Double();
            line.moveTo(ax, ay);
            line.lineTo(bx, by);
            Java2DComparison c = Java2DComparison.stroke(clear, line,
                    new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND), Color.BLACK);
            int[] px = Java2DComparison.pixels(c.scanline);
            for (int y = (int) (Math.min(ay, by) - 2); y <= Math.max(ay, by) + 2; y++) {
                for (int x = (int) (Math.min(ax, bx) - 2); x <= Math.max(ax, bx) + 2; x++) {
                    double exact = exactCoverage(ax, ay, bx, by, width / 2.0, x, y);
                    assertThat((px[y * 64 + x] >>> 24) / 255.0).as("pixel (%d, %d) of %s", x, y, c)
                            .isCloseTo(exact, org.assertj.core.data.Offset.offset(0.05));
                }
            }
        }
    }

    @Test
    void aHorizontalLineOnPixelCentresCoversItsRowExactly() {
        // y = 10.5, width 1, butt caps from x = 3 to 13: exactly pixels 3..12 of row 10, fully
        Path2D.Double line = new Path2D.Double();
        line.moveTo(3, 10.5);
        line.lineTo(13, 10.5);
        Java2DComparison c = Java2DComparison.stroke(WHITE, line, new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER), Color.BLACK);
        int[] px = Java2DComparison.pixels(c.scanline);
        for (int x = 0; x < 64; x++) {
            assertThat(px[10 * 64 + x]).isEqualTo(x >= 3 && x < 13 ? 0xFF000000 : 0xFFFFFFFF);
            assertThat(px[9 * 64 + x]).isEqualTo(0xFFFFFFFF);
            assertThat(px[11 * 64 + x]).isEqualTo(0xFFFFFFFF);
        }
        assertThat(c.max).isZero();
    }

    @Test
    void dashedWideAndCurvedStrokesAreDeclined() {
        BufferedImage img = Java2DComparison.canvas(16, 16, 0xFFFFFFFF);
        ScanlineCanvas canvas = new ScanlineCanvas(img);
        Path2D.Double line = new Path2D.Double();
        line.moveTo(1, 1);
        line.lineTo(12, 9);
        assertThat(canvas.stroke(line, new BasicStroke(1, 0, 0, 10, new float[] {2, 2}, 0), 0xFF000000)).isFalse();
        assertThat(canvas.stroke(line, new BasicStroke(3), 0xFF000000)).isFalse();
        line.quadTo(3, 3, 5, 12);
        assertThat(canvas.stroke(line, new BasicStroke(1), 0xFF000000)).isFalse();
        assertThat(Java2DComparison.pixels(img)).containsOnly(0xFFFFFFFF);
    }

    @Test
    void onlyAPlainAntialiasedGraphicsDrawsLikeJava2D() {
        BufferedImage img = Java2DComparison.canvas(16, 16, 0xFFFFFFFF);
        Graphics2D g = Java2DComparison.graphics(img);
        assertThat(ScanlineCanvas.drawsLikeJava2D(g)).isTrue();
        g.translate(1, 0);
        assertThat(ScanlineCanvas.drawsLikeJava2D(g)).isFalse();
        g.translate(-1, 0);
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.5f));
        assertThat(ScanlineCanvas.drawsLikeJava2D(g)).isFalse();
        g.setComposite(AlphaComposite.SrcOver);
        g.clipRect(0, 0, 8, 8);
        assertThat(ScanlineCanvas.drawsLikeJava2D(g)).isFalse();
        g.dispose();
        assertThat(ScanlineCanvas.drawsLikeJava2D(img.createGraphics())).isFalse(); // antialiasing off
    }

    /** Open lines and rings of 2 to 9 points, some tiny, some partly off the canvas. */
    private static Path2D.Double randomPath(Random random) {
        Path2D.Double p = new Path2D.Double();
        for (int part = random.nextInt(3); part >= 0; part--) {
            double cx = random.nextDouble() * 80 - 8;
            double cy = random.nextDouble() * 80 - 8;
            double radius = random.nextInt(4) == 0 ? 0.5 + random.nextDouble() : 0.5 + random.nextDouble() * 20;
            for (int i = 0, n = 2 + random.nextInt(8); i < n; i++) {
                double x = cx + radius * (2 * random.nextDouble() - 1);
                double y = cy + radius * (2 * random.nextDouble() - 1);
                if (i == 0) {
                    p.moveTo(x, y);
                } else {
                    p.lineTo(x, y);
                }
            }
            if (random.nextBoolean()) {
                p.closePath();
            }
        }
        return p;
    }

    private static Color randomColor(Random random) {
        return new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256),
                random.nextBoolean() ? 255 : random.nextInt(256));
    }

    private static double exactCoverage(double ax, double ay, double bx, double by, double half, int px, int py) {
        int n = 100;
        int inside = 0;
        double dx = bx - ax;
        double dy = by - ay;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double x = px + (i + 0.5) / n;
                double y = py + (j + 0.5) / n;
                double t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
                double ex = x - ax - t * dx;
                double ey = y - ay - t * dy;
                if (ex * ex + ey * ey <= half * half) {
                    inside++;
                }
            }
        }
        return (double) inside / (n * n);
    }
}
