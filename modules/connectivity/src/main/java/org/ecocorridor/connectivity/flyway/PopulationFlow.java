package org.ecocorridor.connectivity.flyway;

import java.util.function.ToDoubleFunction;
import org.jgrapht.Graph;
import org.jgrapht.alg.flow.EdmondsKarpMFImpl;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;

/**
 * Maximum population flow from breeding to wintering sites through a flyway network with node
 * capacities, the network-flow model of Iwamura et al. (2013, "Migratory connectivity magnifies the
 * consequences of habitat loss from sea-level rise for shorebird populations", Proc. R. Soc. B
 * 280:20130325).
 *
 * <h2>Construction (node splitting)</h2>
 * Each site s becomes s<sub>in</sub> → s<sub>out</sub> with capacity c<sub>s</sub> (birds); each leg
 * s–t becomes s<sub>out</sub> → t<sub>in</sub> and t<sub>out</sub> → s<sub>in</sub> with unbounded
 * capacity; a super-source feeds every breeding site's s<sub>in</sub> and every wintering site's
 * s<sub>out</sub> drains into a super-sink, both unbounded. The maximum flow (Edmonds–Karp, JGraphT)
 * is the largest number of birds that can travel from breeding to wintering grounds without any site
 * holding more birds than its capacity. "Unbounded" is the sum of all capacities plus one, which no
 * flow can reach. A site with capacity 0 blocks all flow through it: that is how a site's removal is
 * modelled.
 *
 * <p>Thread-safe: stateless (each call builds its own graph).
 */
public final class PopulationFlow {
    private static final String SOURCE = "\u0000source";
    private static final String SINK = "\u0000sink";

    private PopulationFlow() {
    }

    /**
     * The maximum flow in birds.
     *
     * @param capacity capacity of each site in birds, finite and ≥ 0
     * @throws IllegalArgumentException for a negative, infinite or NaN capacity
     */
    public static double maxFlow(FlywayNetwork network, ToDoubleFunction<FlywaySite> capacity) {
        Graph<String, DefaultWeightedEdge> g = new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
        g.addVertex(SOURCE);
        g.addVertex(SINK);
        double total = 0;
        double[] caps = new double[network.sites().size()];
        for (int i = 0; i < caps.length; i++) {
            FlywaySite site = network.sites().get(i);
            caps[i] = capacity.applyAsDouble(site);
            if (!(caps[i] >= 0) || Double.isInfinite(caps[i])) {
                throw new IllegalArgumentException("Capacity of site " + site.code() + " must be finite and >= 0, got "
                        + caps[i]);
            }
            total += caps[i];
        }
        double unbounded = total + 1;
        for (int i = 0; i < caps.length; i++) {
            FlywaySite site = network.sites().get(i);
            String in = in(site.code());
            String out = out(site.code());
            g.addVertex(in);
            g.addVertex(out);
            edge(g, in, out, caps[i]);
            if (site.hasRole(SiteRole.BREEDING)) {
                edge(g, SOURCE, in, unbounded);
            }
            if (site.hasRole(SiteRole.WINTERING)) {
                edge(g, out, SINK, unbounded);
            }
        }
        for (FlightLeg leg : network.legs()) {
            edge(g, out(leg.fromCode()), in(leg.toCode()), unbounded);
            edge(g, out(leg.toCode()), in(leg.fromCode()), unbounded);
        }
        return new EdmondsKarpMFImpl<>(g).getMaximumFlowValue(SOURCE, SINK);
    }

    private static void edge(Graph<String, DefaultWeightedEdge> g, String from, String to, double capacity) {
        g.setEdgeWeight(g.addEdge(from, to), capacity);
    }

    private static String in(String code) {
        return code + "\u0000in";
    }

    private static String out(String code) {
        return code + "\u0000out";
    }
}
