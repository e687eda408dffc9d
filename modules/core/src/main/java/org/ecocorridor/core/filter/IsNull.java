package org.ecocorridor.core.filter;

/**
 * True when the property has no value: FES 2.0 PropertyIsNull, and PropertyIsNil ({@code nil}
 * true), which for simple features stored in SQL tables is the same test. Immutable.
 *
 * @param property attribute name
 * @param nil      whether the client asked for PropertyIsNil (kept for round trips)
 */
public record IsNull(String property, boolean nil) implements Filter {
    public IsNull {
        Operands.property(property, nil ? "PropertyIsNil" : "PropertyIsNull");
    }
}
