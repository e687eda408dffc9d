package org.ecocorridor.ogc.style;

/**
 * How a rule draws a feature or raster (SLD 1.0 §11, SE 1.1 §11). Sizes (widths, dashes, graphic
 * sizes, font sizes, offsets) are in the symbolizer's {@link #uom()}, pixels by default.
 *
 * <p>Implementations are Immutable (records).
 */
public sealed interface Symbolizer
        permits PolygonSymbolizer, LineSymbolizer, PointSymbolizer, TextSymbolizer, RasterSymbolizer {

    /** The unit of this symbolizer's sizes. */
    UnitOfMeasure uom();
}
