package org.ecocorridor.connectivity.flyway;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Importance of one site in its species' flyway network.
 *
 * <p>Immutable.
 *
 * @param code                  site code
 * @param name                  site name
 * @param roles                 roles for the species
 * @param latestCount           latest count
 * @param maxCount              maximum count
 * @param capacity              capacity used in the flow model (birds, per {@link CapacityRule})
 * @param meetsRamsarCriterion6 whether the maximum count reaches 1 % of the flyway population
 * @param protectedArea         whether the site lies in a protected area
 * @param betweenness           topological betweenness, normalised to [0, 1]: the share of the other
 *                              site pairs' shortest routes (fewest legs, ties shared) that stop here
 * @param flowLoss              maximum flow lost when the site is removed (birds)
 * @param flowLossPercent       the same as a percentage of the maximum flow (0 when that is 0)
 * @param routesLost            breeding–wintering pairs of other sites connected before and not after
 *                              the site's removal
 * @param routeLossPercent      the same as a percentage of all connected breeding–wintering pairs
 * @param critical              removal cuts a route or loses at least the critical flow percentage
 */
public record SiteAssessment(String code, String name, Set<SiteRole> roles, int latestCount, int maxCount,
        double capacity, boolean meetsRamsarCriterion6, boolean protectedArea, double betweenness, double flowLoss,
        double flowLossPercent, int routesLost, double routeLossPercent, boolean critical) {

    public SiteAssessment {
        roles = Collections.unmodifiableSet(roles.isEmpty() ? EnumSet.noneOf(SiteRole.class) : EnumSet.copyOf(roles));
    }
}
