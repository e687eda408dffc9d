package org.ecocorridor.server.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.ecocorridor.connectivity.corridor.CorridorLink;
import org.ecocorridor.connectivity.corridor.CorridorNetwork;
import org.ecocorridor.connectivity.graph.DispersalKernel;
import org.ecocorridor.connectivity.graph.Patch;
import org.ecocorridor.connectivity.graph.PatchGraph;
import org.ecocorridor.connectivity.graph.PatchGraphAnalysis;
import org.ecocorridor.connectivity.graph.PatchLink;
import org.ecocorridor.core.progress.ProgressListener;
import org.ecocorridor.core.species.SpeciesCode;
import org.ecocorridor.store.SpatialStore;

/**
 * The closed-border scenario: the corridor network is computed twice on stored data, once as it is
 * and once with the countries' shared borders burned into the resistance as absolute barriers
 * ({@link CorridorRequest#closedBorder()}), and the two are compared: the change in ECA of the patch
 * graph (least-cost links, kernel p = 0.5 at the species' median dispersal) and in each link's
 * least-cost distance. Both runs are published as ordinary corridor runs.
 *
 * <p>Unlike {@code TransboundaryDependence}, which removes cross-border links from one graph, this
 * recomputes the paths: a corridor may re-route along the border instead of vanishing.
 *
 * <p>Thread-safe; one scenario per call.
 */
public final class ClosedBorderScenario {
    private final SpatialStore store;
    private final Executor executor;

    public ClosedBorderScenario(SpatialStore store, Executor executor) {
        this.store = store;
        this.executor = executor;
    }

    /**
     * One link before and after.
     *
     * @param costOpen   least-cost distance with open borders (cost-weighted metres)
     * @param costClosed least-cost distance with borders closed; NaN when the link has no path any more
     */
    public record LinkChange(int coreA, int coreB, String nameA, String nameB, double costOpen, double costClosed) {
        /** Whether closing the borders cut the link. */
        public boolean cut() {
            return Double.isNaN(costClosed);
        }

        /** Percent increase of the least-cost distance; NaN when cut. */
        public double percentIncrease() {
            return cut() ? Double.NaN : 100 * (costClosed - costOpen) / costOpen;
        }
    }

    /** The comparison, with the ids of the two published corridor runs. */
    public record Outcome(long openRunId, long closedRunId, double ecaOpenKm2, double ecaClosedKm2, List<LinkChange> links) {
        /** Percent of ECA lost by closing the borders: 100 (ECA_open − ECA_closed) / ECA_open. */
        public double percentEcaLost() {
            return ecaOpenKm2 > 0 ? 100 * (ecaOpenKm2 - ecaClosedKm2) / ecaOpenKm2 : 0;
        }
    }

    public Outcome run(SpeciesCode species, String user, ProgressListener listener) {
        double median = store.analysisInputs().speciesParameters(species.code()).medianDispersalMetres();
        DispersalKernel kernel = DispersalKernel.fromMedianDispersal(median);
        CorridorRequest open = CorridorRequest.of(species);
        CorridorRequest closed = new CorridorRequest(species, null, open.truncationWidth(), open.maxEuclideanMetres(),
                open.maxCostDistance(), true);
        var analysis = new StoreCorridorAnalysis(store, executor);
        var before = analysis.run(open, user, listener.range(0, 0.45));
        var after = analysis.run(closed, user, listener.range(0.45, 0.9));
        SpeciesPatches patches = SpeciesPatches.of(store, species);
        double ecaOpen = PatchGraphAnalysis.eca(graph(patches, before.network()), kernel);
        double ecaClosed = PatchGraphAnalysis.eca(graph(patches, after.network()), kernel);
        List<LinkChange> changes = new ArrayList<>();
        for (CorridorLink l : before.network().links()) {
            if (!l.type().isKept()) {
                continue;
            }
            double closedCost = after.network().link(l.coreA(), l.coreB())
                    .filter(a -> a.type().isKept() && Double.isFinite(a.costWeightedDistance()))
                    .map(CorridorLink::costWeightedDistance).orElse(Double.NaN);
            changes.add(new LinkChange(l.coreA(), l.coreB(), name(before.network(), l.coreA()),
                    name(before.network(), l.coreB()), l.costWeightedDistance(), closedCost));
        }
        listener.progress(1, "Done");
        return new Outcome(before.runId(), after.runId(), ecaOpen, ecaClosed, changes);
    }

    private static String name(CorridorNetwork network, int core) {
        return network.cores().stream().filter(c -> c.id() == core).map(c -> c.name()).findFirst().orElse("" + core);
    }

    /** Patches weighted by area (km²), linked by the kept corridors' least-cost distances. */
    private static PatchGraph graph(SpeciesPatches patches, CorridorNetwork network) {
        List<Patch> nodes = new ArrayList<>();
        for (SpeciesPatches.Entry e : patches.patches()) {
            nodes.add(new Patch(e.id(), e.areaKm2()));
        }
        List<PatchLink> links = new ArrayList<>();
        for (CorridorLink l : network.links()) {
            if (l.type().isKept() && Double.isFinite(l.costWeightedDistance())) {
                links.add(new PatchLink(String.valueOf(l.id()), String.valueOf(l.coreA()), String.valueOf(l.coreB()),
                        l.costWeightedDistance()));
            }
        }
        return PatchGraph.of(nodes, links);
    }
}
