package org.ecocorridor.ogc.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.font.LineMetrics;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Second rendering pass: places the collected labels in collection order (layer order, then
 * feature order), dropping any label whose box (grown by its halo) intersects an already placed
 * label or falls outside the placement region, then draws halo (the glyph outline stroked with
 * width 2·radius, round joins) and text.
 *
 * <p>Point labels: the box [0, w] × [0, h] (h = ascent + descent) is placed so that its anchor
 * fraction (ax, ay) sits on the displaced point, then turned around it. Line labels: centred on
 * the middle of the line's longest part, turned along the chord between the points w/2 before and
 * after the middle, flipped to stay upright (angle within ±90°), shifted by the perpendicular
 * offset; dropped when the text is longer than the line.
 *
 * <p>Two regions:
 * <ul>
 *   <li>{@link #forCanvas}: a single image; every candidate competes and a label is dropped only
 *   when wholly outside the canvas.</li>
 *   <li>{@link #forCell}: one label meta-tile (see {@link LabelGrid}), in pixels of a frame fixed to
 *   the grid's origin. Only candidates whose anchor (the point, or the middle of the line) lies in
 *   the cell take part, and a label must lie wholly within the cell grown by a reach, so that every
 *   tile within that reach of the cell knows all of the cell's labels and takes the same decisions.</li>
 * </ul>
 *
 * <p>Not thread-safe; one per render (or per cell).
 */
final class LabelEngine {
    private final List<LabelCandidate> candidates = new ArrayList<>();
    private final Rectangle2D region;
    private final boolean mustFit;
    private final double cellWidthPx;
    private final double cellHeightPx;
    private final long col;
    private final long row;

    private LabelEngine(Rectangle2D region, boolean mustFit, double cellWidthPx, double cellHeightPx, long col,
            long row) {
        this.region = region;
        this.mustFit = mustFit;
        this.cellWidthPx = cellWidthPx;
        this.cellHeightPx = cellHeightPx;
        this.col = col;
        this.row = row;
    }

    /** Labels over a canvas of {@code widthPx × heightPx} whose origin is pixel (0, 0). */
    static LabelEngine forCanvas(int widthPx, int heightPx) {
        return new LabelEngine(new Rectangle2D.Double(0, 0, widthPx, heightPx), false, 0, 0, 0, 0);
    }

    /**
     * Labels of cell (col, row) of a grid of {@code cellWidthPx × cellHeightPx} cells whose corner is
     * pixel (0, 0): anchors in [col·w, (col+1)·w) × [row·h, (row+1)·h); labels within {@code reachPx}
     * of the cell.
     */
    static LabelEngine forCell(double cellWidthPx, double cellHeightPx, long col, long row, double reachPx) {
        return new LabelEngine(new Rectangle2D.Double(col * cellWidthPx - reachPx, row * cellHeightPx - reachPx,
                cellWidthPx + 2 * reachPx, cellHeightPx + 2 * reachPx), true, cellWidthPx, cellHeightPx, col, row);
    }

    /** A label that passed placement: its glyph outline in pixels and its paint. */
    record Placed(Shape outline, Color fill, Color halo, double haloRadiusPx, Rectangle2D box) {
    }

    void add(LabelCandidate candidate) {
        if (!mustFit || owns(candidate)) {
            candidates.add(candidate);
        }
    }

    /** Whether the candidate's anchor lies in this engine's cell (floor division: one owner per point). */
    private boolean owns(LabelCandidate c) {
        double x = c.x();
        double y = c.y();
        if (c.line() != null) {
            double[] mid = Polylines.pointAt(c.line(), Polylines.length(c.line()) / 2);
            x = mid[0];
            y = mid[1];
        }
        return (long) Math.floor(x / cellWidthPx) == col && (long) Math.floor(y / cellHeightPx) == row;
    }

    /** Places and draws all labels; returns how many were drawn. */
    int placeAll(Graphics2D g) {
        List<Placed> placed = place(g.getFontRenderContext());
        draw(g, placed);
        return placed.size();
    }

    /** Draws placed labels with the graphics' current transform. */
    static void draw(Graphics2D g, List<Placed> labels) {
        for (Placed p : labels) {
            if (p.halo() != null && p.haloRadiusPx() > 0) {
                g.setPaint(p.halo());
                g.setStroke(new BasicStroke((float) (2 * p.haloRadiusPx()), BasicStroke.CAP_ROUND,
                        BasicStroke.JOIN_ROUND));
                g.draw(p.outline());
            }
            g.setPaint(p.fill());
            g.fill(p.outline());
        }
    }

    /** Resolves conflicts in collection order; the survivors in drawing order. */
    List<Placed> place(FontRenderContext frc) {
        LabelIndex index = new LabelIndex(region.getMinX(), region.getMinY(), region.getMaxX(), region.getMaxY());
        List<Placed> placed = new ArrayList<>();
        for (LabelCandidate c : candidates) {
            GlyphVector gv = c.font().createGlyphVector(frc, c.text());
            Rectangle2D logical = gv.getLogicalBounds();
            LineMetrics lm = c.font().getLineMetrics(c.text(), frc);
            double w = logical.getWidth();
            double ascent = lm.getAscent();
            double descent = lm.getDescent();
            double h = ascent + descent;
            AffineTransform at = new AffineTransform();
            double left;
            double baseline;
            if (c.line() != null) {
                double length = Polylines.length(c.line());
                if (w > length) {
                    continue;
                }
                double[] mid = Polylines.pointAt(c.line(), length / 2);
                double[] a = Polylines.pointAt(c.line(), length / 2 - w / 2);
                double[] b = Polylines.pointAt(c.line(), length / 2 + w / 2);
                double angle = Math.atan2(b[1] - a[1], b[0] - a[0]);
                if (angle > Math.PI / 2) {
                    angle -= Math.PI;
                } else if (angle < -Math.PI / 2) {
                    angle += Math.PI;
                }
                at.translate(mid[0], mid[1]);
                at.rotate(angle);
                left = -w / 2;
                baseline = h / 2 - descent - c.lineOffsetPx();
            } else {
                at.translate(c.x() + c.dxPx(), c.y() + c.dyPx());
                if (c.rotationRad() != 0) {
                    at.rotate(c.rotationRad());
                }
                left = -c.anchorX() * w;
                baseline = c.anchorY() * h - descent;
            }
            double r = c.halo() == null ? 0 : c.haloRadiusPx();
            Rectangle2D box = new Rectangle2D.Double(left - r, baseline - ascent - r, w + 2 * r, h + 2 * r);
            Rectangle2D screen = at.createTransformedShape(box).getBounds2D();
            boolean outside = mustFit ? !region.contains(screen) : !intersectsOpen(region, screen);
            if (outside || index.intersects(screen.getMinX(), screen.getMinY(), screen.getMaxX(), screen.getMaxY())) {
                continue;
            }
            index.insert(screen.getMinX(), screen.getMinY(), screen.getMaxX(), screen.getMaxY());
            Shape outline = at.createTransformedShape(gv.getOutline((float) (left - logical.getX()), (float) baseline));
            placed.add(new Placed(outline, c.fill(), c.halo(), r, screen));
        }
        return placed;
    }

    /** Whether the boxes share interior points (touching edges do not count). */
    private static boolean intersectsOpen(Rectangle2D a, Rectangle2D b) {
        return b.getMaxX() > a.getMinX() && b.getMaxY() > a.getMinY() && b.getMinX() < a.getMaxX()
                && b.getMinY() < a.getMaxY();
    }
}
