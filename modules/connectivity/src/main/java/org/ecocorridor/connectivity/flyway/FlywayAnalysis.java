package org.ecocorridor.connectivity.flyway;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.ecocorridor.core.progress.ProgressListener;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.MaskSubgraph;

/**
 * Analyses one species' flyway network.
 *
 * <ul>
 *   <li><b>Reachability</b>: a wintering site is reachable when it lies in the same connected
 *       component as at least one breeding site.</li>
 *   <li><b>Routes</b>: connected (breeding b, wintering w) pairs with b ≠ w.</li>
 *   <li><b>Maximum flow</b>: {@link PopulationFlow}, capacities from the {@link CapacityRule}.</li>
 *   <li><b>Betweenness</b>: Brandes' (2001) betweenness on the unweighted leg graph (JGraphT), i.e.
 *       routes with the fewest stops, ties shared, normalised by (n − 1)(n − 2)/2 pairs. Legs are
 *       unweighted because every leg within range is feasible: with geodesic weights the triangle
 *       inequality would make the direct leg always shortest.</li>
 *   <li><b>Removal of site k</b>: flow loss F − F<sub>−k</sub> (capacity of k set to 0) and its
 *       percentage of F; routes lost = routes between other sites that no longer connect.</li>
 *   <li><b>Critical</b>: routes lost &gt; 0, or flow loss ≥ {@link FlywayParameters#criticalFlowLossPercent()}.</li>
 *   <li><b>Ramsar criterion 6</b>: maximum count ≥ 1 % of the flyway population. The Convention asks
 *       for a site that "regularly" supports 1 % (Ramsar Strategic Framework: in two thirds of the
 *       seasons, or the mean of the seasonal maxima over at least five years), which needs the full
 *       count series: the flag is a screening value.</li>
 * </ul>
 *
 * <p>Thread-safe: stateless.
 */
public final class FlywayAnalysis {

    private FlywayAnalysis() {
    }

    /**
     * Analyses the network.
     *
     * @throws java.util.concurrent.CancellationException when the listener cancels
     */
    public static FlywayAssessment analyse(FlywayNetwork network, FlywayParameters parameters,
            ProgressListener progress) {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(progress, "progress");
        Graph<String, FlightLeg> graph = network.toGraph();
        ToDoubleFunction<FlywaySite> capacity = parameters.capacityRule()::capacityOf;
        double flow = PopulationFlow.maxFlow(network, capacity);
        Map<String, Integer> component = components(graph, null);
        int routes = countRoutes(network, component, null);
        List<String> unreachable = new ArrayList<>();
        for (FlywaySite w : network.sites()) {
            if (w.hasRole(SiteRole.WINTERING) && network.sites().stream()
                    .noneMatch(b -> b.hasRole(SiteRole.BREEDING) && component.get(b.code()).equals(component.get(w.code())))) {
                unreachable.add(w.code());
            }
        }
        Map<String, Double> betweenness = new BetweennessCentrality<>(graph, false).getScores();
        int n = network.sites().size();
        double pairs = (n - 1) * (n - 2) / 2.0;
        List<SiteAssessment> results = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            progress.throwIfCancelled();
            progress.progress((double) i / n, "Flyway site removal");
            FlywaySite k = network.sites().get(i);
            double without = PopulationFlow.maxFlow(network, s -> s.code().equals(k.code()) ? 0 : capacity.applyAsDouble(s));
            double loss = Math.max(0, flow - without);
            double lossPercent = flow > 0 ? 100 * loss / flow : 0;
            int lost = countRoutes(network, component, k.code())
                    - countRoutes(network, components(graph, k.code()), k.code());
            double bc = pairs > 0 ? betweenness.get(k.code()) / pairs : 0;
            boolean critical = lost > 0 || (flow > 0 && lossPercent >= parameters.criticalFlowLossPercent());
            results.add(new SiteAssessment(k.code(), k.name(), k.roles(), k.latestCount(), k.maxCount(),
                    capacity.applyAsDouble(k), k.maxCount() >= parameters.onePercentThreshold(), k.protectedArea(), bc,
                    loss, lossPercent, lost, routes > 0 ? 100.0 * lost / routes : 0, critical));
        }
        progress.progress(1, "Flyway analysis done");
        return new FlywayAssessment(network.maxFlightRangeKm(), parameters.onePercentThreshold(), unreachable.isEmpty(),
                unreachable, routes, flow, results);
    }

    /** Component number of each site, the removed site (if any) left out. */
    private static Map<String, Integer> components(Graph<String, FlightLeg> graph, String removed) {
        Graph<String, FlightLeg> g = removed == null ? graph
                : new MaskSubgraph<>(graph, v -> v.equals(removed), e -> false);
        Map<String, Integer> result = new HashMap<>();
        int c = 0;
        for (Set<String> set : new ConnectivityInspector<>(g).connectedSets()) {
            for (String v : set) {
                result.put(v, c);
            }
            c++;
        }
        return result;
    }

    /** Connected (breeding, wintering) pairs of distinct sites, neither being {@code excluded}. */
    private static int countRoutes(FlywayNetwork network, Map<String, Integer> component, String excluded) {
        int count = 0;
        for (FlywaySite b : network.sites()) {
            if (!b.hasRole(SiteRole.BREEDING) || b.code().equals(excluded)) {
                continue;
            }
            for (FlywaySite w : network.sites()) {
                if (w.hasRole(SiteRole.WINTERING) && !w.code().equals(b.code()) && !w.code().equals(excluded)
                        && Objects.equals(component.get(b.code()), component.get(w.code()))) {
                    count++;
                }
            }
        }
        return count;
    }
}
