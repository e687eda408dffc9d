package org.ecocorridor.ogc.style.filter;

import java.util.Objects;
import org.ecocorridor.core.feature.Feature;

/**
 * The value of a feature attribute ({@code ogc:PropertyName}, {@code fes:ValueReference}); null
 * when the feature has no such attribute. A namespace prefix ({@code eco:name}) is ignored.
 *
 * <p>Immutable.
 *
 * @param name attribute name without prefix
 */
public record PropertyName(String name) implements Expression {
    public PropertyName {
        Objects.requireNonNull(name, "name");
        int colon = name.indexOf(':');
        name = (colon >= 0 ? name.substring(colon + 1) : name).trim();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("PropertyName is empty");
        }
    }

    @Override
    public Object evaluate(Feature feature) {
        return feature.get(name);
    }

    @Override
    public boolean isConstant() {
        return false;
    }
}
