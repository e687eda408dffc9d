package org.ecocorridor.connectivity.corridor;

import java.util.Objects;
import org.ecocorridor.connectivity.costdistance.LeastCostPath;

/**
 * The least-cost path of a link, from the cell of core A where it starts to the first cell of core B.
 *
 * <p>Immutable.
 *
 * @param linkId the link
 * @param type   the link's final type (paths are given for dropped links too)
 * @param path   the path, line in the grid CRS
 */
public record LinkPath(int linkId, LinkType type, LeastCostPath path) {
    public LinkPath {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(path, "path");
    }
}
