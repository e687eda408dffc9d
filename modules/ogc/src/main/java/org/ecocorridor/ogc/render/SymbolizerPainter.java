package org.ecocorridor.ogc.render;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.TexturePaint;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import org.ecocorridor.core.feature.Feature;
import org.ecocorridor.ogc.render.scanline.ScanlineCanvas;
import org.ecocorridor.ogc.style.ExternalGraphic;
import org.ecocorridor.ogc.style.Fill;
import org.ecocorridor.ogc.style.Graphic;
import org.ecocorridor.ogc.style.GraphicSymbol;
import org.ecocorridor.ogc.style.Mark;
import org.ecocorridor.ogc.style.Stroke;

/**
 * Draws fills, strokes and point graphics in pixel space. Java2D objects derived from style
 * records (colours with alpha, {@link BasicStroke}s, texture paints) are made once per style object
 * and size factor and reused for every feature. A size factor converts the symbolizer's unit to
 * output pixels (DPI scale for pixels, 1 / ground resolution for metres).
 *
 * <p>Graphic fills are tiled from a texture anchored at a world-fixed pixel origin, so hatches
 * line up across tiles.
 *
 * <p>Solid colour fills and solid strokes of 0.5 to 2 px drawn through the canvas's own graphics
 * go to the {@link ScanlineCanvas} when one is given and the graphics state allows it
 * ({@link ScanlineCanvas#drawsLikeJava2D}); the canvas declines curves, and Java2D draws the rest.
 *
 * <p>Not thread-safe; one per render.
 */
final class SymbolizerPainter {
    private final GraphicLoader loader;
    private final double textureOriginX;
    private final double textureOriginY;
    private final Map<Object, Object> cache = new IdentityHashMap<>();
    private final ScanlineCanvas fastCanvas;
    private final Graphics2D fastGraphics;
    private Stroke lastStroke;
    private double lastStrokeFactor;
    private BasicStroke lastBasicStroke;
    private Mark lastMark;
    private double lastMarkSize = Double.NaN;
    private Shape lastMarkShape;

    /**
     * @param textureOriginX pixel x of a world-fixed point, to anchor graphic fills
     * @param textureOriginY pixel y of that point
     */
    SymbolizerPainter(GraphicLoader loader, double textureOriginX, double textureOriginY) {
        this(loader, textureOriginX, textureOriginY, null, null);
    }

    /**
     * @param fastCanvas   a scanline rasteriser, used for solid fills and thin solid strokes drawn
     *                     through {@code fastGraphics} when its state allows; null for none
     * @param fastGraphics the graphics drawing into the same image as {@code fastCanvas}
     */
    SymbolizerPainter(GraphicLoader loader, double textureOriginX, double textureOriginY,
            ScanlineCanvas fastCanvas, Graphics2D fastGraphics) {
        this.loader = loader;
        this.textureOriginX = textureOriginX;
        this.textureOriginY = textureOriginY;
        this.fastCanvas = fastCanvas;
        this.fastGraphics = fastGraphics;
    }

    /** Fills then outlines an area given in pixels (even-odd rule for holes). */
    void fillAndStroke(Graphics2D g, Shape area, Fill fill, Stroke stroke, double factor) {
        if (fill != null) {
            Paint paint = paint(fill, factor);
            if (paint != null && !(paint instanceof Color c && fast(g) && fastCanvas.fill(area, c.getRGB()))) {
                g.setPaint(paint);
                g.fill(area);
            }
        }
        if (stroke != null) {
            stroke(g, area, stroke, factor);
        }
    }

    /** Strokes a path given in pixels. */
    void stroke(Graphics2D g, Shape path, Stroke stroke, double factor) {
        if (stroke.opacity() <= 0) {
            return;
        }
        Color color = color(stroke);
        BasicStroke pen = basicStroke(stroke, factor);
        if (fast(g) && fastCanvas.stroke(path, pen, color.getRGB())) {
            return;
        }
        g.setPaint(color);
        g.setStroke(pen);
        g.draw(path);
    }

    /** Whether the scanline canvas may draw for {@code g} now (not under a mark's transform, say). */
    private boolean fast(Graphics2D g) {
        return fastCanvas != null && g == fastGraphics && ScanlineCanvas.drawsLikeJava2D(g);
    }

