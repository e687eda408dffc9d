package org.ecocorridor.connectivity.costdistance;

import java.util.Objects;

/**
 * Parameters of a cost-distance computation.
 *
 * <p>Immutable.
 *
 * @param neighbourhood moves considered, {@link Neighbourhood#EIGHT} by default
 * @param units         step-length unit, {@link CostUnits#MAP} (resistance × metres) by default
 * @param maxCost       cells whose accumulated cost would exceed this stay unreached; positive, or
 *                      {@link Double#POSITIVE_INFINITY} (default) for no limit. Same units as the result.
 */
public record CostDistanceOptions(Neighbourhood neighbourhood, CostUnits units, double maxCost) {

    public CostDistanceOptions {
        Objects.requireNonNull(neighbourhood, "neighbourhood");
        Objects.requireNonNull(units, "units");
        if (!(maxCost > 0)) {
            throw new IllegalArgumentException("maxCost must be > 0 (or +Infinity for no limit), got " + maxCost);
        }
    }

    /** 8 neighbours, map units, no maximum cost. */
    public static CostDistanceOptions defaults() {
        return new CostDistanceOptions(Neighbourhood.EIGHT, CostUnits.MAP, Double.POSITIVE_INFINITY);
    }

    public CostDistanceOptions withNeighbourhood(Neighbourhood value) {
        return new CostDistanceOptions(value, units, maxCost);
    }

    public CostDistanceOptions withUnits(CostUnits value) {
        return new CostDistanceOptions(neighbourhood, value, maxCost);
    }

    public CostDistanceOptions withMaxCost(double value) {
        return new CostDistanceOptions(neighbourhood, units, value);
    }
}
