package org.ecocorridor.ogc.style.filter;

import java.util.List;
import org.ecocorridor.core.feature.Feature;

/**
 * {@code ogc:Or}: at least one operand passes (short-circuit, in order).
 *
 * <p>Immutable.
 *
 * @param operands at least one filter
 */
public record OrFilter(List<Filter> operands) implements Filter {
    public OrFilter {
        operands = List.copyOf(operands);
        if (operands.isEmpty()) {
            throw new IllegalArgumentException("Or needs at least one operand");
        }
    }

    @Override
    public boolean test(Feature feature) {
        for (Filter f : operands) {
            if (f.test(feature)) {
                return true;
            }
        }
        return false;
    }
}
