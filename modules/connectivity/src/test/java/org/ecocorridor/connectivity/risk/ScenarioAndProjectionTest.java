package org.ecocorridor.connectivity.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumSet;
import java.util.List;
import org.ecocorridor.connectivity.flyway.CapacityRule;
import org.ecocorridor.connectivity.flyway.FlightLeg;
import org.ecocorridor.connectivity.flyway.FlywayNetwork;
import org.ecocorridor.connectivity.flyway.FlywayParameters;
import org.ecocorridor.connectivity.flyway.FlywaySite;
import org.ecocorridor.connectivity.flyway.SiteRole;
import org.ecocorridor.core.species.SpeciesCode;
import org.junit.jupiter.api.Test;

class ScenarioAndProjectionTest {

    private static FlywaySite site(String code, double lon, double lat, SiteRole role, int max) {
        return new FlywaySite(code, code, lon, lat, EnumSet.of(role), max, max, false);
    }

    /** The network of FlywayAnalysisTest: B2–B1–S–T–{W1, W2} on a 1° grid, flow 100 limited by B1. */
    private static FlywayNetwork network() {
        return FlywayNetwork.build(List.of(site("B1", 0, 0, SiteRole.BREEDING, 100), site("B2", 0, 1, SiteRole.BREEDING, 60),
                site("S", 1, 0, SiteRole.STOPOVER, 120), site("T", 2, 0, SiteRole.STOPOVER, 200),
                site("W1", 3, 0, SiteRole.WINTERING, 70), site("W2", 2, 1, SiteRole.WINTERING, 40)), 150);
    }

    @Test
    void windFarmAtTheBottleneckCutsTheFlowAndLineAcrossALegFlagsIt() {
        FlywayParameters flyway = new FlywayParameters(150, 5000, CapacityRule.MAX_COUNT, 10);
        // 1,000 MW on B1 itself (weight 1): h = 1e-4 · 1000 = 0.1, R = 1 − e^−0.1 = 0.095163.
        // A power line across the S–T leg at 1.5°E, 55 km from any site.
        List<Infrastructure> added = List.of(InfrastructureRiskTest.windFarm("new-wf", 0, 0, 1000),
                InfrastructureRiskTest.powerLine("new-pl", 1.5, -0.5, 1.5, 0.5));
        ScenarioResult r = RiskScenario.evaluate(network(), flyway, List.of(), added, RiskParameters.defaults());

        assertThat(r.affectedSites()).hasSize(1);
        SiteRiskChange b1 = r.affectedSites().get(0);
        assertThat(b1.siteCode()).isEqualTo("B1");
        assertThat(b1.riskBefore()).isZero();
        assertThat(b1.riskAfter()).isCloseTo(1 - Math.exp(-0.1), within(1e-12));
        assertThat(b1.capacityAfter()).isCloseTo(100 * Math.exp(-0.1), within(1e-9));
        // B1 limits the flow: 100 → 100 e^−0.1 = 90.484 birds.
        assertThat(r.flowBefore()).isCloseTo(100, within(1e-9));
        assertThat(r.flowAfter()).isCloseTo(100 * Math.exp(-0.1), within(1e-9));
        assertThat(r.flowChangePercent()).isCloseTo(-100 * (1 - Math.exp(-0.1)), within(1e-9));
        // Legs ending at B1 pass within 1 km of the wind farm; S–T crosses the line.
        assertThat(r.affectedLegs()).extracting(FlightLeg::fromCode, FlightLeg::toCode).containsExactly(
                org.assertj.core.groups.Tuple.tuple("B1", "B2"), org.assertj.core.groups.Tuple.tuple("B1", "S"),
                org.assertj.core.groups.Tuple.tuple("S", "T"));
    }

    @Test
    void projectionCompoundsGrowthAndAddedMortality() {
        PopulationTrajectory t = PopulationProjection.project(1000, 1.05, 0.02, 10);
        // Independent recurrence N(t+1) = N(t) · λ · (1 − m) instead of the closed form; 1.05^10 = 1.628895.
        double n = 1000;
        for (int year = 0; year < 10; year++) {
            n *= 1.05 * 0.98;
        }
        assertThat(t.years()).isEqualTo(10);
        assertThat(t.baseline().get(10)).isCloseTo(1628.894627, within(1e-6));
        assertThat(t.withAddedMortality().get(10)).isCloseTo(n, within(1e-9));
        assertThat(t.withAddedMortality().get(10)).isCloseTo(1330.925505, within(1e-6));
        assertThat(t.finalShortfall()).isCloseTo(1628.894627 - 1330.925505, within(1e-5));
        assertThat(t.baseline().get(0)).isEqualTo(1000);
        assertThatThrownBy(() -> PopulationProjection.project(1000, 1, 0, 0)).hasMessageContaining("years");
        assertThatThrownBy(() -> PopulationProjection.project(1000, 1, 1.5, 10)).hasMessageContaining("1.5");
    }

    @Test
    void populationMortalityIsTheCountWeightedRisk() {
        List<FlywaySite> sites = List.of(site("A", 0, 0, SiteRole.WINTERING, 100), site("B", 1, 0, SiteRole.WINTERING, 300));
        List<SiteRisk> risks = List.of(new SiteRisk("A", List.of(), 0, 0.1), new SiteRisk("B", List.of(), 0, 0.02));
        // (100 · 0.1 + 300 · 0.02) / 400 = 0.04.
        assertThat(PopulationProjection.populationAddedMortality(risks, sites, CapacityRule.MAX_COUNT))
                .isCloseTo(0.04, within(1e-15));
        // Census 5,222 (2021) → 7,081 (2025): λ = (7081 / 5222)^(1/4) = 1.079107.
        assertThat(PopulationProjection.defaultBaselineGrowthRate(SpeciesCode.BLACK_FACED_SPOONBILL))
                .isCloseTo(1.079107, within(1e-6));
        assertThatThrownBy(() -> PopulationProjection.defaultBaselineGrowthRate(SpeciesCode.AMUR_TIGER))
                .hasMessageContaining("amur_tiger");
    }
}
