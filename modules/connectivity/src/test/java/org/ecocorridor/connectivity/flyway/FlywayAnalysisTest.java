package org.ecocorridor.connectivity.flyway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.ecocorridor.core.progress.ProgressListener;
import org.junit.jupiter.api.Test;

/**
 * A hand-built network on a one-degree grid near (0°, 0°), where the geodesic distances are known in
 * closed form: one degree of longitude along the equator is a π/180 = 111.319 km, one degree of
 * latitude from the equator is 110.574 km, and the diagonal of a 1° cell is about 157 km. With a
 * 150 km range only horizontal and vertical neighbours are linked:
 * <pre>
 *   lat 1:  B2            W2
 *           |             |
 *   lat 0:  B1 ── S ───── T ── W1          W3 (10°E, isolated)
 *   lon:    0     1       2    3
 * </pre>
 * Capacities (maximum counts): B1 100, B2 60, S 120, T 200, W1 70, W2 40, W3 500.
 */
class FlywayAnalysisTest {
    private static final FlywayParameters PARAMETERS = new FlywayParameters(150, 5000, CapacityRule.MAX_COUNT, 10);

    static FlywaySite site(String code, double lon, double lat, SiteRole role, int latest, int max, boolean prot) {
        return new FlywaySite(code, "Site " + code, lon, lat, EnumSet.of(role), latest, max, prot);
    }

    static List<FlywaySite> sites() {
        return List.of(site("W3", 10, 0, SiteRole.WINTERING, 500, 500, false),
                site("B1", 0, 0, SiteRole.BREEDING, 80, 100, true),
                site("B2", 0, 1, SiteRole.BREEDING, 60, 60, false),
                site("S", 1, 0, SiteRole.STOPOVER, 120, 120, true),
                site("T", 2, 0, SiteRole.STOPOVER, 150, 200, false),
                site("W1", 3, 0, SiteRole.WINTERING, 70, 70, false),
                site("W2", 2, 1, SiteRole.WINTERING, 40, 40, false));
    }

    @Test
    void legsJoinSitesWithinRange() {
        FlywayNetwork network = FlywayNetwork.build(sites(), 150);
        assertThat(network.sites()).extracting(FlywaySite::code).containsExactly("B1", "B2", "S", "T", "W1", "W2", "W3");
        assertThat(network.legs()).extracting(l -> l.fromCode() + "-" + l.toCode())
                .containsExactly("B1-B2", "B1-S", "S-T", "T-W1", "T-W2");
        assertThat(network.legs().get(1).distanceKm()).isCloseTo(6378.137 * Math.PI / 180, within(1e-6));
        assertThat(network.legs().get(0).distanceKm()).isCloseTo(meridianArcKm(1), within(1e-6));
    }

    /**
     * Meridian arc from the equator to a latitude on WGS 84, M = a (1 − e²) ∫ (1 − e² sin²φ)^(−3/2) dφ,
     * by Simpson's rule with 1,000 intervals (error far below a micrometre); 110.574 km for 1°.
     */
    static double meridianArcKm(double latDegrees) {
        double a = 6_378_137;
        double f = 1 / 298.257223563;
        double e2 = f * (2 - f);
        int n = 1000;
        double h = Math.toRadians(latDegrees) / n;
        double sum = 0;
        for (int i = 0; i <= n; i++) {
            double w = i == 0 || i == n ? 1 : i % 2 == 1 ? 4 : 2;
            sum += w * Math.pow(1 - e2 * Math.sin(i * h) * Math.sin(i * h), -1.5);
        }
        return a * (1 - e2) * sum * h / 3 / 1000;
    }

    @Test
    void flowIsLimitedByTheSharedBreedingSite() {
        FlywayAssessment a = FlywayAnalysis.analyse(FlywayNetwork.build(sites(), 150), PARAMETERS, ProgressListener.NONE);
        // All birds leave through B1 (B2 only reaches B1): min(100, S 120, T 200, W1 70 + W2 40) = 100.
        assertThat(a.maxFlow()).isCloseTo(100, within(1e-9));
        assertThat(a.allWinteringReachable()).isFalse();
        assertThat(a.unreachableWinteringSites()).containsExactly("W3");
        // Routes: {B1, B2} × {W1, W2}.
        assertThat(a.routeCount()).isEqualTo(4);
        assertThat(a.onePercentThreshold()).isEqualTo(50);
    }

