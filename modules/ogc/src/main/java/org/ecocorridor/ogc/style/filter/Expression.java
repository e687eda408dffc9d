package org.ecocorridor.ogc.style.filter;

import org.ecocorridor.core.feature.Feature;

/**
 * An SLD / Filter Encoding expression evaluated on one feature: a literal, a property value,
 * arithmetic, a function or a concatenation of mixed text and expressions (SLD's
 * {@code ParameterValueType}, e.g. a label {@code "Site: <ogc:PropertyName>name</ogc:PropertyName>"}).
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface Expression permits Literal, PropertyName, Arithmetic, FunctionCall, Concatenation {

    /** The value for this feature: a String, Number, Boolean, date, or null when absent. */
    Object evaluate(Feature feature);

    /** Whether the value does not depend on the feature (so renderers may compute it once). */
    boolean isConstant();

    /** The value as a double, or {@code fallback} when absent or not numeric. */
    default double evaluateDouble(Feature feature, double fallback) {
        double d = Values.toDouble(evaluate(feature));
        return Double.isNaN(d) ? fallback : d;
    }

    /** The value as text ({@code ""} when absent); whole doubles print without ".0". */
    default String evaluateText(Feature feature) {
        return Values.toText(evaluate(feature));
    }
}
