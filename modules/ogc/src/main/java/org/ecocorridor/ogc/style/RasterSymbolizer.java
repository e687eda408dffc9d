package org.ecocorridor.ogc.style;

import java.util.Objects;

/**
 * Colours a single-band raster (SLD 1.0 §11.6, SE 1.1 §11.5) through a {@link ColorMap}, with an
 * overall opacity. Without a colour map the band is drawn as a black-to-white ramp over its
 * finite minimum and maximum in the requested area.
 *
 * <p>Immutable.
 *
 * @param opacity  0 to 1, multiplied with each entry's opacity
 * @param colorMap the colour map, or null for the grey stretch
 * @param uom      unused by rasters; kept for symmetry
 */
public record RasterSymbolizer(double opacity, ColorMap colorMap, UnitOfMeasure uom) implements Symbolizer {
    public RasterSymbolizer {
        StyleChecks.requireOpacity("RasterSymbolizer Opacity", opacity);
        Objects.requireNonNull(uom, "uom");
    }
}
