package org.ecocorridor.ogc.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.ecocorridor.core.feature.Feature;
import org.ecocorridor.core.feature.FeatureCursor;
import org.ecocorridor.ogc.style.FeatureTypeStyle;
import org.ecocorridor.ogc.style.LinePlacement;
import org.ecocorridor.ogc.style.LineSymbolizer;
import org.ecocorridor.ogc.style.PointPlacement;
import org.ecocorridor.ogc.style.PointSymbolizer;
import org.ecocorridor.ogc.style.PolygonSymbolizer;
import org.ecocorridor.ogc.style.Rule;
import org.ecocorridor.ogc.style.Stroke;
import org.ecocorridor.ogc.style.Symbolizer;
import org.ecocorridor.ogc.style.TextSymbolizer;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Puntal;

/**
 * Draws a vector layer: for each feature type style in order (reading the features once and
 * keeping them when there are several passes), for each feature, the rules active at the map's
 * scale whose filter passes (else-rules when none did) draw their symbolizers in order. The pixel
 * path of a feature is built once and shared by its symbolizers. Text symbolizers only collect
 * label candidates for the label pass.
 *
 * <p>Polygon symbolizers draw areas only, line symbolizers lines and area outlines, point
 * symbolizers each point (an interior point for lines and areas). A line symbolizer that would
 * stroke an area's outline exactly as the same rule's polygon symbolizer just did (equal stroke and
 * size factor, as in the built-in default style) is skipped: a second identical coat only darkens
 * the antialiased fringe, at the price of the most expensive call of the render.
 *
 * <p>Generalisation, as GeoServer does: paths are built from the coordinate sequences with vertices
 * under half a pixel apart dropped ({@link ScreenShapes}); a line or area whose path fits in less
 * than a pixel both ways is drawn as that pixel's square, and not at all when an earlier tiny feature
 * of the same rule painted that pixel (a "screen map"): in dense layers at small scales thousands of
 * features land on a few pixels.
 *
 * <p>A painter may do only part of the work: draw the symbols, collect the labels, or both. Passes
 * (feature type styles) with nothing to do in that mode are skipped, and when none is left the
 * layer is not read.
 *
 * <p>Not thread-safe; one per render.
 */
