package org.ecocorridor.ogc.style;

/**
 * Where a label goes (SLD 1.0 §11.4.4): at a point with anchor and displacement, or along a line.
 *
 * <p>Implementations are Immutable (records).
 */
public sealed interface LabelPlacement permits PointPlacement, LinePlacement {
}
