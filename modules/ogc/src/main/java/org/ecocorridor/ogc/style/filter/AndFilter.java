package org.ecocorridor.ogc.style.filter;

import java.util.List;
import org.ecocorridor.core.feature.Feature;

/**
 * {@code ogc:And}: every operand passes (short-circuit, in order).
 *
 * <p>Immutable.
 *
 * @param operands at least one filter
 */
public record AndFilter(List<Filter> operands) implements Filter {
    public AndFilter {
        operands = List.copyOf(operands);
        if (operands.isEmpty()) {
            throw new IllegalArgumentException("And needs at least one operand");
        }
    }

    @Override
    public boolean test(Feature feature) {
        for (Filter f : operands) {
            if (!f.test(feature)) {
                return false;
            }
        }
        return true;
    }
}
