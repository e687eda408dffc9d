package org.ecocorridor.core.feature;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The shape of a vector layer: one geometry column plus typed attributes, in a given order.
 * Immutable.
 *
 * @param geometryKind declared geometry type
 * @param srid         EPSG code of the stored geometries (4326 in the store: x = longitude)
 * @param attributes   attributes in column order, geometry and identifier excluded
 */
public record FeatureSchema(GeometryKind geometryKind, int srid, List<AttributeDescriptor> attributes) {
    public FeatureSchema {
        Objects.requireNonNull(geometryKind, "geometryKind");
        attributes = List.copyOf(attributes);
        long distinct = attributes.stream().map(AttributeDescriptor::name).distinct().count();
        if (distinct != attributes.size()) {
            throw new IllegalArgumentException("Duplicate attribute names in " + attributes);
        }
    }

    public Optional<AttributeDescriptor> attribute(String name) {
        return attributes.stream().filter(a -> a.name().equals(name)).findFirst();
    }
}
