package org.ecocorridor.ogc.render;

import java.awt.BasicStroke;
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
 * label or lies wholly outside the canvas, then draws halo (the glyph outline stroked with width
 * 2·radius, round joins) and text.
 *
 * <p>Point labels: the box [0, w] × [0, h] (h = ascent + descent) is placed so that its anchor
 * fraction (ax, ay) sits on the displaced point, then turned around it. Line labels: centred on
 * the middle of the line's longest part, turned along the chord between the points w/2 before and
 * after the middle, flipped to stay upright (angle within ±90°), shifted by the perpendicular
 * offset; dropped when the text is longer than the line.
 *
 * <p>Not thread-safe; one per render.
 */
final class LabelEngine {
    private final List<LabelCandidate> candidates = new ArrayList<>();
    private final int widthPx;
    private final int heightPx;

    LabelEngine(int widthPx, int heightPx) {
        this.widthPx = widthPx;
        this.heightPx = heightPx;
    }

    void add(LabelCandidate candidate) {
        candidates.add(candidate);
    }

    /** Places and draws all labels; returns how many were drawn. */
    int placeAll(Graphics2D g) {
        LabelIndex index = new LabelIndex(widthPx, heightPx);
        FontRenderContext frc = g.getFontRenderContext();
        AffineTransform base = g.getTransform();
        int drawn = 0;
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
            if (screen.getMaxX() <= 0 || screen.getMaxY() <= 0 || screen.getMinX() >= widthPx
                    || screen.getMinY() >= heightPx
                    || index.intersects(screen.getMinX(), screen.getMinY(), screen.getMaxX(), screen.getMaxY())) {
                continue;
            }
            index.insert(screen.getMinX(), screen.getMinY(), screen.getMaxX(), screen.getMaxY());
            Shape outline = at.createTransformedShape(gv.getOutline((float) (left - logical.getX()), (float) baseline));
            g.setTransform(base);
            if (c.halo() != null && r > 0) {
                g.setPaint(c.halo());
                g.setStroke(new BasicStroke((float) (2 * r), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.draw(outline);
            }
            g.setPaint(c.fill());
            g.fill(outline);
            drawn++;
        }
        return drawn;
    }
}
