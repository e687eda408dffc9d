package org.ecocorridor.ogc.render.scanline;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Composite;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.PathIterator;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.SinglePixelPackedSampleModel;

/**
 * Antialiased fills and thin solid strokes of polygonal shapes, drawn straight into a
 * {@link BufferedImage#TYPE_INT_ARGB_PRE} image, giving the pixels Java2D gives with antialiasing,
 * {@code STROKE_PURE} and SrcOver of a solid colour (same sampling, coverage-to-alpha map and
 * compositing arithmetic as Marlin; see {@link Edges}, {@link Sweep}, {@link SrcOver}).
 *
 * <p>Why hand-written: Java2D's Marlin is the only antialiased rasteriser in the JDK and no
 * Java library offers another; Marlin's fixed cost per call (0.8 to 1.6 µs per fill even for a 1 px
 * shape, 2 to 5 µs per 1 px stroke, on the two machines of docs/benchmarks.md: pipeline validation,
 * tile cache, mask blits) dominates maps of
 * thousands of small polygons. Here a call costs its edges, sub-scanlines and touched pixels.
 *
 * <p>Limits: shapes of straight segments only ({@code moveTo}, {@code lineTo}, {@code closePath});
 * strokes without dashes, {@value #MIN_STROKE_WIDTH_PX} to {@value #MAX_STROKE_WIDTH_PX} px wide
 * (round joins and caps within {@value StrokeOutline#ARC_TOLERANCE_PX} px of Java2D's; see
 * {@link StrokeOutline}). A call outside these limits returns false and draws nothing, and the caller
 * draws with Java2D. {@link #drawsLikeJava2D} tells whether a Graphics2D's state allows this path.
 *
 * <p>Not thread-safe; one per canvas (one per render).
 */
public final class ScanlineCanvas {
    /** Narrowest stroke drawn here, pixels (Marlin widens strokes under 1/8 px). */
    public static final double MIN_STROKE_WIDTH_PX = 0.5;
    /** Widest stroke drawn here, pixels. */
    public static final double MAX_STROKE_WIDTH_PX = 2;
    /**
     * Largest |coordinate| drawn here, pixels (2<sup>30</sup>). Beyond it the sub-pixel arithmetic
     * (coordinates × 8 sub-scanlines, 32.32 fixed point) could overflow, and Java2D, which works in
     * floats, no longer draws such shapes the same way; they go to Java2D. Map paths are never near it.
     */
    public static final double MAX_COORDINATE_PX = 1 << 30;

    private final int[] pixels;
    private final Edges edges;
    private final Sweep sweep;
    private final SrcOver paint = new SrcOver();
    private final StrokeOutline outline = new StrokeOutline();
    private final double[] coords = new double[6];

    /**
     * @param image a {@link BufferedImage#TYPE_INT_ARGB_PRE} image whose pixels are one packed int
     *              array (as {@code new BufferedImage(w, h, TYPE_INT_ARGB_PRE)} makes)
     * @throws IllegalArgumentException for another image type or layout
     */
    public ScanlineCanvas(BufferedImage image) {
        if (image.getType() != BufferedImage.TYPE_INT_ARGB_PRE
                || !(image.getSampleModel() instanceof SinglePixelPackedSampleModel sm)
                || sm.getScanlineStride() != image.getWidth() || image.getRaster().getParent() != null
                || image.getRaster().getDataBuffer().getOffset() != 0) {
            throw new IllegalArgumentException("Need an unshared TYPE_INT_ARGB_PRE image, got " + image);
        }
        this.pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        this.edges = new Edges(image.getWidth(), image.getHeight());
        this.sweep = new Sweep(image.getWidth());
    }

