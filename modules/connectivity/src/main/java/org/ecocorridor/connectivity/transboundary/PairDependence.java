package org.ecocorridor.connectivity.transboundary;

import java.util.List;

/**
 * ECA lost when the border between two countries is closed.
 *
 * <p>Immutable.
 *
 * @param pair           the countries
 * @param removedLinkIds links crossing between them, removed in the scenario, sorted
 * @param ecaClosed      ECA without those links (attribute units)
 * @param percentEcaLost 100 (ECA − ecaClosed) / ECA
 */
public record PairDependence(CountryPair pair, List<String> removedLinkIds, double ecaClosed, double percentEcaLost) {

    public PairDependence {
        removedLinkIds = List.copyOf(removedLinkIds);
    }
}
