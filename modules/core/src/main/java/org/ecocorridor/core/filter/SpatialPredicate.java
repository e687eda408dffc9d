package org.ecocorridor.core.filter;

import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * {@code operator(property, geometry)}. The literal carries its EPSG code as SRID (0 is read as the
 * layer's storage CRS) and (east, north) coordinates; stores transform it to the storage CRS.
 * For BBOX the geometry is the envelope as a polygon. Immutable (the geometry is copied).
 *
 * @param operator spatial predicate
 * @param property geometry attribute, or null for the default geometry
 * @param geometry literal geometry, x = east (longitude)
 */
public record SpatialPredicate(SpatialOperator operator, String property, Geometry geometry) implements Filter {
    public SpatialPredicate {
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(geometry, "geometry");
        if (geometry.isEmpty()) {
            throw new IllegalArgumentException(operator.elementName() + " needs a non-empty geometry");
        }
        geometry = geometry.copy();
    }

    @Override
    public Geometry geometry() {
        return geometry.copy();
    }
}
