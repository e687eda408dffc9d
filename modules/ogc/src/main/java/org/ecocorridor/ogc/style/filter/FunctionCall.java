package org.ecocorridor.ogc.style.filter;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.ecocorridor.core.feature.Feature;

/**
 * A small set of {@code ogc:Function}s useful in styles, e.g. graduated symbols with
 * {@code Size = 4 + sqrt(count)/3}: {@code sqrt}, {@code abs}, {@code floor}, {@code ceil},
 * {@code round}, {@code log} (natural), {@code log10}, {@code exp} with one argument and
 * {@code min}, {@code max}, {@code pow} with two. Names are case-insensitive; results are doubles,
 * or null when an argument is absent or not numeric or the result is not finite.
 *
 * <p>Immutable.
 *
 * @param name      function name, lower case
 * @param arguments arguments in order
 */
public record FunctionCall(String name, List<Expression> arguments) implements Expression {
    private static final Set<String> UNARY = Set.of("sqrt", "abs", "floor", "ceil", "round", "log", "log10", "exp");
    private static final Set<String> BINARY = Set.of("min", "max", "pow");

    public FunctionCall {
        Objects.requireNonNull(name, "name");
        name = name.toLowerCase(Locale.ROOT);
        arguments = List.copyOf(arguments);
        int expected = UNARY.contains(name) ? 1 : BINARY.contains(name) ? 2 : -1;
        if (expected < 0) {
            throw new IllegalArgumentException("Unsupported function \"" + name + "\"; supported: "
                    + new java.util.TreeSet<>(UNARY) + " and " + new java.util.TreeSet<>(BINARY));
        }
        if (arguments.size() != expected) {
            throw new IllegalArgumentException("Function " + name + " takes " + expected + " argument(s), got "
                    + arguments.size());
        }
    }

    @Override
    public Object evaluate(Feature feature) {
        double a = Values.toDouble(arguments.get(0).evaluate(feature));
        double b = arguments.size() > 1 ? Values.toDouble(arguments.get(1).evaluate(feature)) : 0;
        double r = switch (name) {
            case "sqrt" -> Math.sqrt(a);
            case "abs" -> Math.abs(a);
            case "floor" -> Math.floor(a);
            case "ceil" -> Math.ceil(a);
            case "round" -> Math.rint(a);
            case "log" -> Math.log(a);
            case "log10" -> Math.log10(a);
            case "exp" -> Math.exp(a);
            case "min" -> Math.min(a, b);
            case "max" -> Math.max(a, b);
            case "pow" -> Math.pow(a, b);
            default -> throw new IllegalStateException(name);
        };
        return Double.isFinite(r) ? r : null;
    }

    @Override
    public boolean isConstant() {
        return arguments.stream().allMatch(Expression::isConstant);
    }
}
