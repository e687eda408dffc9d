package org.ecocorridor.connectivity.corridor;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ecocorridor.core.grid.FloatGrid;

/**
 * The outputs of a corridor network run (Linkage Mapper's outputs).
 *
 * <p>The record and its lists are immutable; the two {@link FloatGrid}s are not copied and must not be
 * modified.
 *
 * @param links           the link table, all candidate links (kept and dropped), by link id
 * @param cores           the core table, by core id
 * @param leastCostPaths  LCP lines of every link with a finite least-cost distance, by link id
 * @param corridors       one polygon per kept link, by link id
 * @param mosaic          NLCC mosaic: per cell the minimum over kept links of NLCC (cost units), NaN where
 *                        no kept link reaches the cell
 * @param truncatedMosaic the mosaic with cells above the truncation width set to NaN
 * @param options         the options used
 */
public record CorridorNetwork(List<CorridorLink> links, List<CoreSummary> cores, List<LinkPath> leastCostPaths,
        List<CorridorPolygon> corridors, FloatGrid mosaic, FloatGrid truncatedMosaic, CorridorOptions options) {

    public CorridorNetwork {
        links = List.copyOf(links);
        cores = List.copyOf(cores);
        leastCostPaths = List.copyOf(leastCostPaths);
        corridors = List.copyOf(corridors);
        Objects.requireNonNull(mosaic, "mosaic");
        Objects.requireNonNull(truncatedMosaic, "truncatedMosaic");
        Objects.requireNonNull(options, "options");
    }

    /** The link between two cores (in either order), if it was a candidate. */
    public Optional<CorridorLink> link(int core1, int core2) {
        int a = Math.min(core1, core2);
        int b = Math.max(core1, core2);
        return links.stream().filter(l -> l.coreA() == a && l.coreB() == b).findFirst();
    }
}
