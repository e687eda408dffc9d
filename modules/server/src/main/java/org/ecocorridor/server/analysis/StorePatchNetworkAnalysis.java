package org.ecocorridor.server.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import org.ecocorridor.connectivity.corridor.CorridorLink;
import org.ecocorridor.connectivity.graph.ConnectivityOptions;
import org.ecocorridor.connectivity.graph.ConnectivityResult;
import org.ecocorridor.connectivity.graph.DispersalKernel;
import org.ecocorridor.connectivity.graph.EuclideanLinks;
import org.ecocorridor.connectivity.graph.LinkImportance;
import org.ecocorridor.connectivity.graph.Patch;
import org.ecocorridor.connectivity.graph.PatchGraph;
import org.ecocorridor.connectivity.graph.PatchGraphAnalysis;
import org.ecocorridor.connectivity.graph.PatchLink;
import org.ecocorridor.connectivity.transboundary.BorderCrossing;
import org.ecocorridor.connectivity.transboundary.CorridorGeometry;
import org.ecocorridor.connectivity.transboundary.Country;
import org.ecocorridor.connectivity.transboundary.CountryPair;
import org.ecocorridor.connectivity.transboundary.CountryPairSummary;
import org.ecocorridor.connectivity.transboundary.DependenceResult;
import org.ecocorridor.connectivity.transboundary.LinkCountryStatistics;
import org.ecocorridor.connectivity.transboundary.TransboundaryDependence;
import org.ecocorridor.connectivity.transboundary.TransboundaryStatistics;
import org.ecocorridor.core.crs.CoordinateTransforms;
import org.ecocorridor.core.feature.Feature;
import org.ecocorridor.core.progress.ProgressListener;
import org.ecocorridor.core.species.SpeciesCode;
import org.ecocorridor.store.SpatialStore;
import org.ecocorridor.store.ingest.ResultLayer;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;

/**
 * Patch-graph connectivity (process {@value #PATCH_METRICS}) and transboundary dependence (process
 * {@value #TRANSBOUNDARY}) of a big cat on stored data.
 *
 * <h2>Graph</h2>
 * Nodes: the species' core patches on its study area, a<sub>i</sub> = area in km², A<sub>L</sub> = the
 * land-cover raster's extent in km² ({@link SpeciesPatches}). Links, one of:
 * <ul>
 *   <li>{@link LinkSource#LEAST_COST}: the kept links of a fresh corridor run ({@link StoreCorridorAnalysis},
 *       whose own layers are published too), d<sub>ij</sub> = {@code cw_dist} in cost-weighted metres;</li>
 *   <li>{@link LinkSource#EUCLIDEAN}: every pair, edge-to-edge metres in the region's equal-area CRS
 *       ({@link EuclideanLinks}, no distance limit).</li>
 * </ul>
 * Kernel: p = 0.5 at {@code species.median_dispersal_m} ({@link DispersalKernel#fromMedianDispersal}).
 * For least-cost links the same number is used in cost-weighted metres: one cost-weighted metre is one
 * metre of the lowest-resistance cover (resistance 1 in the demo profiles), so the kernel assumes the
 * median disperser moves through ideal habitat; this makes least-cost probabilities lower than
 * Euclidean ones, as intended.
 *
 * <h2>Transboundary</h2>
 * Always on least-cost links: per link and country the LCP length and corridor area
 * ({@link TransboundaryStatistics#perLink}), border crossings, and {@link TransboundaryDependence#compute}:
 * the percent of ECA lost when every cross-border link is removed, overall and per country pair.
 *
 * <p>Thread-safe; one run per call.
 */
public final class StorePatchNetworkAnalysis {
    public static final String PATCH_METRICS = "patch-metrics";
    public static final String TRANSBOUNDARY = "transboundary";

    /** Where the links come from. */
    public enum LinkSource {
        EUCLIDEAN, LEAST_COST
    }

    private final SpatialStore store;
    private final Executor executor;

    public StorePatchNetworkAnalysis(SpatialStore store, Executor executor) {
        this.store = store;
        this.executor = executor;
    }

    /** A patch-metrics outcome; {@code corridorRunId} is 0 for Euclidean links. */
    public record PatchOutcome(long runId, long corridorRunId, List<String> layers, PatchGraph graph,
            ConnectivityResult result, List<Feature> features) {
    }

    /** A transboundary outcome. */
    public record TransboundaryOutcome(long runId, long corridorRunId, List<String> layers, PatchGraph graph,
            List<LinkCountryStatistics> links, List<BorderCrossing> crossings, List<CountryPairSummary> pairs,
            DependenceResult dependence, List<Feature> crossingFeatures, List<Feature> shareFeatures,
            List<Feature> pairFeatures) {
    }

