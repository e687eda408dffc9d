package org.ecocorridor.ogc.style.filter;

import java.util.List;
import org.ecocorridor.core.feature.Feature;

/**
 * Mixed text and expressions of an SLD {@code ParameterValueType}, joined as text
 * (absent values contribute nothing).
 *
 * <p>Immutable.
 *
 * @param parts the parts in document order
 */
public record Concatenation(List<Expression> parts) implements Expression {
    public Concatenation {
        parts = List.copyOf(parts);
    }

    @Override
    public Object evaluate(Feature feature) {
        StringBuilder sb = new StringBuilder();
        for (Expression part : parts) {
            sb.append(part.evaluateText(feature));
        }
        return sb.toString();
    }

    @Override
    public boolean isConstant() {
        return parts.stream().allMatch(Expression::isConstant);
    }
}
