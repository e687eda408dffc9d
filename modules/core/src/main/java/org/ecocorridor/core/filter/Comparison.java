package org.ecocorridor.core.filter;

import java.util.Objects;

/**
 * {@code property <operator> value}. A NULL property value never matches (SQL semantics). With
 * {@code matchCase} false, text compares case-insensitively. Immutable.
 *
 * @param operator  comparison
 * @param property  attribute name
 * @param value     literal (text, or a typed value after {@link FilterBinder})
 * @param matchCase whether text comparison is case-sensitive (the FES default is true)
 */
public record Comparison(ComparisonOperator operator, String property, Object value, boolean matchCase)
        implements Filter {
    public Comparison {
        Objects.requireNonNull(operator, "operator");
        Operands.property(property, operator.elementName());
        Operands.literal(value, operator.elementName());
    }

    /** A case-sensitive comparison. */
    public static Comparison of(ComparisonOperator operator, String property, Object value) {
        return new Comparison(operator, property, value, true);
    }
}
