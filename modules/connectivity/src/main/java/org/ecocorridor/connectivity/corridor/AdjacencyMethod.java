package org.ecocorridor.connectivity.corridor;

/**
 * Which adjacency makes two cores a candidate link (Linkage Mapper step 1/2 "adjacency method").
 * Two cores are adjacent when their allocation zones touch: some pair of 8-neighbouring cells is
 * allocated to the two cores.
 *
 * <p>Immutable.
 */
public enum AdjacencyMethod {
    /** Cost-weighted allocation zones touch (cost allocation from all core cells over the resistance grid). */
    COST_WEIGHTED,
    /** Euclidean allocation zones touch (nearest core cell by straight-line distance, ignoring resistance). */
    EUCLIDEAN,
    /** Either of the two (the union of both candidate sets). */
    COST_WEIGHTED_AND_EUCLIDEAN
}
