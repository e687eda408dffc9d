package org.ecocorridor.core.feature;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * One simple feature: an identifier, a geometry (may be null) and attribute values by name (values
 * may be null; order kept). The geometry's coordinates are in the CRS of the layer or reader that
 * produced it, x first (longitude in EPSG:4326 storage).
 *
 * <p>Immutable (the geometry is not copied: callers must not mutate it).
 *
 * @param id         identifier unique within the layer, or null before it is stored
 * @param geometry   the geometry, or null
 * @param attributes values by attribute name
 */
public record Feature(String id, Geometry geometry, Map<String, Object> attributes) {
    public Feature {
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    public Object get(String name) {
        return attributes.get(name);
    }
}
