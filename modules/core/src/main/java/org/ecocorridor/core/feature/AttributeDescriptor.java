package org.ecocorridor.core.feature;

import java.util.Objects;

/**
 * Name, type and nullability of one feature attribute. Immutable.
 *
 * @param name     attribute name as stored (lower case, letters, digits and underscores)
 * @param type     value type
 * @param nullable whether the value may be absent
 */
public record AttributeDescriptor(String name, AttributeType type, boolean nullable) {
    public AttributeDescriptor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (name.isBlank()) {
            throw new IllegalArgumentException("Attribute name is blank");
        }
    }
}
