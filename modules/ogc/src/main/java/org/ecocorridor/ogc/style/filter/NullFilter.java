package org.ecocorridor.ogc.style.filter;

import java.util.Objects;
import org.ecocorridor.core.feature.Feature;

/**
 * {@code PropertyIsNull}: the expression's value is absent.
 *
 * <p>Immutable.
 *
 * @param expression the tested value
 */
public record NullFilter(Expression expression) implements Filter {
    public NullFilter {
        Objects.requireNonNull(expression, "expression");
    }

    @Override
    public boolean test(Feature feature) {
        return expression.evaluate(feature) == null;
    }
}
