package org.ecocorridor.ogc.style;

/**
 * A label laid along a line (SLD 1.0 §11.4.4): centred on the middle of the line's longest part,
 * turned along the line there and kept upright. A label longer than the line is dropped. A positive
 * perpendicular offset moves the label up (towards the top of the upright text), negative down.
 *
 * <p>Immutable.
 *
 * @param perpendicularOffset distance from the line, in the symbolizer's unit
 */
public record LinePlacement(double perpendicularOffset) implements LabelPlacement {
    public LinePlacement {
        StyleChecks.requireFinite("PerpendicularOffset", perpendicularOffset);
    }
}
