package org.ecocorridor.ogc.style;

import java.util.Objects;

/**
 * Fills and outlines areas (SLD 1.0 §11.2, SE 1.1 §11.2). Lines and points are ignored. Holes stay
 * empty (even-odd rule).
 *
 * <p>Immutable.
 *
 * @param fill   interior, or null for none
 * @param stroke outline, or null for none
 * @param uom    unit of the stroke's lengths
 */
public record PolygonSymbolizer(Fill fill, Stroke stroke, UnitOfMeasure uom) implements Symbolizer {
    public PolygonSymbolizer {
        Objects.requireNonNull(uom, "uom");
    }
}
