package org.ecocorridor.core.filter;

import java.util.List;
import java.util.Objects;

/** Validation shared by the filter records. Thread-safe (stateless). */
final class Operands {
    private Operands() {
    }

    static List<Filter> require(List<Filter> operands, String operator) {
        Objects.requireNonNull(operands, operator + " operands");
        if (operands.isEmpty()) {
            throw new IllegalArgumentException(operator + " needs at least one operand, got none");
        }
        return List.copyOf(operands);
    }

    static String property(String property, String operator) {
        if (property == null || property.isBlank()) {
            throw new IllegalArgumentException(operator + " needs a property name, got \"" + property + "\"");
        }
        return property;
    }

    static Object literal(Object value, String operator) {
        if (value == null) {
            throw new IllegalArgumentException(operator + " needs a literal value, got null");
        }
        return value;
    }
}
