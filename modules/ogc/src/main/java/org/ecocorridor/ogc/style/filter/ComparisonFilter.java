package org.ecocorridor.ogc.style.filter;

import java.util.Objects;
import org.ecocorridor.core.feature.Feature;

/**
 * {@code PropertyIsEqualTo}, {@code NotEqualTo}, {@code LessThan}, {@code LessThanOrEqualTo},
 * {@code GreaterThan}, {@code GreaterThanOrEqualTo}: compares two expressions with
 * {@link Values#compare}. When the operands are incomparable (one absent, or no common type) every
 * operator, including NotEqualTo, is false.
 *
 * <p>Immutable.
 *
 * @param operator  the comparison
 * @param left      first operand (usually a property)
 * @param right     second operand (usually a literal)
 * @param matchCase whether text compares case-sensitively (Filter 1.1 {@code matchCase}, default true)
 */
public record ComparisonFilter(Operator operator, Expression left, Expression right, boolean matchCase)
        implements Filter {

    /** Comparison operators, named after their Filter Encoding elements. */
    public enum Operator {
        EQUAL_TO, NOT_EQUAL_TO, LESS_THAN, LESS_THAN_OR_EQUAL_TO, GREATER_THAN, GREATER_THAN_OR_EQUAL_TO
    }

    public ComparisonFilter {
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
    }

    @Override
    public boolean test(Feature feature) {
        int c = Values.compare(left.evaluate(feature), right.evaluate(feature), matchCase);
        if (c == Values.INCOMPARABLE) {
            return false;
        }
        return switch (operator) {
            case EQUAL_TO -> c == 0;
            case NOT_EQUAL_TO -> c != 0;
            case LESS_THAN -> c < 0;
            case LESS_THAN_OR_EQUAL_TO -> c <= 0;
            case GREATER_THAN -> c > 0;
            case GREATER_THAN_OR_EQUAL_TO -> c >= 0;
        };
    }
}
