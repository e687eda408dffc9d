package org.ecocorridor.ogc.style;

import java.util.Objects;

/**
 * Draws a {@link Graphic} at each point (SLD 1.0 §11.3, SE 1.1 §11.3); at an interior point for
 * lines and polygons.
 *
 * <p>Immutable.
 *
 * @param graphic the symbol
 * @param uom     unit of sizes and displacements
 */
public record PointSymbolizer(Graphic graphic, UnitOfMeasure uom) implements Symbolizer {
    public PointSymbolizer {
        Objects.requireNonNull(graphic, "graphic");
        Objects.requireNonNull(uom, "uom");
    }
}
