package org.ecocorridor.ogc.style.filter;

import org.ecocorridor.core.feature.Feature;

/**
 * A constant value ({@code ogc:Literal}, or the plain text of an SLD parameter). Values parsed
 * from XML are Strings; comparisons coerce them to the other operand's type (see {@link Values}).
 *
 * <p>Immutable.
 *
 * @param value the value, may be null
 */
public record Literal(Object value) implements Expression {
    @Override
    public Object evaluate(Feature feature) {
        return value;
    }

    @Override
    public boolean isConstant() {
        return true;
    }
}
