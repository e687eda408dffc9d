package org.ecocorridor.core.filter;

import java.util.Objects;

/**
 * True when the operand is false. Immutable.
 *
 * @param operand the negated filter
 */
public record Not(Filter operand) implements Filter {
    public Not {
        Objects.requireNonNull(operand, "operand");
    }
}
