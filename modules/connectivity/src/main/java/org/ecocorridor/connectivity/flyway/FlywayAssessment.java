package org.ecocorridor.connectivity.flyway;

import java.util.List;

/**
 * The analysis of one species' flyway network.
 *
 * <p>Immutable.
 *
 * @param maxFlightRangeKm          leg range used
 * @param onePercentThreshold       Ramsar criterion 6 threshold (individuals)
 * @param allWinteringReachable     whether every wintering site is connected to some breeding site
 * @param unreachableWinteringSites codes of wintering sites that are not, sorted
 * @param routeCount                connected (breeding, wintering) pairs of distinct sites
 * @param maxFlow                   maximum breeding-to-wintering flow (birds)
 * @param sites                     per-site assessment, sorted by code
 */
public record FlywayAssessment(double maxFlightRangeKm, double onePercentThreshold, boolean allWinteringReachable,
        List<String> unreachableWinteringSites, int routeCount, double maxFlow, List<SiteAssessment> sites) {

    public FlywayAssessment {
        unreachableWinteringSites = List.copyOf(unreachableWinteringSites);
        sites = List.copyOf(sites);
    }

    /** The headline list: critical sites outside protected areas, sorted by decreasing flow loss, then code. */
    public List<SiteAssessment> unprotectedCriticalSites() {
        return sites.stream().filter(s -> s.critical() && !s.protectedArea())
                .sorted(java.util.Comparator.comparingDouble(SiteAssessment::flowLoss).reversed()
                        .thenComparing(SiteAssessment::code))
                .toList();
    }

    /**
     * The assessment of one site.
     *
     * @throws IllegalArgumentException for an unknown code
     */
    public SiteAssessment site(String code) {
        return sites.stream().filter(s -> s.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown site code " + code));
    }
}
