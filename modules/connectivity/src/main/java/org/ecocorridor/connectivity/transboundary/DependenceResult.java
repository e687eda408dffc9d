package org.ecocorridor.connectivity.transboundary;

import java.util.List;

/**
 * Transboundary dependence of one species' connectivity.
 *
 * <p>Immutable.
 *
 * @param eca              ECA of the full graph (attribute units)
 * @param ecaBordersClosed ECA with every cross-border link removed
 * @param percentEcaLost   100 (eca − ecaBordersClosed) / eca
 * @param pairs            the same for each country pair alone, sorted by pair
 */
public record DependenceResult(double eca, double ecaBordersClosed, double percentEcaLost, List<PairDependence> pairs) {

    public DependenceResult {
        pairs = List.copyOf(pairs);
    }
}
