package org.ecocorridor.connectivity.transboundary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.ecocorridor.core.progress.ProgressListener;

/**
 * Per-link transboundary statistics of a corridor run: corridor area and path length in each
 * country ({@link CountryShares}), border crossings ({@link BorderCrossings}), and per-country-pair
 * summaries.
 *
 * <p>Thread-safe after construction.
 */
public final class TransboundaryStatistics {
    private final CountryShares shares;
    private final BorderCrossings crossings;

    /** @param countries country outlines in EPSG:4326 */
    public TransboundaryStatistics(List<Country> countries) {
        this.shares = new CountryShares(countries);
        this.crossings = new BorderCrossings(shares.index());
    }

    /**
     * Statistics of every link, sorted by link id.
     *
     * @throws java.util.concurrent.CancellationException when the listener cancels
     */
    public List<LinkCountryStatistics> perLink(List<CorridorGeometry> links, ProgressListener progress) {
        List<CorridorGeometry> sorted = new ArrayList<>(links);
        sorted.sort(java.util.Comparator.comparing(CorridorGeometry::linkId));
        List<LinkCountryStatistics> result = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            progress.throwIfCancelled();
            progress.progress((double) i / sorted.size(), "Transboundary statistics");
            CorridorGeometry link = sorted.get(i);
            Optional<FeatureShares> area = link.corridor() == null ? Optional.empty()
                    : Optional.of(shares.measure(link.linkId(), link.corridor()));
            result.add(new LinkCountryStatistics(link.linkId(), area, shares.measure(link.linkId(), link.path()),
                    crossings.crossings(link.linkId(), link.path())));
        }
        progress.progress(1, "Transboundary statistics done");
        return List.copyOf(result);
    }

    /** The country pairs each link's path crosses between, by link id (links without crossings omitted). */
    public static Map<String, Set<CountryPair>> pairsByLink(List<BorderCrossing> crossings) {
        Map<String, Set<CountryPair>> result = new TreeMap<>();
        for (BorderCrossing c : crossings) {
            result.computeIfAbsent(c.linkId(), k -> new TreeSet<>()).add(c.pair());
        }
        return result;
    }

    /**
     * Links crossing and their summed importance per country pair, sorted by pair.
     *
     * @param importanceByLinkId importance of each link (e.g. {@code LinkImportance.dPC()})
     * @throws IllegalArgumentException when a crossing link has no importance
     */
    public static List<CountryPairSummary> summarisePairs(List<BorderCrossing> crossings,
            Map<String, Double> importanceByLinkId) {
        Map<CountryPair, Set<String>> linksByPair = new TreeMap<>();
        for (BorderCrossing c : crossings) {
            linksByPair.computeIfAbsent(c.pair(), k -> new TreeSet<>()).add(c.linkId());
        }
        List<CountryPairSummary> result = new ArrayList<>();
        linksByPair.forEach((pair, ids) -> {
            double sum = 0;
            for (String id : ids) {
                Double importance = importanceByLinkId.get(id);
                if (importance == null) {
                    throw new IllegalArgumentException("No importance given for crossing link " + id);
                }
                sum += importance;
            }
            result.add(new CountryPairSummary(pair, List.copyOf(ids), sum));
        });
        return List.copyOf(result);
    }
}
