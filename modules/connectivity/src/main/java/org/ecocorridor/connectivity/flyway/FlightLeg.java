package org.ecocorridor.connectivity.flyway;

import java.util.Objects;

/**
 * An edge of a flyway network: two sites within the species' maximum non-stop flight range. Legs are
 * undirected; {@code fromCode} sorts before {@code toCode}.
 *
 * <p>Immutable.
 *
 * @param fromCode   the site whose code sorts first
 * @param toCode     the other site
 * @param distanceKm geodesic (WGS 84) distance, km
 */
public record FlightLeg(String fromCode, String toCode, double distanceKm) {

    public FlightLeg {
        Objects.requireNonNull(fromCode, "fromCode");
        Objects.requireNonNull(toCode, "toCode");
        if (fromCode.compareTo(toCode) >= 0) {
            throw new IllegalArgumentException("Leg codes must be in increasing order, got " + fromCode + ", " + toCode);
        }
        if (!(distanceKm >= 0)) {
            throw new IllegalArgumentException("Leg distance must be >= 0 km, got " + distanceKm);
        }
    }

    /** Whether the leg ends at the site. */
    public boolean touches(String siteCode) {
        return fromCode.equals(siteCode) || toCode.equals(siteCode);
    }
}
