package org.ecocorridor.ogc.style;

import java.awt.Color;
import java.util.Objects;

/**
 * How an area is filled (SLD 1.0 §11.2.2): a solid colour with opacity ({@code fill},
 * {@code fill-opacity}), or a repeated graphic ({@code GraphicFill}, e.g. a hatch of small marks),
 * which then replaces the colour. The SLD default is 50 % grey, opaque.
 *
 * <p>Immutable.
 *
 * @param color       colour (no alpha; see opacity)
 * @param opacity     0 (invisible) to 1 (opaque)
 * @param graphicFill graphic tiled over the area, or null for a solid fill
 */
public record Fill(Color color, double opacity, Graphic graphicFill) {

    /** The SLD default fill: #808080, opaque. */
    public static final Fill DEFAULT = new Fill(new Color(0x808080), 1, null);

    public Fill {
        Objects.requireNonNull(color, "color");
        StyleChecks.requireOpacity("fill-opacity", opacity);
    }

    /** A solid fill. */
    public static Fill solid(Color color, double opacity) {
        return new Fill(color, opacity, null);
    }
}
