package org.ecocorridor.connectivity.flyway;

/**
 * Which count becomes a site's capacity (the number of birds it can pass on) in the flow model.
 * Iwamura et al. (2013, Proc. R. Soc. B 280:20130325) use the population counted at each site as its
 * capacity; the maximum count on record is the default because a site proven to hold that many birds
 * can hold them again, while the latest count also reflects survey coverage of a single season.
 *
 * <p>Immutable.
 */
public enum CapacityRule {
    /** {@link FlywaySite#maxCount()}: the default. */
    MAX_COUNT,
    /** {@link FlywaySite#latestCount()}. */
    LATEST_COUNT;

    /** The capacity of a site under this rule, in birds. */
    public double capacityOf(FlywaySite site) {
        return this == MAX_COUNT ? site.maxCount() : site.latestCount();
    }
}