    /**
     * Draws a point graphic at (x, y) pixels.
     *
     * @param feature for size and rotation expressions
     */
    void graphic(Graphics2D g, double x, double y, Graphic graphic, Feature feature, double factor) {
        GraphicSymbol symbol = null;
        BufferedImage image = null;
        for (GraphicSymbol s : graphic.symbols()) {
            if (s instanceof Mark) {
                symbol = s;
                break;
            }
            if (s instanceof ExternalGraphic e) {
                Optional<BufferedImage> img = loader.load(e.location(), e.format());
                if (img.isPresent()) {
                    symbol = s;
                    image = img.get();
                    break;
                }
            }
        }
        if (symbol == null) {
            symbol = Mark.DEFAULT;
        }
        double defaultSize = image != null ? image.getHeight() : Graphic.DEFAULT_MARK_SIZE;
        double size = (graphic.size() == null ? defaultSize : graphic.size().evaluateDouble(feature, defaultSize))
                * factor;
        if (!(size > 0) || size > 4096) {
            return;
        }
        double width = image != null ? size * image.getWidth() / image.getHeight() : size;
        double rotation = graphic.rotation().evaluateDouble(feature, 0);
        AffineTransform saved = g.getTransform();
        Composite savedComposite = g.getComposite();
        g.translate(x + graphic.displacementX() * factor, y - graphic.displacementY() * factor);
        if (rotation != 0) {
            g.rotate(Math.toRadians(rotation));
        }
        g.translate((0.5 - graphic.anchorX()) * width, (graphic.anchorY() - 0.5) * size);
        if (graphic.opacity() < 1) {
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) graphic.opacity()));
        }
        if (image != null) {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(image, (int) Math.round(-width / 2), (int) Math.round(-size / 2), (int) Math.round(width),
                    (int) Math.round(size), null);
        } else {
            Mark mark = (Mark) symbol;
            fillAndStroke(g, markShape(mark, size), mark.fill(), mark.stroke(), factor);
        }
        g.setComposite(savedComposite);
        g.setTransform(saved);
    }

    private Shape markShape(Mark mark, double size) {
        if (mark != lastMark || size != lastMarkSize) {
            lastMark = mark;
            lastMarkSize = size;
            lastMarkShape = MarkShapes.of(mark.wellKnownName(), size);
        }
        return lastMarkShape;
    }

    /** The paint of a fill: a colour with alpha, or a texture for a graphic fill; null when invisible. */
    Paint paint(Fill fill, double factor) {
        if (fill.opacity() <= 0) {
            return null;
        }
        if (fill.graphicFill() == null) {
            return (Paint) cache.computeIfAbsent(fill, f -> withAlpha(fill.color(), fill.opacity()));
        }
        return (Paint) cache.computeIfAbsent(fill, f -> texture(fill, factor)); // one factor per symbolizer
    }

    private Paint texture(Fill fill, double factor) {
        Graphic graphic = fill.graphicFill();
        double size = graphic.size() == null ? Graphic.DEFAULT_MARK_SIZE
                : graphic.size().evaluateDouble(new Feature(null, null, Map.of()), Graphic.DEFAULT_MARK_SIZE);
        int tile = Math.max(2, (int) Math.ceil(size * factor));
        BufferedImage img = new BufferedImage(tile, tile, BufferedImage.TYPE_INT_ARGB);
        Graphics2D tg = img.createGraphics();
        tg.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        tg.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        graphic(tg, tile / 2.0, tile / 2.0, graphic, new Feature(null, null, Map.of()), factor);
        tg.dispose();
        double ox = textureOriginX - Math.floor(textureOriginX / tile) * tile;
        double oy = textureOriginY - Math.floor(textureOriginY / tile) * tile;
        return new TexturePaint(img, new Rectangle2D.Double(ox, oy, tile, tile));
    }

    private Color color(Stroke stroke) {
        return (Color) cache.computeIfAbsent(stroke, s -> withAlpha(stroke.color(), stroke.opacity()));
    }

    private BasicStroke basicStroke(Stroke stroke, double factor) {
        if (stroke == lastStroke && factor == lastStrokeFactor) {
            return lastBasicStroke; // the same as for the previous feature, as a rule is drawn feature after feature
        }
        lastStroke = stroke;
        lastStrokeFactor = factor;
        lastBasicStroke = cachedBasicStroke(stroke, factor);
        return lastBasicStroke;
    }

    private BasicStroke cachedBasicStroke(Stroke stroke, double factor) {
        @SuppressWarnings("unchecked")
        Map<Double, BasicStroke> byFactor = (Map<Double, BasicStroke>) cache.computeIfAbsent(
                new StrokeKey(stroke), k -> new java.util.HashMap<Double, BasicStroke>(2));
        return byFactor.computeIfAbsent(factor, f -> toBasicStroke(stroke, f));
    }

    /** Identity wrapper so that the colour and the stroke of one Stroke have distinct cache slots. */
    private static final class StrokeKey {
        private final Stroke stroke;

        StrokeKey(Stroke stroke) {
            this.stroke = stroke;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof StrokeKey k && k.stroke == stroke;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(stroke);
        }
    }

    static BasicStroke toBasicStroke(Stroke s, double factor) {
        int cap = switch (s.lineCap()) {
            case BUTT -> BasicStroke.CAP_BUTT;
            case ROUND -> BasicStroke.CAP_ROUND;
            case SQUARE -> BasicStroke.CAP_SQUARE;
        };
        int join = switch (s.lineJoin()) {
            case MITRE -> BasicStroke.JOIN_MITER;
            case ROUND -> BasicStroke.JOIN_ROUND;
            case BEVEL -> BasicStroke.JOIN_BEVEL;
        };
        float width = (float) Math.max(0.05, s.width() * factor);
        if (s.dashArray().isEmpty()) {
            return new BasicStroke(width, cap, join, 10f);
        }
        int n = s.dashArray().size();
        float[] dash = new float[n % 2 == 0 ? n : 2 * n]; // an odd list repeats (SVG)
        for (int i = 0; i < dash.length; i++) {
            dash[i] = (float) Math.max(0.01, s.dashArray().get(i % n) * factor);
        }
        return new BasicStroke(width, cap, join, 10f, dash, (float) (s.dashOffset() * factor));
    }

    static Color withAlpha(Color c, double opacity) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(opacity * 255));
    }
}