    @Test
    void removalLossesAndCriticalFlagsMatchHandDerivation() {
        FlywayAssessment a = FlywayAnalysis.analyse(FlywayNetwork.build(sites(), 150), PARAMETERS, ProgressListener.NONE);
        // Without B1 no bird leaves (B2 is cut off): loss 100; routes B2–W1, B2–W2 lost.
        assertThat(a.site("B1").flowLoss()).isCloseTo(100, within(1e-9));
        assertThat(a.site("B1").routesLost()).isEqualTo(2);
        assertThat(a.site("B1").routeLossPercent()).isCloseTo(50, within(1e-12));
        // Without B2 B1 still fills its capacity: no loss, not critical.
        assertThat(a.site("B2").flowLoss()).isCloseTo(0, within(1e-9));
        assertThat(a.site("B2").critical()).isFalse();
        // S and T are bottlenecks of every route.
        assertThat(a.site("S").routesLost()).isEqualTo(4);
        assertThat(a.site("T").flowLossPercent()).isCloseTo(100, within(1e-9));
        // Without W1 only W2's 40 birds arrive: loss 60 %; without W2, W1's 70: loss 30 %.
        assertThat(a.site("W1").flowLossPercent()).isCloseTo(60, within(1e-9));
        assertThat(a.site("W2").flowLoss()).isCloseTo(30, within(1e-9));
        assertThat(a.site("W2").routesLost()).isZero();
        assertThat(a.site("W3").critical()).isFalse();
        assertThat(a.sites()).filteredOn(SiteAssessment::critical).extracting(SiteAssessment::code)
                .containsExactly("B1", "S", "T", "W1", "W2");
        // Headline: critical and unprotected, by decreasing flow loss.
        assertThat(a.unprotectedCriticalSites()).extracting(SiteAssessment::code).containsExactly("T", "W1", "W2");
    }

    @Test
    void betweennessAndRamsarFlagMatchHandDerivation() {
        FlywayAssessment a = FlywayAnalysis.analyse(FlywayNetwork.build(sites(), 150), PARAMETERS, ProgressListener.NONE);
        // 7 sites: 15 pairs of other sites. The leg graph is a tree B2–B1–S–T–{W1, W2}:
        // B1 lies between B2 and {S, T, W1, W2} (4); S between {B2, B1} and {T, W1, W2} (6);
        // T between {B2, B1, S} and {W1, W2} plus W1–W2 (7).
        assertThat(a.site("B1").betweenness()).isCloseTo(4 / 15.0, within(1e-12));
        assertThat(a.site("S").betweenness()).isCloseTo(6 / 15.0, within(1e-12));
        assertThat(a.site("T").betweenness()).isCloseTo(7 / 15.0, within(1e-12));
        assertThat(a.site("W3").betweenness()).isZero();
        // 1 % of 5,000 = 50 birds: W2 (max 40) misses it.
        assertThat(a.sites()).filteredOn(s -> !s.meetsRamsarCriterion6()).extracting(SiteAssessment::code)
                .containsExactly("W2");
    }

    @Test
    void latestCountRuleUsesLatestCounts() {
        FlywayAssessment a = FlywayAnalysis.analyse(FlywayNetwork.build(sites(), 150),
                PARAMETERS.withCapacityRule(CapacityRule.LATEST_COUNT), ProgressListener.NONE);
        // B1's latest count is 80.
        assertThat(a.maxFlow()).isCloseTo(80, within(1e-9));
        assertThat(a.site("T").capacity()).isEqualTo(150);
    }

    @Test
    void sitesWithSeveralRolesAndValidation() {
        FlywaySite both = new FlywaySite("X", "x", 0, 0, EnumSet.of(SiteRole.WINTERING, SiteRole.BREEDING), 5, 9, false);
        assertThat(both.roles()).containsExactly(SiteRole.BREEDING, SiteRole.WINTERING);
        // A site that is both breeding and wintering sends its own birds to itself: flow = its capacity.
        assertThat(PopulationFlow.maxFlow(FlywayNetwork.build(List.of(both), 100), s -> 9)).isCloseTo(9, within(1e-9));
        assertThatThrownBy(() -> new FlywaySite("X", "x", 200, 0, Set.of(SiteRole.STOPOVER), 0, 0, false))
                .hasMessageContaining("Longitude of site X").hasMessageContaining("200");
        assertThatThrownBy(() -> new FlywaySite("X", "x", 0, 0, Set.of(SiteRole.STOPOVER), 5, 4, false))
                .hasMessageContaining("latestCount 5, maxCount 4");
        assertThatThrownBy(() -> FlywayNetwork.build(List.of(both, both), 100)).hasMessageContaining("Duplicate site code X");
        assertThatThrownBy(() -> SiteRole.of("resting")).hasMessageContaining("resting");
    }
}
