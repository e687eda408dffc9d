package org.ecocorridor.ogc.style;

import java.util.Objects;
import org.ecocorridor.ogc.style.filter.Expression;

/**
 * Labels features (SLD 1.0 §11.4, SE 1.1 §11.4). Labels are placed after all layers are drawn;
 * a label whose box would overlap an earlier label is dropped (conflict avoidance).
 *
 * <p>Immutable.
 *
 * @param label     the text; features whose label is empty get none
 * @param font      font
 * @param fill      text colour (default black)
 * @param halo      halo, or null
 * @param placement point or line placement
 * @param uom       unit of font size, halo radius, displacement and offset
 */
public record TextSymbolizer(Expression label, TextFont font, Fill fill, Halo halo, LabelPlacement placement,
        UnitOfMeasure uom) implements Symbolizer {
    public TextSymbolizer {
        Objects.requireNonNull(label, "label");
        font = Objects.requireNonNullElse(font, TextFont.DEFAULT);
        fill = Objects.requireNonNullElse(fill, Fill.solid(java.awt.Color.BLACK, 1));
        placement = Objects.requireNonNullElse(placement, PointPlacement.DEFAULT);
        Objects.requireNonNull(uom, "uom");
    }
}
