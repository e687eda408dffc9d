package org.ecocorridor.core.filter;

/**
 * {@code lower <= property <= upper} (FES 2.0 PropertyIsBetween, bounds inclusive). Immutable.
 *
 * @param property attribute name
 * @param lower    lower bound literal
 * @param upper    upper bound literal
 */
public record Between(String property, Object lower, Object upper) implements Filter {
    public Between {
        Operands.property(property, "PropertyIsBetween");
        Operands.literal(lower, "PropertyIsBetween LowerBoundary");
        Operands.literal(upper, "PropertyIsBetween UpperBoundary");
    }
}
