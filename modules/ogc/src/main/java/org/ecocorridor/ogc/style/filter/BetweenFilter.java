package org.ecocorridor.ogc.style.filter;

import java.util.Objects;
import org.ecocorridor.core.feature.Feature;

/**
 * {@code PropertyIsBetween}: lower ≤ value ≤ upper, both bounds inclusive (Filter Encoding 1.1 §11.2).
 *
 * <p>Immutable.
 *
 * @param expression the tested value
 * @param lower      lower boundary (inclusive)
 * @param upper      upper boundary (inclusive)
 */
public record BetweenFilter(Expression expression, Expression lower, Expression upper) implements Filter {
    public BetweenFilter {
        Objects.requireNonNull(expression, "expression");
        Objects.requireNonNull(lower, "lower");
        Objects.requireNonNull(upper, "upper");
    }

    @Override
    public boolean test(Feature feature) {
        Object v = expression.evaluate(feature);
        int lo = Values.compare(v, lower.evaluate(feature), true);
        int hi = Values.compare(v, upper.evaluate(feature), true);
        return lo != Values.INCOMPARABLE && hi != Values.INCOMPARABLE && lo >= 0 && hi <= 0;
    }
}
