package org.ecocorridor.ogc.style.sld;

import java.awt.Color;
import java.util.Locale;
import java.util.Map;
import org.ecocorridor.core.feature.Feature;
import org.ecocorridor.ogc.style.filter.Expression;
import org.ecocorridor.ogc.style.filter.Values;

/**
 * Reading of SLD parameter values that must be constants (colours, widths, opacities) and of
 * colours ({@code #rrggbb}; {@code #aarrggbb} as an extension).
 *
 * <p>Thread-safe: stateless.
 */
final class Parameters {
    private static final Feature NO_FEATURE = new Feature(null, null, Map.of());

    private Parameters() {
    }

    /** The current element's value as an expression (mixed content allowed). */
    static Expression expression(StaxCursor c) {
        return FilterReader.readParameterValue(c);
    }

    /** The current element's constant text; positions on its end tag. */
    static String text(StaxCursor c) {
        Expression e = expression(c);
        if (!e.isConstant()) {
            throw c.error("the value must be a constant, not a property-dependent expression");
        }
        return e.evaluateText(NO_FEATURE).trim();
    }

    /** The current element's constant number; positions on its end tag. */
    static double number(StaxCursor c) {
        String text = text(c);
        double d = Values.toDouble(text);
        if (!Double.isFinite(d)) {
            throw c.error("expected a number, got \"" + text + "\"");
        }
        return d;
    }

    /** Evaluates a constant expression as a number, or fails naming the element. */
    static double constantNumber(StaxCursor c, Expression e, String what) {
        if (!e.isConstant()) {
            throw c.error(what + " must be a constant");
        }
        double d = e.evaluateDouble(NO_FEATURE, Double.NaN);
        if (!Double.isFinite(d)) {
            throw c.error(what + " must be a number, got \"" + e.evaluateText(NO_FEATURE) + "\"");
        }
        return d;
    }

    /** A number in an attribute, or the fallback when absent. */
    static double attributeNumber(StaxCursor c, String attribute, double fallback) {
        String text = c.attribute(attribute);
        if (text == null) {
            return fallback;
        }
        double d = Values.toDouble(text);
        if (Double.isNaN(d)) {
            throw c.error("attribute " + attribute + " must be a number, got \"" + text + "\"");
        }
        return d;
    }

    /**
     * Parses {@code #rrggbb} (SLD/SE), or {@code #aarrggbb}, whose alpha is returned in the colour
     * and should be folded into the opacity by the caller.
     */
    static Color color(StaxCursor c, String text) {
        String t = text.trim();
        if (t.startsWith("#") && (t.length() == 7 || t.length() == 9)) {
            try {
                long v = Long.parseLong(t.substring(1), 16);
                return t.length() == 7 ? new Color((int) v) : new Color((int) v, true);
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw c.error("expected a colour #rrggbb, got \"" + text + "\"");
    }

    /** Lower-case, trimmed. */
    static String lower(String s) {
        return s.trim().toLowerCase(Locale.ROOT);
    }
}
