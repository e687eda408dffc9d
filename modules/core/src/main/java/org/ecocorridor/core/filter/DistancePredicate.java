package org.ecocorridor.core.filter;

import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * FES 2.0 DWithin ({@code beyond} false: the feature lies within {@code distanceMetres} of the
 * geometry) and Beyond ({@code beyond} true: the negation). Distances are ground distances in
 * metres; parsers convert the client's unit of measure. Immutable (the geometry is copied).
 *
 * @param beyond         true for Beyond, false for DWithin
 * @param property       geometry attribute, or null for the default geometry
 * @param geometry       literal geometry with EPSG SRID, (east, north)
 * @param distanceMetres distance, &ge; 0 and finite
 */
public record DistancePredicate(boolean beyond, String property, Geometry geometry, double distanceMetres)
        implements Filter {
    public DistancePredicate {
        Objects.requireNonNull(geometry, "geometry");
        if (!(distanceMetres >= 0) || Double.isInfinite(distanceMetres)) {
            throw new IllegalArgumentException("Invalid distance " + distanceMetres + " m: must be finite and >= 0");
        }
        if (geometry.isEmpty()) {
            throw new IllegalArgumentException((beyond ? "Beyond" : "DWithin") + " needs a non-empty geometry");
        }
        geometry = geometry.copy();
    }

    @Override
    public Geometry geometry() {
        return geometry.copy();
    }
}
