package org.ecocorridor.ogc.style;

import java.util.Objects;

/**
 * Strokes lines and polygon outlines (SLD 1.0 §11.1, SE 1.1 §11.1). A casing is two line
 * symbolizers, wide then narrow, best in two feature type styles so junctions stay clean.
 *
 * <p>Immutable.
 *
 * @param stroke how to draw
 * @param uom    unit of the stroke's lengths
 */
public record LineSymbolizer(Stroke stroke, UnitOfMeasure uom) implements Symbolizer {
    public LineSymbolizer {
        Objects.requireNonNull(stroke, "stroke");
        Objects.requireNonNull(uom, "uom");
    }
}
