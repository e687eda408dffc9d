package org.ecocorridor.core.filter;

import java.util.ArrayList;
import java.util.List;
import org.ecocorridor.core.feature.AttributeDescriptor;
import org.ecocorridor.core.feature.AttributeType;
import org.ecocorridor.core.filter.InvalidFilterException.Reason;
import org.ecocorridor.core.source.FeatureType;

/**
 * Checks a filter against a feature type and types its literals: every property must exist
 * (attributes for comparisons, the geometry property for spatial predicates, a DATE or TIMESTAMP
 * attribute for temporal ones), and every literal is converted to its attribute's Java type with
 * {@link LiteralValues}. The result is what stores translate.
 *
 * <p>Thread-safe (stateless).
 */
public final class FilterBinder {
    private FilterBinder() {
    }

    /**
     * The filter with typed literals.
     *
     * @throws InvalidFilterException for an unknown property or an operand that does not fit
     */
    public static Filter bind(Filter filter, FeatureType type) {
        if (filter instanceof Constant || filter instanceof ResourceIds) {
            return filter;
        } else if (filter instanceof And a) {
            return new And(bindAll(a.operands(), type));
        } else if (filter instanceof Or o) {
            return new Or(bindAll(o.operands(), type));
        } else if (filter instanceof Not n) {
            return new Not(bind(n.operand(), type));
        } else if (filter instanceof Comparison c) {
            AttributeDescriptor a = attribute(type, c.property());
            return new Comparison(c.operator(), c.property(), LiteralValues.convert(c.value(), a), c.matchCase());
        } else if (filter instanceof Between b) {
            AttributeDescriptor a = attribute(type, b.property());
            return new Between(b.property(), LiteralValues.convert(b.lower(), a), LiteralValues.convert(b.upper(), a));
        } else if (filter instanceof Like l) {
            attribute(type, l.property());
            return l;
        } else if (filter instanceof IsNull n) {
            if (!n.property().equals(type.geometryName())) {
                attribute(type, n.property());
            }
            return n;
        } else if (filter instanceof SpatialPredicate s) {
            geometry(type, s.property());
            return s;
        } else if (filter instanceof DistancePredicate d) {
            geometry(type, d.property());
            return d;
        } else if (filter instanceof TemporalPredicate t) {
            AttributeDescriptor a = attribute(type, t.property());
            if (a.type() != AttributeType.DATE && a.type() != AttributeType.TIMESTAMP) {
                throw new InvalidFilterException(Reason.BAD_OPERAND, t.property(), t.operator().elementName()
                        + " needs a date or time property, but \"" + t.property() + "\" is " + a.type());
            }
            return t;
        }
        throw new IllegalArgumentException("Unsupported filter " + filter);
    }

    private static List<Filter> bindAll(List<Filter> filters, FeatureType type) {
        List<Filter> bound = new ArrayList<>(filters.size());
        for (Filter f : filters) {
            bound.add(bind(f, type));
        }
        return bound;
    }

    private static AttributeDescriptor attribute(FeatureType type, String property) {
        return type.schema().attribute(property).orElseThrow(() -> property.equals(type.geometryName())
                ? new InvalidFilterException(Reason.BAD_OPERAND, property,
                        "Geometry property \"" + property + "\" cannot be compared with a scalar value")
                : unknown(type, property));
    }

    private static void geometry(FeatureType type, String property) {
        if (property == null || property.equals(type.geometryName())) {
            return;
        }
        if (type.schema().attribute(property).isPresent()) {
            throw new InvalidFilterException(Reason.BAD_OPERAND, property,
                    "Property \"" + property + "\" of " + type.name() + " is not a geometry");
        }
        throw unknown(type, property);
    }

    private static InvalidFilterException unknown(FeatureType type, String property) {
        return new InvalidFilterException(Reason.UNKNOWN_PROPERTY, property,
                "Unknown property \"" + property + "\" for feature type " + type.name());
    }
}
