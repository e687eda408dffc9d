package org.ecocorridor.connectivity.transboundary;

import java.util.List;
import java.util.Optional;

/**
 * A feature's measure split by country.
 *
 * <p>Immutable.
 *
 * @param featureId         the feature
 * @param kind              what is measured
 * @param totalMeasure      the whole feature's measure
 * @param shares            the countries the feature overlaps (measure &gt; 0), by decreasing measure
 *                          then code. Shares sum to 1 minus the unassigned share, or more where
 *                          country polygons overlap (disputed areas)
 * @param unassignedMeasure the part in no country (sea, countries not supplied), ≥ 0
 */
public record FeatureShares(String featureId, MeasureKind kind, double totalMeasure, List<CountryShare> shares,
        double unassignedMeasure) {

    public FeatureShares {
        shares = List.copyOf(shares);
    }

    /** The share of one country, if the feature overlaps it. */
    public Optional<CountryShare> country(String iso3) {
        return shares.stream().filter(s -> s.iso3().equals(iso3)).findFirst();
    }
}
