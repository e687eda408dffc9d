package org.ecocorridor.connectivity.risk;

import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * An infrastructure feature.
 *
 * <p>Immutable (do not modify the geometry after passing it in).
 *
 * @param id         unique identifier
 * @param kind       the kind; only {@link InfrastructureKind#WIND_FARM} and
 *                   {@link InfrastructureKind#POWER_LINE} enter the risk index
 * @param name       display name (may be empty)
 * @param geometry   in EPSG:4326 (longitude, latitude): usually a point for wind farms and a line
 *                   for power lines; any non-empty geometry is accepted
 * @param capacityMw installed capacity in MW, ≥ 0, or NaN when unknown or not applicable
 */
public record Infrastructure(String id, InfrastructureKind kind, String name, Geometry geometry, double capacityMw) {

    public Infrastructure {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(geometry, "geometry");
        if (geometry.isEmpty()) {
            throw new IllegalArgumentException("Infrastructure " + id + " has an empty geometry");
        }
        if (capacityMw < 0 || Double.isInfinite(capacityMw)) {
            throw new IllegalArgumentException("capacityMw of infrastructure " + id
                    + " must be >= 0 or NaN (unknown), got " + capacityMw);
        }
    }

    /** The capacity, 0 when unknown. */
    public double knownCapacityMw() {
        return Double.isNaN(capacityMw) ? 0 : capacityMw;
    }
}
