package org.ecocorridor.connectivity.transboundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.ecocorridor.connectivity.transboundary.CountrySharesTest.GF;
import static org.ecocorridor.connectivity.transboundary.CountrySharesTest.box;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ecocorridor.connectivity.graph.DispersalKernel;
import org.ecocorridor.connectivity.graph.Patch;
import org.ecocorridor.connectivity.graph.PatchGraph;
import org.ecocorridor.connectivity.graph.PatchLink;
import org.ecocorridor.core.progress.ProgressListener;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;

/**
 * Three patches: P1 (10) in AAA, P2 (20) and P3 (30) in BBB; links P1–P2 (1 km, p = 1/2) across
 * the border and P2–P3 (2 km, p = 1/4) inside BBB; a third country CCC north of both with a link
 * P3–P4 (P4 = 40 in CCC, 1 km).
 */
class TransboundaryDependenceTest {
    private static final DispersalKernel KERNEL = DispersalKernel.fromProbabilityAtDistance(0.5, 1000);

    private static LineString segment(double lon1, double lat1, double lon2, double lat2) {
        return GF.createLineString(new Coordinate[] {new Coordinate(lon1, lat1), new Coordinate(lon2, lat2)});
    }

    @Test
    void closingBordersRemovesTheCrossingLinksFromEca() {
        List<Country> countries = List.of(new Country("AAA", box(114, 115, 44, 45)),
                new Country("BBB", box(115, 116, 44, 45)), new Country("CCC", box(115, 116, 45, 46)));
        TransboundaryStatistics stats = new TransboundaryStatistics(countries);
        List<LinkCountryStatistics> perLink = stats.perLink(List.of(
                new CorridorGeometry("P1--P2", box(114.9, 115.3, 44.4, 44.6), segment(114.9, 44.5, 115.3, 44.5)),
                new CorridorGeometry("P2--P3", null, segment(115.3, 44.5, 115.6, 44.5)),
                new CorridorGeometry("P3--P4", null, segment(115.6, 44.5, 115.6, 45.5))), ProgressListener.NONE);
        assertThat(perLink).extracting(LinkCountryStatistics::crossesBorder).containsExactly(true, false, true);
        // The corridor box spans 0.1° in AAA and 0.3° in BBB, at equal latitudes: shares 1/4 and 3/4 (equal area).
        FeatureShares corridor = perLink.get(0).corridorArea().orElseThrow();
        assertThat(corridor.country("BBB").orElseThrow().share()).isCloseTo(0.75, within(1e-6));
        assertThat(perLink.get(1).corridorArea()).isEmpty();
        assertThat(perLink.get(2).pathLength().country("CCC").orElseThrow().share()).isCloseTo(0.5, within(0.01));

        List<BorderCrossing> crossings = perLink.stream().flatMap(l -> l.crossings().stream()).toList();
        Map<String, Set<CountryPair>> pairs = TransboundaryStatistics.pairsByLink(crossings);
        assertThat(pairs).containsOnlyKeys("P1--P2", "P3--P4");

        List<CountryPairSummary> summaries = TransboundaryStatistics.summarisePairs(crossings,
                Map.of("P1--P2", 11.5, "P2--P3", 3.0, "P3--P4", 2.25));
        assertThat(summaries).extracting(CountryPairSummary::pair)
                .containsExactly(CountryPair.of("BBB", "AAA"), CountryPair.of("CCC", "BBB"));
        assertThat(summaries.get(0).summedImportance()).isEqualTo(11.5);
        assertThat(summaries.get(1).linkIds()).containsExactly("P3--P4");

        PatchGraph graph = PatchGraph.of(
                List.of(new Patch("P1", 10), new Patch("P2", 20), new Patch("P3", 30), new Patch("P4", 40)),
                List.of(new PatchLink("P1", "P2", 1000), new PatchLink("P2", "P3", 2000), new PatchLink("P3", "P4", 1000)));
        DependenceResult d = TransboundaryDependence.compute(graph, KERNEL, pairs);
        // p*: 12 1/2, 23 1/4, 34 1/2, 13 1/8, 24 1/8, 14 1/16.
        // PCnum = 100 + 400 + 900 + 1600 + 2 (100 + 150 + 600 + 37.5 + 100 + 25) = 3000 + 2025 = 5025.
        assertThat(d.eca()).isCloseTo(Math.sqrt(5025), within(1e-9));
        // Borders closed: only P2–P3 remains: 3000 + 2 · 150 = 3300.
        assertThat(d.ecaBordersClosed()).isCloseTo(Math.sqrt(3300), within(1e-9));
        assertThat(d.percentEcaLost()).isCloseTo(100 * (1 - Math.sqrt(3300.0 / 5025)), within(1e-9));
        // AAA–BBB closed only: P2–P3–P4 remain: 3000 + 2 (150 + 600 + 100) = 4700.
        assertThat(d.pairs().get(0).pair()).isEqualTo(CountryPair.of("AAA", "BBB"));
        assertThat(d.pairs().get(0).ecaClosed()).isCloseTo(Math.sqrt(4700), within(1e-9));
        // BBB–CCC closed only: P1–P2–P3 remain: 3000 + 2 (100 + 150 + 37.5) = 3575.
        assertThat(d.pairs().get(1).percentEcaLost()).isCloseTo(100 * (1 - Math.sqrt(3575.0 / 5025)), within(1e-9));

        assertThatThrownBy(() -> TransboundaryDependence.compute(graph, KERNEL,
                Map.of("nope", Set.of(CountryPair.of("AAA", "BBB"))))).hasMessageContaining("nope");
    }
}
