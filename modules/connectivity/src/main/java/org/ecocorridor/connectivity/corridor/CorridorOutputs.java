package org.ecocorridor.connectivity.corridor;

import java.util.ArrayList;
import java.util.List;
import org.ecocorridor.core.grid.FloatGrid;

/**
 * Assembles the link table, core table and LCP list of a {@link CorridorNetwork} (Linkage Mapper's
 * linkTable columns: CWD, Euclidean distance, LCP length, CWD/Euclidean and CWD/path-length ratios).
 *
 * <p>Thread-safe: stateless.
 */
final class CorridorOutputs {

    private CorridorOutputs() {
    }

    static CorridorNetwork assemble(CoreAreas cores, List<CandidateLink> candidates, LinkType[] types,
            double[] euclidean, double[] lcd, CoreCostDistance.Measurement[] measured, List<CorridorPolygon> corridors,
            FloatGrid[] mosaic, CorridorOptions options) {
        List<CorridorLink> links = new ArrayList<>();
        List<LinkPath> paths = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            CandidateLink c = candidates.get(i);
            CoreCostDistance.Measurement m = measured[i];
            double length = m == null || m.path() == null ? Double.NaN : m.path().lengthMetres();
            links.add(new CorridorLink(i + 1, c.coreA(), c.coreB(), c.costAdjacent(), c.euclideanAdjacent(),
                    euclidean[i], lcd[i], length, ratio(lcd[i], euclidean[i]), ratio(lcd[i], length), types[i]));
            if (m != null && m.path() != null) {
                paths.add(new LinkPath(i + 1, types[i], m.path()));
            }
        }
        List<CoreSummary> summaries = new ArrayList<>();
        double cellArea = cores.grid().cellArea();
        for (int id : cores.ids()) {
            int kept = 0;
            for (CorridorLink l : links) {
                if (l.isKept() && (l.coreA() == id || l.coreB() == id)) {
                    kept++;
                }
            }
            summaries.add(new CoreSummary(id, cores.nameOf(id), cores.cellCount(id), cores.cellCount(id) * cellArea, kept));
        }
        return new CorridorNetwork(links, summaries, paths, corridors, mosaic[0], mosaic[1], options);
    }

    /** a / b when both are finite and b &gt; 0, else NaN. */
    static double ratio(double a, double b) {
        return Double.isFinite(a) && Double.isFinite(b) && b > 0 ? a / b : Double.NaN;
    }
}
