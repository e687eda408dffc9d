package org.ecocorridor.server.analysis;

import java.util.ArrayList;
import java.util.List;
import org.ecocorridor.connectivity.flyway.FlywayNetwork;
import org.ecocorridor.connectivity.flyway.FlywayParameters;
import org.ecocorridor.connectivity.flyway.FlywaySite;
import org.ecocorridor.connectivity.risk.Infrastructure;
import org.ecocorridor.connectivity.risk.InfrastructureKind;
import org.ecocorridor.connectivity.risk.InfrastructureRisk;
import org.ecocorridor.connectivity.risk.PopulationProjection;
import org.ecocorridor.connectivity.risk.PopulationTrajectory;
import org.ecocorridor.connectivity.risk.RiskParameters;
import org.ecocorridor.connectivity.risk.RiskScenario;
import org.ecocorridor.connectivity.risk.ScenarioResult;
import org.ecocorridor.core.progress.ProgressListener;
import org.ecocorridor.core.species.SpeciesCode;
import org.ecocorridor.store.SpatialStore;

/**
 * "What if this wind farm or line were built?" on stored data, for one waterbird: the sites whose risk
 * rises, the flight legs the new features sit on, the change in maximum population flow
 * ({@link RiskScenario}), and a deterministic population projection with and without the added
 * mortality ({@link PopulationProjection}: N_t = N_0 (λ (1 − m))^t, m = count-weighted mean site risk,
 * N_0 = the species' flyway population, λ its default baseline growth rate; parameters and sources in
 * docs/algorithms.md). Nothing is published: a scenario is a question, not data.
 *
 * <p>Thread-safe; one scenario per call.
 */
public final class EnergyScenario {
    private final SpatialStore store;

    public EnergyScenario(SpatialStore store) {
        this.store = store;
    }

    /**
     * The answer.
     *
     * @param projectionWithout population trajectory with today's infrastructure
     * @param projectionWith    population trajectory with the added features
     */
    public record Outcome(ScenarioResult result, PopulationTrajectory projectionWithout,
            PopulationTrajectory projectionWith) {
    }

    /**
     * Evaluates added features (EPSG:4326; wind farms as points with a capacity in MW, lines as line strings).
     *
     * @param years projection horizon, 10 to 30 intended (1 to 100 accepted)
     */
    public Outcome run(SpeciesCode species, List<Infrastructure> added, int years) {
        FlywayParameters flyway = FlywayParameters.defaults(species);
        List<FlywaySite> sites = StoredSites.of(store, species.code());
        if (sites.isEmpty()) {
            throw new IllegalArgumentException("No flyway site has a role for species " + species.code());
        }
        List<Infrastructure> existing = new ArrayList<>();
        for (InfrastructureKind kind : List.of(InfrastructureKind.WIND_FARM, InfrastructureKind.POWER_LINE)) {
            store.analysisInputs().infrastructureFeatures(kind.code()).forEach(f -> existing.add(
                    new Infrastructure(f.id(), kind, f.name(), f.geometry(), f.capacityMw())));
        }
        RiskParameters risk = RiskParameters.defaults();
        FlywayNetwork network = FlywayNetwork.build(sites, flyway.maxFlightRangeKm());
        ScenarioResult result = RiskScenario.evaluate(network, flyway, existing, added, risk);
        List<Infrastructure> all = new ArrayList<>(existing);
        all.addAll(added);
        double mBefore = PopulationProjection.populationAddedMortality(
                InfrastructureRisk.assess(sites, existing, risk, ProgressListener.NONE), sites, flyway.capacityRule());
        double mAfter = PopulationProjection.populationAddedMortality(
                InfrastructureRisk.assess(sites, all, risk, ProgressListener.NONE), sites, flyway.capacityRule());
        double lambda = PopulationProjection.defaultBaselineGrowthRate(species);
        return new Outcome(result, PopulationProjection.project(flyway.flywayPopulation(), lambda, mBefore, years),
                PopulationProjection.project(flyway.flywayPopulation(), lambda, mAfter, years));
    }
}
