package org.ecocorridor.store.analysis;

import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * A stored feature reduced to what analyses need: key, label and geometry (EPSG:4326, lon/lat,
 * SRID set to 4326). Immutable.
 */
public record NamedGeometry(String key, String name, Geometry geometry) {
    public NamedGeometry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(geometry, "geometry");
    }
}
