package org.ecocorridor.core.filter;

import java.util.Objects;

/**
 * {@code operator(property, time)} on a DATE or TIMESTAMP attribute; see {@link TemporalOperator}
 * for the semantics. Immutable.
 *
 * @param operator temporal relation
 * @param property DATE or TIMESTAMP attribute name
 * @param time     instant or period literal
 */
public record TemporalPredicate(TemporalOperator operator, String property, TimeLiteral time) implements Filter {
    public TemporalPredicate {
        Objects.requireNonNull(operator, "operator");
        Operands.property(property, operator.elementName());
        Objects.requireNonNull(time, "time");
        if (operator == TemporalOperator.DURING && time.isInstant()) {
            throw new IllegalArgumentException("During needs a time period, got the instant " + time.begin());
        }
    }
}
