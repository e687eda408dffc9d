package org.ecocorridor.ogc.style.filter;

import java.util.Objects;
import org.ecocorridor.core.feature.Feature;

/**
 * Binary arithmetic ({@code ogc:Add}, {@code ogc:Sub}, {@code ogc:Mul}, {@code ogc:Div}) in double
 * precision. A non-numeric or absent operand gives null (which renders as "not set" and fails
 * comparisons), as does division by zero.
 *
 * <p>Immutable.
 *
 * @param operator the operation
 * @param left     first operand
 * @param right    second operand
 */
public record Arithmetic(Operator operator, Expression left, Expression right) implements Expression {
    /** The four operations of Filter Encoding 1.0/1.1. */
    public enum Operator { ADD, SUB, MUL, DIV }

    public Arithmetic {
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
    }

    @Override
    public Object evaluate(Feature feature) {
        double a = Values.toDouble(left.evaluate(feature));
        double b = Values.toDouble(right.evaluate(feature));
        double r = switch (operator) {
            case ADD -> a + b;
            case SUB -> a - b;
            case MUL -> a * b;
            case DIV -> a / b;
        };
        return Double.isFinite(r) ? r : null;
    }

    @Override
    public boolean isConstant() {
        return left.isConstant() && right.isConstant();
    }
}
