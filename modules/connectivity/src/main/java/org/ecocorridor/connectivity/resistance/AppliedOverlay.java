package org.ecocorridor.connectivity.resistance;

/**
 * What one overlay did to a resistance surface, for the record of its parameters.
 *
 * <p>Immutable.
 *
 * @param name        the overlay's name
 * @param rule        the rule applied
 * @param value       the rule's value (NaN for barriers)
 * @param widthMetres width given to lines and points
 * @param cellCount   number of grid cells the overlay covered
 */
public record AppliedOverlay(String name, OverlayRule rule, double value, double widthMetres, int cellCount) {
}
