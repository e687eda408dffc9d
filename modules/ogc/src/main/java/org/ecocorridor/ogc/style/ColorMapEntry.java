package org.ecocorridor.ogc.style;

import java.awt.Color;
import java.util.Objects;

/**
 * One entry of a {@link ColorMap} (SLD 1.0 {@code ColorMapEntry}).
 *
 * <p>Immutable.
 *
 * @param quantity raster value (may be +∞ for the last interval of an SE {@code Categorize})
 * @param color    colour
 * @param opacity  0 to 1
 * @param label    legend label, or null
 */
public record ColorMapEntry(double quantity, Color color, double opacity, String label) {
    public ColorMapEntry {
        Objects.requireNonNull(color, "color");
        StyleChecks.requireOpacity("ColorMapEntry opacity", opacity);
        if (Double.isNaN(quantity)) {
            throw new IllegalArgumentException("ColorMapEntry quantity must be a number, got NaN");
        }
    }

    /** Non-premultiplied ARGB with the entry's opacity as alpha. */
    public int argb() {
        return (alpha(opacity) << 24) | (color.getRGB() & 0xFFFFFF);
    }

    static int alpha(double opacity) {
        return (int) Math.round(opacity * 255);
    }
}