    private record Built(PatchGraph graph, SpeciesPatches patches, DispersalKernel kernel,
            StoreCorridorAnalysis.Outcome corridorRun) {
    }

    /** Runs the patch metrics and publishes {@code run_<id>_patch_metrics}. */
    public PatchOutcome patchMetrics(SpeciesCode species, LinkSource source, String user, ProgressListener listener) {
        return patchMetrics(CorridorRequest.of(species), source, null, RunScope.standalone(store, user), listener);
    }

    /**
     * Patch metrics in {@code scope}; with least-cost links, {@code corridors} (a finished corridor run of the
     * same request) is reused, or a corridor run is made in the same scope when null.
     */
    public PatchOutcome patchMetrics(CorridorRequest request, LinkSource source, StoreCorridorAnalysis.Outcome corridors,
            RunScope scope, ProgressListener listener) {
        SpeciesCode species = request.species();
        Built b = build(request, source, corridors, scope, listener.range(0, 0.6));
        long runId = scope.begin(PATCH_METRICS, params(species, source, b));
        try {
            ConnectivityResult result = PatchGraphAnalysis.analyse(b.graph, new ConnectivityOptions(b.kernel,
                    b.patches.landscapeAreaKm2()), listener.range(0.6, 0.9));
            List<Feature> features = PatchNetworkFeatures.patches(b.patches, result);
            List<String> entries = scope.publish(runId, List.of(ResultLayer.vector(
                    "patch_metrics", "Patch connectivity, " + species.code() + ", " + source.name().toLowerCase(Locale.ROOT)
                            + " links", String.format(Locale.ROOT, "PC %.6g, ECA %.1f km2, IIC %.6g; per patch dPC (%%)"
                            + " with its intra/flux/connector fractions, dIIC, flux F and betweenness BC.", result.pc(),
                            result.eca(), result.iic()), "site_importance", PatchNetworkFeatures.PATCHES, features)));
            scope.succeeded(runId, String.format(Locale.ROOT, "ECA %.1f km2", result.eca()));
            listener.progress(1, "Done");
            return new PatchOutcome(runId, b.corridorRun == null ? 0 : b.corridorRun.runId(),
                    entries, b.graph, result, features);
        } catch (RuntimeException e) {
            scope.failed(runId, e.getMessage());
            throw e;
        }
    }

    /** Runs the transboundary statistics and publishes {@code run_<id>_border_crossings}, {@code _country_shares}, {@code _country_pairs}. */
    public TransboundaryOutcome transboundary(SpeciesCode species, String user, ProgressListener listener) {
        return transboundary(CorridorRequest.of(species), null, RunScope.standalone(store, user), listener);
    }

    /** Transboundary statistics in {@code scope}, reusing {@code corridors} when not null (see {@link #patchMetrics}). */
    public TransboundaryOutcome transboundary(CorridorRequest request, StoreCorridorAnalysis.Outcome corridors,
            RunScope scope, ProgressListener listener) {
        SpeciesCode species = request.species();
        Built b = build(request, LinkSource.LEAST_COST, corridors, scope, listener.range(0, 0.6));
        long runId = scope.begin(TRANSBOUNDARY, params(species, LinkSource.LEAST_COST, b));
        try {
            Map<String, Geometry> corridorById = new HashMap<>();
            b.corridorRun.features().corridors().forEach(f -> corridorById.put(f.id(), f.geometry()));
            List<CorridorGeometry> geometries = new ArrayList<>();
            for (Feature f : b.corridorRun.features().paths()) {
                if (Boolean.TRUE.equals(f.get("kept")) && f.geometry() instanceof LineString line) {
                    geometries.add(new CorridorGeometry(f.id(), corridorById.get(f.id()), line));
                }
            }
            List<Country> countries = store.analysisInputs().countries().stream()
                    .map(c -> new Country(c.key(), c.geometry())).toList();
            List<LinkCountryStatistics> perLink = new TransboundaryStatistics(countries).perLink(geometries,
                    listener.range(0.6, 0.75));
            List<BorderCrossing> crossings = perLink.stream().flatMap(l -> l.crossings().stream()).toList();
            Map<String, Set<CountryPair>> pairsByLink = TransboundaryStatistics.pairsByLink(crossings);
            ConnectivityResult result = PatchGraphAnalysis.analyse(b.graph, new ConnectivityOptions(b.kernel,
                    b.patches.landscapeAreaKm2()), listener.range(0.75, 0.85));
            Map<String, Double> dpcByLink = new HashMap<>();
            for (LinkImportance l : result.links()) {
                dpcByLink.put(l.linkId(), l.dPC());
            }
            List<CountryPairSummary> pairs = TransboundaryStatistics.summarisePairs(crossings, dpcByLink);
            DependenceResult dependence = TransboundaryDependence.compute(b.graph, b.kernel, pairsByLink);
            List<Feature> crossingFeatures = PatchNetworkFeatures.crossings(crossings);
            Map<String, LineString> pathById = new LinkedHashMap<>();
            geometries.forEach(g -> pathById.put(g.linkId(), g.path()));
            List<Feature> shareFeatures = PatchNetworkFeatures.shares(perLink, pathById);
            List<Feature> pairFeatures = PatchNetworkFeatures.pairs(pairs, dependence, store.analysisInputs().countries());
            String what = species.code() + ", least-cost links of run " + b.corridorRun.runId();
            List<String> entries = scope.publish(runId, List.of(
                    ResultLayer.vector("border_crossings", "Border crossings, " + what,
                            "Where each least-cost path crosses a border, with the two countries.", "border_crossings",
                            PatchNetworkFeatures.CROSSINGS, crossingFeatures),
                    ResultLayer.vector("country_shares", "Country shares, " + what,
                            "Per link and country: LCP length and corridor area (equal-area) and their shares; geometry"
                                    + " = the link's whole LCP.", "lcp", PatchNetworkFeatures.SHARES, shareFeatures),
                    ResultLayer.vector("country_pairs", "Transboundary dependence, " + what, String.format(Locale.ROOT,
                            "Per country pair: crossing links, their summed dPC and the percent of ECA lost with them"
                                    + " removed. All borders closed: %.2f %% of ECA lost.", dependence.percentEcaLost()),
                            "border_fences", PatchNetworkFeatures.PAIRS, pairFeatures)));
            scope.succeeded(runId, String.format(Locale.ROOT,
                    "%.2f %% of ECA lost with every border closed", dependence.percentEcaLost()));
            listener.progress(1, "Done");
            return new TransboundaryOutcome(runId, b.corridorRun.runId(), entries,
                    b.graph, perLink, crossings, pairs, dependence, crossingFeatures, shareFeatures, pairFeatures);
        } catch (RuntimeException e) {
            scope.failed(runId, e.getMessage());
            throw e;
        }
    }

