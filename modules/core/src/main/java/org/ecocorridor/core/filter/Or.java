package org.ecocorridor.core.filter;

import java.util.List;

/**
 * True when at least one operand is true. Immutable.
 *
 * @param operands at least one filter
 */
public record Or(List<Filter> operands) implements Filter {
    public Or {
        operands = Operands.require(operands, "Or");
    }
}
