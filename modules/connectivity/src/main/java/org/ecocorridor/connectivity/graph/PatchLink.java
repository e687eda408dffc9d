package org.ecocorridor.connectivity.graph;

import java.util.Objects;

/**
 * An undirected link between two patches.
 *
 * <p>Immutable.
 *
 * @param id       unique, non-blank identifier, used to join the link with its corridor, least-cost
 *                 path and border crossings (for example the corridor run's link id)
 * @param from     id of one patch
 * @param to       id of the other patch (different from {@code from})
 * @param distance the link length d<sub>ij</sub>, finite and ≥ 0: metres for Euclidean edge-to-edge
 *                 links, accumulated cost (resistance × metres) for least-cost links. The
 *                 {@link DispersalKernel} must be calibrated in the same unit.
 */
public record PatchLink(String id, String from, String to, double distance) {

    public PatchLink {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (id.isBlank()) {
            throw new IllegalArgumentException("Link id must not be blank");
        }
        if (from.equals(to)) {
            throw new IllegalArgumentException("Link " + id + " joins patch " + from + " to itself");
        }
        if (!(distance >= 0) || Double.isInfinite(distance)) {
            throw new IllegalArgumentException("Link distance must be finite and >= 0, got " + distance
                    + " for link " + id);
        }
    }

    /** A link whose id is {@code from + "--" + to}. */
    public PatchLink(String from, String to, double distance) {
        this(from + "--" + to, from, to, distance);
    }
}