    /**
     * Whether {@code g} draws as this canvas does: antialiasing on, pure stroke control, SrcOver
     * at alpha 1, identity transform and no clip. (The paint is given to each call.)
     */
    public static boolean drawsLikeJava2D(Graphics2D g) {
        Composite c = g.getComposite();
        return c instanceof AlphaComposite ac && ac.getRule() == AlphaComposite.SRC_OVER && ac.getAlpha() == 1f
                && g.getRenderingHint(RenderingHints.KEY_ANTIALIASING) == RenderingHints.VALUE_ANTIALIAS_ON
                && g.getRenderingHint(RenderingHints.KEY_STROKE_CONTROL) == RenderingHints.VALUE_STROKE_PURE
                && g.getClip() == null && g.getTransform().isIdentity();
    }

    /**
     * Fills a shape with its winding rule.
     *
     * @param argb non-premultiplied colour ({@link java.awt.Color#getRGB()})
     * @return false, having drawn nothing, when the shape has curves or coordinates that are not
     *         {@linkplain #drawable drawable here}
     */
    public boolean fill(Shape shape, int argb) {
        edges.reset();
        PathIterator it = shape.getPathIterator(null);
        boolean nonZero = it.getWindingRule() == PathIterator.WIND_NON_ZERO;
        double startX = 0;
        double startY = 0;
        double lastX = 0;
        double lastY = 0;
        for (; !it.isDone(); it.next()) {
            int type = it.currentSegment(coords);
            double x = coords[0];
            double y = coords[1];
            if (type == PathIterator.SEG_CLOSE) {
                x = startX;
                y = startY;
            } else if (type != PathIterator.SEG_MOVETO && type != PathIterator.SEG_LINETO
                    || !drawable(x) || !drawable(y)) {
                return false;
            }
            if (type != PathIterator.SEG_LINETO) { // move or close: close the subpath
                edges.line(lastX, lastY, startX, startY);
                if (type == PathIterator.SEG_MOVETO) {
                    startX = x;
                    startY = y;
                }
            } else {
                edges.line(lastX, lastY, x, y);
            }
            lastX = x;
            lastY = y;
        }
        edges.line(lastX, lastY, startX, startY);
        if (paint.color(argb)) {
            sweep.fill(edges, nonZero, paint, pixels);
        }
        return true;
    }

    /**
     * Strokes a shape.
     *
     * @param argb non-premultiplied colour ({@link java.awt.Color#getRGB()})
     * @return false, having drawn nothing, when the stroke is dashed or outside the width limits,
     *         or the shape has curves or coordinates that are not {@linkplain #drawable drawable here}
     */
    public boolean stroke(Shape shape, BasicStroke stroke, int argb) {
        float width = stroke.getLineWidth();
        if (stroke.getDashArray() != null || !(width >= MIN_STROKE_WIDTH_PX && width <= MAX_STROKE_WIDTH_PX)) {
            return false;
        }
        edges.reset();
        outline.pen(stroke);
        boolean open = false;
        double startX = 0; // a line after a close starts from the closed subpath's start
        double startY = 0;
        for (PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(coords);
            if (type == PathIterator.SEG_CLOSE) {
                if (open) {
                    outline.endSubpath(true, edges);
                    open = false;
                }
                continue;
            }
            if (type != PathIterator.SEG_MOVETO && type != PathIterator.SEG_LINETO
                    || !drawable(coords[0]) || !drawable(coords[1])) {
                return false;
            }
            if (type == PathIterator.SEG_MOVETO) {
                if (open) {
                    outline.endSubpath(false, edges);
                }
                outline.moveTo(coords[0], coords[1]);
                startX = coords[0];
                startY = coords[1];
                open = true;
            } else {
                if (!open) {
                    outline.moveTo(startX, startY);
                    open = true;
                }
                outline.lineTo(coords[0], coords[1]);
            }
        }
        if (open) {
            outline.endSubpath(false, edges);
        }
        if (paint.color(argb)) {
            sweep.fill(edges, true, paint, pixels);
        }
        return true;
    }

    /** Whether a coordinate is finite and within ±{@link #MAX_COORDINATE_PX}. */
    static boolean drawable(double v) {
        return Math.abs(v) <= MAX_COORDINATE_PX; // false for NaN and the infinities too
    }
}