final class VectorLayerPainter {
    /** Paths narrower and lower than this, in pixels, are drawn as one pixel. */
    static final double TINY_PX = 1;
    private final RenderContext ctx;
    private final Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD, 256);
    private final double[] point = new double[2];
    private final Map<TextSymbolizer, Font> fonts = new IdentityHashMap<>();
    private final boolean symbols;
    private final boolean labels;
    private final Map<Rule, BitSet> screenMaps = new IdentityHashMap<>();
    /** Per rule, the indexes of line symbolizers that repeat the outline of the polygon symbolizer before them. */
    private final Map<Rule, BitSet> repeatedOutlines = new IdentityHashMap<>();
    private Feature pathFeature;
    private boolean pathDrawable;
    /** Canvas pixel index of the current path when it is tiny (under 1 px), else −1. */
    private int tinyPixel = -1;
    private Feature coveredFeature;
    private Rule coveredRule;
    private boolean covered;

    /**
     * @param symbols whether to draw polygon, line and point symbolizers
     * @param labels  whether to collect text symbolizers' labels into the context's label engine
     */
    VectorLayerPainter(RenderContext ctx, boolean symbols, boolean labels) {
        this.ctx = ctx;
        this.symbols = symbols;
        this.labels = labels;
    }

    /** Rules of one feature type style active at the current scale. */
    private record Pass(List<Rule> rules, List<Rule> elseRules) {
    }

    void paint(MapLayer.Vector layer) {
        List<Pass> passes = new ArrayList<>();
        for (FeatureTypeStyle fts : layer.style().featureTypeStyles()) {
            List<Rule> rules = new ArrayList<>();
            List<Rule> elseRules = new ArrayList<>();
            for (Rule r : fts.rules()) {
                if (r.appliesAtScale(ctx.scaleDenominator)) {
                    (r.elseFilter() ? elseRules : rules).add(r);
                }
            }
            if (hasWork(rules) || hasWork(elseRules)) {
                passes.add(new Pass(rules, elseRules));
            }
        }
        if (passes.isEmpty()) {
            return;
        }
        Envelope query = ctx.lonLatQueryEnvelope();
        try (FeatureCursor cursor = layer.source().features(query)) {
            if (passes.size() == 1) {
                while (cursor.hasNext()) {
                    draw(cursor.next(), passes.get(0), query);
                }
                return;
            }
            List<Feature> features = new ArrayList<>();
            cursor.forEachRemaining(features::add);
            for (Pass pass : passes) {
                for (Feature f : features) {
                    draw(f, pass, query);
                }
            }
        }
    }

    /** Whether a rule of the list has a symbolizer this painter handles. */
    private boolean hasWork(List<Rule> rules) {
        for (Rule r : rules) {
            for (Symbolizer s : r.symbolizers()) {
                if (s instanceof TextSymbolizer ? labels : symbols) {
                    return true;
                }
            }
        }
        return false;
    }

    private void draw(Feature feature, Pass pass, Envelope query) {
        Geometry g = feature.geometry();
        if (g == null || g.isEmpty() || !query.intersects(g.getEnvelopeInternal())) {
            return;
        }
        boolean matched = false;
        for (Rule r : pass.rules()) {
            if (r.filter().test(feature)) {
                drawRule(r, feature, g);
                matched = true;
            }
        }
        if (!matched) {
            for (Rule r : pass.elseRules()) {
                drawRule(r, feature, g);
            }
        }
    }

    private void drawRule(Rule rule, Feature feature, Geometry g) {
        Graphics2D gr = ctx.graphics;
        BitSet repeated = repeatedOutlines.computeIfAbsent(rule, this::repeatedOutlines);
        List<Symbolizer> symbolizers = rule.symbolizers();
        for (int i = 0; i < symbolizers.size(); i++) {
            Symbolizer s = symbolizers.get(i);
            if (s instanceof TextSymbolizer ? !labels : !symbols) {
                continue;
            }
            if (s instanceof PolygonSymbolizer p) {
                if (g.getDimension() == 2 && path(feature) && !covered(rule)) {
                    ctx.painter.fillAndStroke(gr, path, p.fill(), p.stroke(), ctx.factor(p.uom()));
                }
            } else if (s instanceof LineSymbolizer l) {
                // an area's outline the polygon symbolizer just drew (when it could not, neither can this)
                boolean sameOutline = g.getDimension() == 2 && repeated.get(i);
                if (g.getDimension() >= 1 && !sameOutline && path(feature) && !covered(rule)) {
                    ctx.painter.stroke(gr, path, l.stroke(), ctx.factor(l.uom()));
                }
            } else if (s instanceof PointSymbolizer p) {
                drawPoints(p, feature, g);
            } else if (s instanceof TextSymbolizer t) {
                collectLabel(t, feature, g);
            }
        }
    }

    /**
     * The indexes of the rule's line symbolizers whose stroke and size factor equal those of the
     * outline of the last polygon symbolizer before them (decided once per rule: it depends on the
     * style only).
     */
    private BitSet repeatedOutlines(Rule rule) {
        BitSet repeated = new BitSet();
        Stroke outline = null;
        double outlineFactor = 0;
        List<Symbolizer> symbolizers = rule.symbolizers();
        for (int i = 0; i < symbolizers.size(); i++) {
            if (symbolizers.get(i) instanceof PolygonSymbolizer p) {
                outline = p.stroke();
                outlineFactor = ctx.factor(p.uom());
            } else if (symbolizers.get(i) instanceof LineSymbolizer l && l.stroke().equals(outline)
                    && ctx.factor(l.uom()) == outlineFactor) {
                repeated.set(i);
            }
        }
        return repeated;
    }

    /** Builds the pixel path of a feature once; false when it cannot be projected. */
    private boolean path(Feature feature) {
        if (pathFeature != feature) {
            pathFeature = feature;
            path.reset();
            pathDrawable = ctx.shapes().append(feature.geometry(), path);
            tinyPixel = -1;
            if (pathDrawable) {
                tinyPixel = tinyPixel(path.getBounds2D());
            }
        }
        return pathDrawable;
    }

    /**
     * For a path whose box is under {@value #TINY_PX} px both ways (GeoServer's threshold): the index
     * of the canvas pixel holding its centre, after replacing the path by that pixel's square (drawn
     * with the same symbolizers, it shows as the dot the feature would be); else −1.
     */
    private int tinyPixel(Rectangle2D box) {
        if (!(box.getWidth() < TINY_PX && box.getHeight() < TINY_PX)) {
            return -1;
        }
        int x = (int) Math.floor(box.getCenterX());
        int y = (int) Math.floor(box.getCenterY());
        if (x < 0 || y < 0 || x >= ctx.canvasWidthPx || y >= ctx.canvasHeightPx) {
            return -1;
        }
        path.reset();
        path.moveTo(x, y);
        path.lineTo(x + 1, y);
        path.lineTo(x + 1, y + 1);
        path.lineTo(x, y + 1);
        path.closePath();
        return y * ctx.canvasWidthPx + x;
    }

    /**
     * GeoServer's screen map: whether the current (tiny) path falls on a pixel that an earlier tiny
     * feature already painted with the same rule, in which case drawing it again changes nothing worth
     * the cost. Decided once per feature and rule, so that all the rule's symbolizers agree.
     */
    private boolean covered(Rule rule) {
        if (tinyPixel < 0) {
            return false;
        }
        if (coveredFeature != pathFeature || coveredRule != rule) {
            coveredFeature = pathFeature;
            coveredRule = rule;
            BitSet painted = screenMaps.computeIfAbsent(rule, r -> new BitSet());
            covered = painted.get(tinyPixel);
            painted.set(tinyPixel);
        }
        return covered;
    }

    private void drawPoints(PointSymbolizer p, Feature feature, Geometry g) {
        double factor = ctx.factor(p.uom());
        if (g instanceof Puntal) {
            for (int i = 0; i < g.getNumGeometries(); i++) {
                Coordinate c = ((Point) g.getGeometryN(i)).getCoordinate();
                if (c != null && ctx.shapes().point(c.x, c.y, point)) {
                    ctx.painter.graphic(ctx.graphics, point[0], point[1], p.graphic(), feature, factor);
                }
            }
        } else if (anchor(g)) {
            ctx.painter.graphic(ctx.graphics, point[0], point[1], p.graphic(), feature, factor);
        }
    }

    /** Puts the pixel position of a point or interior point of {@code g} into {@link #point}. */
    private boolean anchor(Geometry g) {
        Coordinate c = g instanceof Puntal ? g.getGeometryN(0).getCoordinate() : g.getInteriorPoint().getCoordinate();
        return c != null && ctx.shapes().point(c.x, c.y, point);
    }

    private void collectLabel(TextSymbolizer t, Feature feature, Geometry g) {
        String text = t.label().evaluateText(feature).strip();
        if (text.isEmpty()) {
            return;
        }
        double factor = ctx.factor(t.uom());
        Font font = fonts.computeIfAbsent(t, s -> ctx.fonts.font(s.font(), s.font().size() * factor));
        Color fill = SymbolizerPainter.withAlpha(t.fill().color(), t.fill().opacity());
        Color halo = t.halo() == null ? null
                : SymbolizerPainter.withAlpha(t.halo().fill().color(), t.halo().fill().opacity());
        double haloRadius = t.halo() == null ? 0 : t.halo().radius() * factor;
        if (t.placement() instanceof LinePlacement lp && g.getDimension() == 1) {
            if (!path(feature)) {
                return;
            }
            double[] line = Polylines.longestPart(path);
            if (line.length >= 4) {
                ctx.labels.add(new LabelCandidate(text, font, fill, halo, haloRadius, 0, 0, 0, 0, 0, 0, 0, line,
                        lp.perpendicularOffset() * factor));
            }
            return;
        }
        PointPlacement pp = t.placement() instanceof PointPlacement p ? p : PointPlacement.DEFAULT;
        if (anchor(g)) {
            ctx.labels.add(new LabelCandidate(text, font, fill, halo, haloRadius, point[0], point[1], pp.anchorX(),
                    pp.anchorY(), pp.displacementX() * factor, -pp.displacementY() * factor,
                    Math.toRadians(pp.rotationDegrees()), null, 0));
        }
    }
}
