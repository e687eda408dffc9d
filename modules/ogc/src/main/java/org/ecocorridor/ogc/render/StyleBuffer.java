package org.ecocorridor.ogc.render;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import org.ecocorridor.core.feature.Feature;
import org.ecocorridor.ogc.style.ExternalGraphic;
import org.ecocorridor.ogc.style.FeatureTypeStyle;
import org.ecocorridor.ogc.style.Graphic;
import org.ecocorridor.ogc.style.GraphicSymbol;
import org.ecocorridor.ogc.style.LineSymbolizer;
import org.ecocorridor.ogc.style.Mark;
import org.ecocorridor.ogc.style.PointSymbolizer;
import org.ecocorridor.ogc.style.PolygonSymbolizer;
import org.ecocorridor.ogc.style.Rule;
import org.ecocorridor.ogc.style.Stroke;
import org.ecocorridor.ogc.style.Symbolizer;
import org.ecocorridor.ogc.style.UnitOfMeasure;

/**
 * How far, in output pixels, the symbols of a map's active rules can reach beyond their feature, so
 * that the renderer reads and draws features that far outside the image and a symbol whose anchor
 * lies in a neighbouring tile is not cut at the tile edge (GeoServer's meta-buffer estimate).
 *
 * <ul>
 *   <li>Point graphic of width w and height h (marks are square, external graphics keep their
 *   aspect), anchor (ax, ay), displacement d: it can turn about its anchor point, so it reaches
 *   √(w² + h²) · (½ + max(|ax − ½|, |ay − ½|)) + |d| + its outline's half width.</li>
 *   <li>Stroke of width s: s/2, or 5·s with mitre joins (a mitre reaches miter-limit · s/2 = 10 · s/2).</li>
 *   <li>Sizes given by an expression of the feature cannot be known in advance:
 *   {@value #UNKNOWN_SIZE_PX} (in the symbolizer's unit) is assumed.</li>
 * </ul>
 * One pixel is added for antialiasing. Labels are not counted: tiles place them over label meta-tiles
 * (see {@link LabelGrid}).
 *
 * <p>Thread-safe: stateless.
 */
final class StyleBuffer {
    static final double UNKNOWN_SIZE_PX = 64;
    private static final Feature NO_FEATURE = new Feature(null, null, Map.of());

    private StyleBuffer() {
    }

    /**
     * The reach in pixels (rounded up, at most {@link MapRequest#MAX_BUFFER_PX}).
     *
     * @param factor output pixels per unit of a symbolizer's size
     */
    static int pixels(List<MapLayer> layers, double scaleDenominator, ToDoubleFunction<UnitOfMeasure> factor,
            GraphicLoader loader) {
        double reach = 0;
        for (MapLayer layer : layers) {
            if (!(layer instanceof MapLayer.Vector)) {
                continue;
            }
            for (FeatureTypeStyle fts : layer.style().featureTypeStyles()) {
                for (Rule rule : fts.rules()) {
                    if (rule.appliesAtScale(scaleDenominator)) {
                        for (Symbolizer s : rule.symbolizers()) {
                            reach = Math.max(reach, reach(s, factor, loader));
                        }
                    }
                }
            }
        }
        return reach == 0 ? 0 : (int) Math.min(MapRequest.MAX_BUFFER_PX, Math.ceil(reach + 1));
    }

    private static double reach(Symbolizer s, ToDoubleFunction<UnitOfMeasure> factor, GraphicLoader loader) {
        if (s instanceof PolygonSymbolizer p) {
            return p.stroke() == null ? 0 : stroke(p.stroke()) * factor.applyAsDouble(p.uom());
        }
        if (s instanceof LineSymbolizer l) {
            return stroke(l.stroke()) * factor.applyAsDouble(l.uom());
        }
        if (s instanceof PointSymbolizer p) {
            return graphic(p.graphic(), loader) * factor.applyAsDouble(p.uom());
        }
        return 0;
    }

    private static double stroke(Stroke s) {
        return s.lineJoin() == Stroke.LineJoin.MITRE ? 5 * s.width() : s.width() / 2;
    }

    /** The reach of a graphic in the symbolizer's units, as {@link SymbolizerPainter#graphic} draws it. */
    static double graphic(Graphic g, GraphicLoader loader) {
        double aspect = 1; // width / height
        double defaultSize = Graphic.DEFAULT_MARK_SIZE;
        double outline = 0;
        for (GraphicSymbol s : g.symbols()) {
            if (s instanceof Mark m) {
                outline = m.stroke() == null ? 0 : m.stroke().width() / 2;
                break;
            }
            if (s instanceof ExternalGraphic e) {
                Optional<BufferedImage> img = loader.load(e.location(), e.format());
                if (img.isPresent()) {
                    aspect = (double) img.get().getWidth() / img.get().getHeight();
                    defaultSize = img.get().getHeight();
                    break;
                }
            }
        }
        double size = g.size() == null ? defaultSize
                : g.size().isConstant() ? g.size().evaluateDouble(NO_FEATURE, defaultSize) : UNKNOWN_SIZE_PX;
        double diagonal = Math.hypot(size * aspect, size);
        double anchor = 0.5 + Math.max(Math.abs(g.anchorX() - 0.5), Math.abs(g.anchorY() - 0.5));
        return diagonal * anchor + Math.hypot(g.displacementX(), g.displacementY()) + outline;
    }
}
