package org.ecocorridor.server.analysis;

import java.util.List;
import java.util.Locale;
import org.ecocorridor.connectivity.flyway.FlywayAnalysis;
import org.ecocorridor.connectivity.flyway.FlywayAssessment;
import org.ecocorridor.connectivity.flyway.FlywayNetwork;
import org.ecocorridor.connectivity.flyway.FlywayParameters;
import org.ecocorridor.connectivity.flyway.FlywaySite;
import org.ecocorridor.core.progress.ProgressListener;
import org.ecocorridor.core.species.SpeciesCode;
import org.ecocorridor.store.SpatialStore;
import org.ecocorridor.store.ingest.ResultLayer;

/**
 * A flyway stopover-network run (process {@value #PROCESS_ID}) on stored data:
 * <ol>
 *   <li>the species' sites with roles, counts and protection flag ({@link StoredSites});</li>
 *   <li>parameters {@link FlywayParameters#defaults(SpeciesCode)} (optionally another maximum flight
 *       range);</li>
 *   <li>{@link FlywayNetwork#build} and {@link FlywayAnalysis#analyse};</li>
 *   <li>published as {@code run_<id>_site_importance} (points, style {@code site_importance}) and
 *       {@code run_<id>_flyway_edges} (lines, style {@code lcp}), all or nothing.</li>
 * </ol>
 *
 * <p>Thread-safe; one run per call.
 */
public final class StoreFlywayAnalysis {
    /** The process id recorded on the run. */
    public static final String PROCESS_ID = "flyway-network";

    private final SpatialStore store;

    public StoreFlywayAnalysis(SpatialStore store) {
        this.store = store;
    }

    /** The outcome: the run id, the published layer names, the network, its assessment and the features. */
    public record Outcome(long runId, List<String> layers, FlywayNetwork network, FlywayAssessment assessment,
            FlywayFeatures features) {
    }

    /**
     * Runs and publishes.
     *
     * @param maxFlightRangeKm longest non-stop leg in km, or NaN for the species' documented default
     * @param user             who asked (recorded on the run and as layer owner), or null
     * @throws IllegalArgumentException for a big cat, a bad range or a species with fewer than 2 sites
     */
    public Outcome run(SpeciesCode species, double maxFlightRangeKm, String user, ProgressListener listener) {
        return run(species, maxFlightRangeKm, RunScope.standalone(store, user), listener);
    }

    /** Runs in {@code scope} (a job's, or a standalone run). */
    public Outcome run(SpeciesCode species, double maxFlightRangeKm, RunScope scope, ProgressListener listener) {
        FlywayParameters parameters = FlywayParameters.defaults(species);
        if (!Double.isNaN(maxFlightRangeKm)) {
            parameters = parameters.withMaxFlightRangeKm(maxFlightRangeKm);
        }
        List<FlywaySite> sites = StoredSites.of(store, species.code());
        if (sites.size() < 2) {
            throw new IllegalArgumentException("Species " + species.code() + " has " + sites.size()
                    + " flyway site(s) with a role; a network needs at least 2");
        }
        String params = String.format(Locale.ROOT, "{\"species\":\"%s\",\"maxFlightRangeKm\":%s,"
                + "\"flywayPopulation\":%d,\"capacityRule\":\"%s\",\"criticalFlowLossPercent\":%s}", species.code(),
                parameters.maxFlightRangeKm(), parameters.flywayPopulation(), parameters.capacityRule(),
                parameters.criticalFlowLossPercent());
        long runId = scope.begin(PROCESS_ID, params);
        try {
            listener.progress(0.05, "Building the flyway network");
            FlywayNetwork network = FlywayNetwork.build(sites, parameters.maxFlightRangeKm());
            FlywayAssessment assessment = FlywayAnalysis.analyse(network, parameters, listener.range(0.05, 0.9));
            listener.progress(0.9, "Publishing layers");
            FlywayFeatures features = FlywayFeatures.of(network, assessment);
            String what = species.code() + ", legs up to " + parameters.maxFlightRangeKm() + " km";
            List<ResultLayer> layers = List.of(
                    ResultLayer.vector("site_importance", "Flyway site importance, " + what,
                            "Per site: roles, counts, flow-model capacity, Ramsar criterion 6 screening, protection,"
                                    + " betweenness, flow and route loss on removal, critical flag.",
                            "site_importance", features.siteSchema(), features.sites()),
                    ResultLayer.vector("flyway_edges", "Flyway legs, " + what,
                            "Site pairs within the maximum non-stop flight range (geodesic km).", "lcp",
                            features.edgeSchema(), features.edges()));
            List<String> entries = scope.publish(runId, layers);
            scope.succeeded(runId, assessment.sites().stream()
                    .filter(s -> s.critical()).count() + " critical sites, " + assessment.unprotectedCriticalSites().size()
                    + " unprotected");
            listener.progress(1, "Done");
            return new Outcome(runId, entries, network, assessment, features);
        } catch (RuntimeException e) {
            scope.failed(runId, e.getMessage());
            throw e;
        }
    }
}
