package org.ecocorridor.connectivity.transboundary;

import java.util.List;
import java.util.Optional;

/**
 * Transboundary statistics of one link.
 *
 * <p>Immutable.
 *
 * @param linkId       the link
 * @param corridorArea corridor area per country (m², equal-area), empty without a corridor polygon
 * @param pathLength   least-cost-path length per country (m, geodesic)
 * @param crossings    border crossings along the path, in path order
 */
public record LinkCountryStatistics(String linkId, Optional<FeatureShares> corridorArea, FeatureShares pathLength,
        List<BorderCrossing> crossings) {

    public LinkCountryStatistics {
        crossings = List.copyOf(crossings);
    }

    /** Whether the path crosses at least one border. */
    public boolean crossesBorder() {
        return !crossings.isEmpty();
    }
}
