package org.ecocorridor.ogc.style.filter;

import java.util.Objects;
import org.ecocorridor.core.feature.Feature;

/**
 * {@code ogc:Not}: the operand fails.
 *
 * <p>Immutable.
 *
 * @param operand the negated filter
 */
public record NotFilter(Filter operand) implements Filter {
    public NotFilter {
        Objects.requireNonNull(operand, "operand");
    }

    @Override
    public boolean test(Feature feature) {
        return !operand.test(feature);
    }
}
