package org.ecocorridor.ogc.style;

import java.util.List;
import java.util.Objects;
import org.ecocorridor.ogc.style.filter.Expression;
import org.ecocorridor.ogc.style.filter.Literal;

/**
 * A point symbol (SLD 1.0 §11.3.2, SE 1.1 §11.3.2): alternatives tried in order, then opacity,
 * size, rotation, anchor and displacement. Size is the symbol's height; for marks the default is
 * 6 (SLD), for images their native height. Rotation is in degrees clockwise. Size and rotation are
 * expressions so that symbols can be graduated by a property.
 *
 * <p>Immutable.
 *
 * @param symbols       alternatives (empty = the default mark)
 * @param opacity       0 to 1
 * @param size          height in the symbolizer's unit, or null for the default
 * @param rotation      degrees clockwise
 * @param anchorX       anchor within the symbol, 0 = left, 1 = right (default 0.5)
 * @param anchorY       anchor within the symbol, 0 = bottom, 1 = top (default 0.5)
 * @param displacementX shift to the right, in the symbolizer's unit
 * @param displacementY shift upwards, in the symbolizer's unit
 */
public record Graphic(List<GraphicSymbol> symbols, double opacity, Expression size, Expression rotation,
        double anchorX, double anchorY, double displacementX, double displacementY) {

    /** The default size of a mark when none is given (SLD 1.0 §11.3.2). */
    public static final double DEFAULT_MARK_SIZE = 6;

    public Graphic {
        symbols = List.copyOf(symbols);
        StyleChecks.requireOpacity("Graphic Opacity", opacity);
        rotation = Objects.requireNonNullElse(rotation, new Literal(0.0));
        StyleChecks.requireFinite("AnchorPointX", anchorX);
        StyleChecks.requireFinite("AnchorPointY", anchorY);
        StyleChecks.requireFinite("DisplacementX", displacementX);
        StyleChecks.requireFinite("DisplacementY", displacementY);
    }

    /** A centred graphic of one symbol with a constant size. */
    public static Graphic of(GraphicSymbol symbol, double size) {
        return new Graphic(List.of(symbol), 1, new Literal(size), null, 0.5, 0.5, 0, 0);
    }
}
