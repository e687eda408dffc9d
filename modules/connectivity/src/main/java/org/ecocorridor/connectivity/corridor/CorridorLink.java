package org.ecocorridor.connectivity.corridor;

import java.util.Objects;

/**
 * One row of the link table (Linkage Mapper's linkTable columns).
 *
 * <p>Immutable.
 *
 * @param id                      link id, 1..n in (coreA, coreB) order
 * @param coreA                   the smaller core id
 * @param coreB                   the larger core id
 * @param costAdjacent            cost-weighted allocation zones touch
 * @param euclideanAdjacent       Euclidean allocation zones touch
 * @param euclideanDistanceMetres edge-to-edge distance between the core geometries (0 when they touch)
 * @param costWeightedDistance    least-cost distance between the cores, CWD = min over cells b of core B
 *                                of CWD<sub>A</sub>(b) (cost units); NaN when not computed (dropped for
 *                                Euclidean distance) and +∞ when B is unreachable from A
 * @param lcpLengthMetres         length of the least-cost path through cell centres; NaN without a path
 * @param cwdToEuclideanRatio     CWD / Euclidean distance (NaN when either is unknown or the distance is 0)
 * @param cwdToPathRatio          CWD / LCP length (NaN when unknown or 0)
 * @param type                    corridor or the reason for dropping it (Linkage Mapper code)
 */
public record CorridorLink(int id, int coreA, int coreB, boolean costAdjacent, boolean euclideanAdjacent,
        double euclideanDistanceMetres, double costWeightedDistance, double lcpLengthMetres,
        double cwdToEuclideanRatio, double cwdToPathRatio, LinkType type) {

    public CorridorLink {
        if (coreA >= coreB) {
            throw new IllegalArgumentException("coreA must be < coreB, got " + coreA + " and " + coreB);
        }
        Objects.requireNonNull(type, "type");
    }

    /** Linkage Mapper's code of the reason the link was dropped, or null for a corridor. */
    public Integer droppedCode() {
        return type.isKept() ? null : type.code();
    }

    /** Whether the link is a mapped corridor. */
    public boolean isKept() {
        return type.isKept();
    }
}
