package org.ecocorridor.connectivity.flyway;

import java.util.Objects;
import org.ecocorridor.core.species.SpeciesCode;

/**
 * Parameters of one species' flyway network.
 *
 * <p>Defaults ({@link #defaults(SpeciesCode)}) are the demo species table ({@code data/tables/species.csv}):
 * <ul>
 *   <li>Black-faced Spoonbill: longest non-stop leg 1,500 km (order of magnitude from satellite
 *       tracking, Ueta et al. 2002, Ibis 144:340–343); flyway population 7,081 (International
 *       Black-faced Spoonbill Census, January 2025, HKBWS/EAAFP);</li>
 *   <li>White-naped Crane: 1,200 km (Higuchi et al. 1996, Conserv. Biol. 10:806–812, order of
 *       magnitude); 6,500 (BirdLife International factsheet, 6,250–6,750);</li>
 *   <li>Hooded Crane: 1,200 km (illustrative); 15,000 (BirdLife International factsheet,
 *       14,000–16,000 in winter 2014/15).</li>
 * </ul>
 * Critical-site threshold: 10 % flow loss (a project choice, documented in docs/algorithms.md).
 *
 * <p>Immutable.
 *
 * @param maxFlightRangeKm        longest non-stop flight, great-circle km, &gt; 0: sites farther apart
 *                                are not linked
 * @param flywayPopulation        flyway (biogeographic) population size, individuals, &gt; 0; its 1 % is
 *                                the Ramsar criterion 6 threshold
 * @param capacityRule            count used as site capacity in the flow model
 * @param criticalFlowLossPercent a site is critical when removing it cuts a breeding–wintering route or
 *                                loses at least this percentage of the maximum flow; 0 to 100
 */
public record FlywayParameters(double maxFlightRangeKm, int flywayPopulation, CapacityRule capacityRule,
        double criticalFlowLossPercent) {

    /** Default critical flow-loss percentage. */
    public static final double DEFAULT_CRITICAL_FLOW_LOSS_PERCENT = 10;

    public FlywayParameters {
        Objects.requireNonNull(capacityRule, "capacityRule");
        if (!(maxFlightRangeKm > 0) || Double.isInfinite(maxFlightRangeKm)) {
            throw new IllegalArgumentException("maxFlightRangeKm must be finite and > 0, got " + maxFlightRangeKm);
        }
        if (flywayPopulation <= 0) {
            throw new IllegalArgumentException("flywayPopulation must be > 0, got " + flywayPopulation);
        }
        if (!(criticalFlowLossPercent >= 0 && criticalFlowLossPercent <= 100)) {
            throw new IllegalArgumentException("criticalFlowLossPercent must be in [0, 100], got "
                    + criticalFlowLossPercent);
        }
    }

    /**
     * The documented defaults of a waterbird.
     *
     * @throws IllegalArgumentException for a big cat, which has no flyway
     */
    public static FlywayParameters defaults(SpeciesCode species) {
        return switch (species) {
            case BLACK_FACED_SPOONBILL -> of(1500, 7081);
            case WHITE_NAPED_CRANE -> of(1200, 6500);
            case HOODED_CRANE -> of(1200, 15000);
            default -> throw new IllegalArgumentException("Species " + species.code() + " of group "
                    + species.group().code() + " has no flyway network");
        };
    }

    private static FlywayParameters of(double rangeKm, int population) {
        return new FlywayParameters(rangeKm, population, CapacityRule.MAX_COUNT, DEFAULT_CRITICAL_FLOW_LOSS_PERCENT);
    }

    /** The Ramsar criterion 6 threshold: 1 % of the flyway population, in individuals. */
    public double onePercentThreshold() {
        return flywayPopulation / 100.0;
    }

    public FlywayParameters withMaxFlightRangeKm(double value) {
        return new FlywayParameters(value, flywayPopulation, capacityRule, criticalFlowLossPercent);
    }

    public FlywayParameters withCapacityRule(CapacityRule value) {
        return new FlywayParameters(maxFlightRangeKm, flywayPopulation, value, criticalFlowLossPercent);
    }

    public FlywayParameters withCriticalFlowLossPercent(double value) {
        return new FlywayParameters(maxFlightRangeKm, flywayPopulation, capacityRule, value);
    }
}
