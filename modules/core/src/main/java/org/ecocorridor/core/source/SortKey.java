package org.ecocorridor.core.source;

/**
 * One sort criterion (FES 2.0 SortProperty). Immutable.
 *
 * @param property  attribute name
 * @param ascending ascending (ASC, the default) or descending (DESC)
 */
public record SortKey(String property, boolean ascending) {
    public SortKey {
        if (property == null || property.isBlank()) {
            throw new IllegalArgumentException("Sort key needs a property name, got \"" + property + "\"");
        }
    }
}
