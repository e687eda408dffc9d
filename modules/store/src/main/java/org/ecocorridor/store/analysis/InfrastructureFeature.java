package org.ecocorridor.store.analysis;

import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * An {@code infrastructure} row with the attributes risk analyses need. Immutable (do not modify the
 * geometry).
 *
 * @param id         row id as text
 * @param kind       {@code wind_farm}, {@code power_line}, ...
 * @param name       name, empty when null
 * @param geometry   EPSG:4326 (lon/lat), SRID 4326
 * @param capacityMw {@code capacity_mw}, NaN when null
 */
public record InfrastructureFeature(String id, String kind, String name, Geometry geometry, double capacityMw) {
    public InfrastructureFeature {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(geometry, "geometry");
        name = name == null ? "" : name;
    }
}
