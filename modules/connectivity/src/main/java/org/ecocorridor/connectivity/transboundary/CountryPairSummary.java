package org.ecocorridor.connectivity.transboundary;

import java.util.List;

/**
 * Links crossing the border between two countries.
 *
 * <p>Immutable.
 *
 * @param pair             the countries
 * @param linkIds          the links whose path crosses between them (at least once), sorted
 * @param summedImportance Σ importance of those links (e.g. their dPC), each link counted once
 */
public record CountryPairSummary(CountryPair pair, List<String> linkIds, double summedImportance) {

    public CountryPairSummary {
        linkIds = List.copyOf(linkIds);
    }

    public int linkCount() {
        return linkIds.size();
    }
}