    private Built build(CorridorRequest request, LinkSource source, StoreCorridorAnalysis.Outcome corridors,
            RunScope scope, ProgressListener listener) {
        SpeciesCode species = request.species();
        double median = store.analysisInputs().speciesParameters(species.code()).medianDispersalMetres();
        if (!(median > 0)) {
            throw new IllegalArgumentException("Species " + species.code() + " has no median dispersal distance"
                    + " (species.median_dispersal_m = " + median + ")");
        }
        DispersalKernel kernel = DispersalKernel.fromMedianDispersal(median);
        SpeciesPatches patches = SpeciesPatches.of(store, request);
        List<PatchLink> links = new ArrayList<>();
        List<Patch> nodes = new ArrayList<>();
        StoreCorridorAnalysis.Outcome run = null;
        if (source == LinkSource.EUCLIDEAN) {
            var toEqualArea = CoordinateTransforms.toEqualArea();
            for (SpeciesPatches.Entry e : patches.patches()) {
                nodes.add(new Patch(e.id(), e.areaKm2(), toEqualArea.apply(e.lonLat())));
            }
            links.addAll(EuclideanLinks.edgeToEdge(nodes, Double.POSITIVE_INFINITY));
        } else {
            run = corridors != null ? corridors : new StoreCorridorAnalysis(store, executor).run(request, scope, listener);
            for (SpeciesPatches.Entry e : patches.patches()) {
                nodes.add(new Patch(e.id(), e.areaKm2()));
            }
            for (var core : run.network().cores()) {
                String expected = patches.patches().get(core.id() - 1).name();
                if (!java.util.Objects.equals(core.name(), expected)) {
                    throw new IllegalStateException("Corridor core " + core.id() + " is \"" + core.name()
                            + "\", patch list has \"" + expected + "\"");
                }
            }
            for (CorridorLink l : run.network().links()) {
                if (l.type().isKept() && Double.isFinite(l.costWeightedDistance())) {
                    links.add(new PatchLink(String.valueOf(l.id()), String.valueOf(l.coreA()),
                            String.valueOf(l.coreB()), l.costWeightedDistance()));
                }
            }
        }
        return new Built(PatchGraph.of(nodes, links), patches, kernel, run);
    }

    private static String params(SpeciesCode species, LinkSource source, Built b) {
        return String.format(Locale.ROOT, "{\"species\":\"%s\",\"links\":\"%s\",\"alpha\":%s,\"landscapeAreaKm2\":%s,"
                + "\"corridorRunId\":%d}", species.code(), source.name().toLowerCase(Locale.ROOT), b.kernel.alpha(),
                b.patches.landscapeAreaKm2(), b.corridorRun == null ? 0 : b.corridorRun.runId());
    }
}
