package org.ecocorridor.ogc.style;

import java.util.Objects;

/**
 * A halo around label glyphs (SLD 1.0 §11.4.5): an outline of {@code radius} drawn behind the
 * text. SLD defaults: radius 1, white fill.
 *
 * <p>Immutable.
 *
 * @param radius halo radius in the symbolizer's unit, ≥ 0
 * @param fill   halo colour and opacity
 */
public record Halo(double radius, Fill fill) {
    public Halo {
        Objects.requireNonNull(fill, "fill");
        if (!(radius >= 0) || !Double.isFinite(radius)) {
            throw new IllegalArgumentException("Halo Radius must be ≥ 0, got " + radius);
        }
    }
}
