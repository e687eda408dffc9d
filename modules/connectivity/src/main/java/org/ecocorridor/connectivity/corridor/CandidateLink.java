package org.ecocorridor.connectivity.corridor;

/**
 * A pair of adjacent cores, candidate for a corridor.
 *
 * <p>Immutable.
 *
 * @param coreA             the smaller core id
 * @param coreB             the larger core id
 * @param costAdjacent      their cost-weighted allocation zones touch
 * @param euclideanAdjacent their Euclidean allocation zones touch
 */
public record CandidateLink(int coreA, int coreB, boolean costAdjacent, boolean euclideanAdjacent) {
    public CandidateLink {
        if (coreA >= coreB) {
            throw new IllegalArgumentException("coreA must be < coreB, got " + coreA + " and " + coreB);
        }
    }
}
