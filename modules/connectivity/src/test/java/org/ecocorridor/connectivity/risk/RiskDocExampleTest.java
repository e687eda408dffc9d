package org.ecocorridor.connectivity.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecocorridor.connectivity.graph.TestFiles.fmt;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.EnumSet;
import java.util.List;
import org.ecocorridor.connectivity.flyway.CapacityRule;
import org.ecocorridor.connectivity.flyway.FlywayNetwork;
import org.ecocorridor.connectivity.flyway.FlywayParameters;
import org.ecocorridor.connectivity.flyway.FlywaySite;
import org.ecocorridor.connectivity.flyway.SiteRole;
import org.ecocorridor.connectivity.graph.TestFiles;
import org.ecocorridor.core.progress.ProgressListener;
import org.ecocorridor.core.species.SpeciesCode;
import org.junit.jupiter.api.Test;

/**
 * The examples of docs/algorithms.md ("Energy-infrastructure risk near sites") are what the code
 * computes (derivations in InfrastructureRiskTest and ScenarioAndProjectionTest; the Chongming figures
 * are checked in ChongmingWindReferenceTest).
 */
class RiskDocExampleTest {

    @Test
    void docsShowTheComputedExamples() throws Exception {
        String doc = TestFiles.normalisedText("docs/algorithms.md");
        assumeTrue(doc != null, "docs folder absent");
        FlywaySite origin = new FlywaySite("S0", "origin", 0, 0, EnumSet.of(SiteRole.WINTERING), 1, 1, false);
        SiteRisk risk = InfrastructureRisk.assess(List.of(origin), List.of(InfrastructureRiskTest.windFarm("wf", 0, 0.03, 50),
                InfrastructureRiskTest.powerLine("pl", 0.02, -1, 0.02, 1)), RiskParameters.defaults(), ProgressListener.NONE).get(0);
        assertThat(doc).contains(fmt("(%.3f km of it within 5 km, %.3f km within 10 km)", risk.buffers().get(1).powerLineKm(),
                risk.buffers().get(2).powerLineKm()));
        assertThat(doc).contains(fmt("= %.7f, R = %.3f %%", risk.hazard(), 100 * risk.riskIndex()));

        FlywayNetwork network = FlywayNetwork.build(List.of(
                new FlywaySite("B1", "B1", 0, 0, EnumSet.of(SiteRole.BREEDING), 100, 100, false),
                new FlywaySite("W1", "W1", 1, 0, EnumSet.of(SiteRole.WINTERING), 300, 300, false)), 150);
        ScenarioResult s = RiskScenario.evaluate(network, new FlywayParameters(150, 5000, CapacityRule.MAX_COUNT, 10),
                List.of(), List.of(InfrastructureRiskTest.windFarm("new", 0, 0, 1000)), RiskParameters.defaults());
        assertThat(doc).contains(fmt("R = 1 − e^−0.1 = %.3f %% and cuts the flow from %.0f to %.3f birds",
                100 * s.affectedSites().get(0).riskAfter(), s.flowBefore(), s.flowAfter()));

        assertThat(doc).contains(fmt("(7081 / 5222)^(1/4) = %.4f",
                PopulationProjection.defaultBaselineGrowthRate(SpeciesCode.BLACK_FACED_SPOONBILL)));
        PopulationTrajectory t = PopulationProjection.project(1000, 1.05, 0.02, 10);
        assertThat(doc).contains(fmt("after 10 years %,.1f birds without and %,.1f with", t.baseline().get(10),
                t.withAddedMortality().get(10)));
    }
}
