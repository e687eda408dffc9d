package org.ecocorridor.connectivity.corridor;

/**
 * The distance that ranks a core's neighbours for the "N nearest neighbours" rule.
 *
 * <p>Immutable.
 */
public enum NearestNeighbourMeasure {
    /** Least-cost (cost-weighted) distance between the cores. */
    COST_WEIGHTED,
    /** Edge-to-edge Euclidean distance between the cores. */
    EUCLIDEAN
}
