package org.ecocorridor.connectivity.corridor;

import java.util.Objects;
import org.ecocorridor.connectivity.costdistance.CostUnits;
import org.ecocorridor.connectivity.costdistance.Neighbourhood;

/**
 * Parameters of a corridor network (Linkage Mapper's settings).
 *
 * <p>Immutable.
 *
 * @param neighbourhood                     moves of the cost-distance searches
 * @param units                             cost units (MAP: resistance × metres, as Linkage Mapper)
 * @param adjacency                         which adjacency makes candidate links
 * @param maxEuclideanDistanceMetres        drop links longer than this edge-to-edge (code −11); +∞ = off
 * @param minEuclideanDistanceMetres        drop links shorter than this (code −13); 0 = off
 * @param maxCostDistance                   drop links with a larger least-cost distance (code −12); +∞ = off
 * @param minCostDistance                   drop links with a smaller least-cost distance (code −14); 0 = off
 * @param dropLinksThroughIntermediateCores drop links whose least-cost path crosses a third core (code −15)
 * @param nearestNeighbours                 keep only each core's N nearest neighbours (code −1 for the rest); 0 = off
 * @param nearestNeighbourMeasure           distance ranking neighbours for that rule
 * @param truncationWidth                   corridor width: cells with NLCC ≤ this (cost units) form the
 *                                          corridor; +∞ keeps every reachable cell
 */
public record CorridorOptions(Neighbourhood neighbourhood, CostUnits units, AdjacencyMethod adjacency,
        double maxEuclideanDistanceMetres, double minEuclideanDistanceMetres, double maxCostDistance,
        double minCostDistance, boolean dropLinksThroughIntermediateCores, int nearestNeighbours,
        NearestNeighbourMeasure nearestNeighbourMeasure, double truncationWidth) {

    public CorridorOptions {
        Objects.requireNonNull(neighbourhood, "neighbourhood");
        Objects.requireNonNull(units, "units");
        Objects.requireNonNull(adjacency, "adjacency");
        Objects.requireNonNull(nearestNeighbourMeasure, "nearestNeighbourMeasure");
        requireRange("maxEuclideanDistanceMetres", maxEuclideanDistanceMetres, minEuclideanDistanceMetres);
        requireRange("maxCostDistance", maxCostDistance, minCostDistance);
        if (nearestNeighbours < 0) {
            throw new IllegalArgumentException("nearestNeighbours must be >= 0 (0 = off), got " + nearestNeighbours);
        }
        if (!(truncationWidth >= 0)) {
            throw new IllegalArgumentException("truncationWidth must be >= 0 (+Infinity = no truncation), got "
                    + truncationWidth);
        }
    }

    private static void requireRange(String maxName, double max, double min) {
        if (!(min >= 0) || Double.isInfinite(min)) {
            throw new IllegalArgumentException("Minimum for " + maxName + " must be finite and >= 0, got " + min);
        }
        if (!(max > 0) || max < min) {
            throw new IllegalArgumentException(maxName + " must be > 0 and >= its minimum " + min + ", got " + max);
        }
    }

    /**
     * Linkage Mapper-like defaults: 8 neighbours, map units, cost-weighted adjacency, no distance limits,
     * intermediate-core links dropped, no nearest-neighbour rule, and the given truncation width.
     */
    public static CorridorOptions defaults(double truncationWidth) {
        return new CorridorOptions(Neighbourhood.EIGHT, CostUnits.MAP, AdjacencyMethod.COST_WEIGHTED,
                Double.POSITIVE_INFINITY, 0, Double.POSITIVE_INFINITY, 0, true, 0,
                NearestNeighbourMeasure.COST_WEIGHTED, truncationWidth);
    }

    public CorridorOptions withNeighbourhood(Neighbourhood v) {
        return new CorridorOptions(v, units, adjacency, maxEuclideanDistanceMetres, minEuclideanDistanceMetres,
                maxCostDistance, minCostDistance, dropLinksThroughIntermediateCores, nearestNeighbours,
                nearestNeighbourMeasure, truncationWidth);
    }

    public CorridorOptions withUnits(CostUnits v) {
        return new CorridorOptions(neighbourhood, v, adjacency, maxEuclideanDistanceMetres, minEuclideanDistanceMetres,
                maxCostDistance, minCostDistance, dropLinksThroughIntermediateCores, nearestNeighbours,
                nearestNeighbourMeasure, truncationWidth);
    }

    public CorridorOptions withAdjacency(AdjacencyMethod v) {
        return new CorridorOptions(neighbourhood, units, v, maxEuclideanDistanceMetres, minEuclideanDistanceMetres,
                maxCostDistance, minCostDistance, dropLinksThroughIntermediateCores, nearestNeighbours,
                nearestNeighbourMeasure, truncationWidth);
    }

    /** Euclidean distance limits in metres (min 0 and max +∞ turn them off). */
    public CorridorOptions withEuclideanDistanceRange(double minMetres, double maxMetres) {
        return new CorridorOptions(neighbourhood, units, adjacency, maxMetres, minMetres, maxCostDistance,
                minCostDistance, dropLinksThroughIntermediateCores, nearestNeighbours, nearestNeighbourMeasure,
                truncationWidth);
    }

    /** Cost-weighted distance limits (min 0 and max +∞ turn them off). */
    public CorridorOptions withCostDistanceRange(double min, double max) {
        return new CorridorOptions(neighbourhood, units, adjacency, maxEuclideanDistanceMetres,
                minEuclideanDistanceMetres, max, min, dropLinksThroughIntermediateCores, nearestNeighbours,
                nearestNeighbourMeasure, truncationWidth);
    }

    public CorridorOptions withDropLinksThroughIntermediateCores(boolean v) {
        return new CorridorOptions(neighbourhood, units, adjacency, maxEuclideanDistanceMetres,
                minEuclideanDistanceMetres, maxCostDistance, minCostDistance, v, nearestNeighbours,
                nearestNeighbourMeasure, truncationWidth);
    }

    /** Keep only each core's {@code n} nearest neighbours by {@code measure} (n = 0 turns the rule off). */
    public CorridorOptions withNearestNeighbours(int n, NearestNeighbourMeasure measure) {
        return new CorridorOptions(neighbourhood, units, adjacency, maxEuclideanDistanceMetres,
                minEuclideanDistanceMetres, maxCostDistance, minCostDistance, dropLinksThroughIntermediateCores, n,
                measure, truncationWidth);
    }

    public CorridorOptions withTruncationWidth(double v) {
        return new CorridorOptions(neighbourhood, units, adjacency, maxEuclideanDistanceMetres,
                minEuclideanDistanceMetres, maxCostDistance, minCostDistance, dropLinksThroughIntermediateCores,
                nearestNeighbours, nearestNeighbourMeasure, v);
    }
}
