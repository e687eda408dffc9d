package org.ecocorridor.core.filter;

import java.util.List;

/**
 * True when every operand is true. Immutable.
 *
 * @param operands at least one filter
 */
public record And(List<Filter> operands) implements Filter {
    public And {
        operands = Operands.require(operands, "And");
    }
}
