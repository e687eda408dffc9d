package org.ecocorridor.core.source;

import java.util.Objects;
import org.ecocorridor.core.catalog.LayerInfo;
import org.ecocorridor.core.catalog.LayerKind;
import org.ecocorridor.core.feature.FeatureSchema;

/**
 * A published vector layer as feature services see it: its catalog description, its attributes
 * and the name of its geometry property. Immutable.
 *
 * @param info         catalog entry (name, title, bbox in CRS:84, editability)
 * @param schema       geometry kind, storage SRID and attributes (id and geometry excluded)
 * @param geometryName name of the geometry property (the geometry column, e.g. {@code geom})
 */
public record FeatureType(LayerInfo info, FeatureSchema schema, String geometryName) {
    public FeatureType {
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(geometryName, "geometryName");
        if (info.kind() != LayerKind.VECTOR) {
            throw new IllegalArgumentException("Layer \"" + info.name() + "\" is a raster, not a feature type");
        }
        if (schema.attribute(geometryName).isPresent()) {
            throw new IllegalArgumentException("Geometry name \"" + geometryName + "\" is also an attribute");
        }
    }

    public String name() {
        return info.name();
    }
}
