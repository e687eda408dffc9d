package org.ecocorridor.connectivity.transboundary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.ecocorridor.connectivity.graph.DispersalKernel;
import org.ecocorridor.connectivity.graph.PatchGraph;
import org.ecocorridor.connectivity.graph.PatchGraphAnalysis;

/**
 * Transboundary dependence: the percentage of equivalent connected area lost when links crossing
 * borders are removed ("borders closed"), for all borders at once and for each country pair alone:
 * <pre>
 *   D = 100 (ECA − ECA<sub>closed</sub>) / ECA,   ECA = √(Σ<sub>i</sub>Σ<sub>j</sub> a<sub>i</sub> a<sub>j</sub> p*<sub>ij</sub>)
 * </pre>
 * A link is cross-border when its least-cost path crosses between two countries
 * ({@link BorderCrossings}). Patches stay whole (a patch straddling a border is not split), so D
 * measures what the links across the border carry, not habitat lost. Run once per species graph.
 *
 * <p>Thread-safe: stateless.
 */
public final class TransboundaryDependence {

    private TransboundaryDependence() {
    }

    /**
     * @param graph         one species' patch graph
     * @param kernel        its dispersal kernel
     * @param pairsByLinkId country pairs crossed by each link's path ({@link TransboundaryStatistics#pairsByLink})
     * @throws IllegalArgumentException when a link id is not in the graph
     */
    public static DependenceResult compute(PatchGraph graph, DispersalKernel kernel,
            Map<String, Set<CountryPair>> pairsByLinkId) {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(kernel, "kernel");
        Set<String> known = new TreeSet<>();
        graph.links().forEach(l -> known.add(l.id()));
        Map<CountryPair, Set<String>> linksByPair = new TreeMap<>();
        pairsByLinkId.forEach((linkId, pairs) -> {
            if (!known.contains(linkId)) {
                throw new IllegalArgumentException("Crossing link " + linkId + " is not a link of the graph");
            }
            pairs.forEach(p -> linksByPair.computeIfAbsent(p, k -> new TreeSet<>()).add(linkId));
        });
        double eca = PatchGraphAnalysis.eca(graph, kernel);
        Set<String> crossing = new TreeSet<>();
        pairsByLinkId.forEach((id, pairs) -> {
            if (!pairs.isEmpty()) {
                crossing.add(id);
            }
        });
        double closed = PatchGraphAnalysis.eca(graph.withoutLinks(l -> crossing.contains(l.id())), kernel);
        List<PairDependence> perPair = new ArrayList<>();
        linksByPair.forEach((pair, ids) -> {
            double e = PatchGraphAnalysis.eca(graph.withoutLinks(l -> ids.contains(l.id())), kernel);
            perPair.add(new PairDependence(pair, List.copyOf(ids), e, percentLost(eca, e)));
        });
        return new DependenceResult(eca, closed, percentLost(eca, closed), perPair);
    }

    private static double percentLost(double eca, double reduced) {
        return 100 * (eca - reduced) / eca;
    }
}
