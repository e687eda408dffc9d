package org.ecocorridor.connectivity.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import org.ecocorridor.core.progress.ProgressListener;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

class GraphInputsTest {
    private static final GeometryFactory GF = new GeometryFactory();

    @Test
    void kernelHitsTheCalibrationProbability() {
        DispersalKernel k = DispersalKernel.fromProbabilityAtDistance(0.05, 30_000);
        // alpha = -ln(0.05) / 30 km = 2.9957 / 30,000 per metre.
        assertThat(k.alpha()).isCloseTo(Math.log(20) / 30_000, within(1e-18));
        assertThat(k.probability(30_000)).isCloseTo(0.05, within(1e-15));
        assertThat(DispersalKernel.fromMedianDispersal(15_000).probability(30_000)).isCloseTo(0.25, within(1e-15));
        assertThatThrownBy(() -> DispersalKernel.fromProbabilityAtDistance(1, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("probability");
        assertThatThrownBy(() -> DispersalKernel.fromProbabilityAtDistance(0.5, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("distance");
    }

    @Test
    void graphSortsInputsAndRejectsInconsistencies() {
        PatchGraph g = PatchGraph.of(List.of(new Patch("b", 1), new Patch("a", 2), new Patch("c", 0)),
                List.of(new PatchLink("b", "a", 5)));
        assertThat(g.patches()).extracting(Patch::id).containsExactly("a", "b", "c");
        assertThat(g.components()).containsExactly(Set.of("a", "b"), Set.of("c"));
        assertThatThrownBy(() -> PatchGraph.of(List.of(new Patch("a", 1), new Patch("a", 2)), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Duplicate patch id a");
        assertThatThrownBy(() -> PatchGraph.of(List.of(new Patch("a", 1)), List.of(new PatchLink("a", "z", 1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown patch z");
        assertThatThrownBy(() -> new PatchLink("a", "a", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Patch("a", -1)).hasMessageContaining("-1.0");
        assertThatThrownBy(() -> new PatchLink("a", "b", Double.NaN)).hasMessageContaining("NaN");
    }

    @Test
    void allZeroAttributesAreRejected() {
        PatchGraph g = PatchGraph.of(List.of(new Patch("a", 0)), List.of());
        assertThatThrownBy(() -> PatchGraphAnalysis.eca(g, DispersalKernel.fromMedianDispersal(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sum of patch attributes");
    }

    @Test
    void removingLinksOnlyLowersEca() {
        PatchGraph g = PatchGraph.of(List.of(new Patch("a", 3), new Patch("b", 4)), List.of(new PatchLink("a", "b", 0)));
        DispersalKernel k = DispersalKernel.fromMedianDispersal(100);
        // A zero-length link gives p = 1: ECA = a + b = 7 (one merged patch); without it sqrt(9 + 16) = 5.
        assertThat(PatchGraphAnalysis.eca(g, k)).isCloseTo(7, within(1e-12));
        assertThat(PatchGraphAnalysis.eca(g.withoutLinks(l -> true), k)).isCloseTo(5, within(1e-12));
    }

    @Test
    void cancellationStopsTheAnalysis() {
        PatchGraph g = PatchGraph.of(List.of(new Patch("a", 3), new Patch("b", 4)), List.of(new PatchLink("a", "b", 1)));
        ProgressListener cancelled = new ProgressListener() {
            @Override
            public void progress(double fraction, String message) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> PatchGraphAnalysis.analyse(g,
                new ConnectivityOptions(DispersalKernel.fromMedianDispersal(1), 10), cancelled))
                .isInstanceOf(CancellationException.class);
    }

    @Test
    void edgeToEdgeLinksUseOutlineGaps() {
        // Unit squares of 100 m: a at x 0–100, b at 250–350 (gap 150 m), c at 250–350 and y 400–500
        // (gap 300 m to b vertically, sqrt(150² + 300²) = 335.4 m to a corner to corner).
        List<Patch> patches = List.of(new Patch("a", 1, square(0, 0)), new Patch("b", 1, square(250, 0)),
                new Patch("c", 1, square(250, 400)));
        List<PatchLink> links = EuclideanLinks.edgeToEdge(patches, 320);
        assertThat(links).containsExactly(new PatchLink("a", "b", 150), new PatchLink("b", "c", 300));
        assertThat(EuclideanLinks.edgeToEdge(patches, Double.POSITIVE_INFINITY)).hasSize(3)
                .anySatisfy(l -> assertThat(l.distance()).isCloseTo(Math.hypot(150, 300), within(1e-9)));
        Geometry degrees = square(0, 0);
        degrees.setSRID(4326);
        assertThatThrownBy(() -> EuclideanLinks.edgeToEdge(List.of(new Patch("x", 1, degrees)), 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("EPSG:4326");
    }

    private static Geometry square(double x, double y) {
        return GF.toGeometry(new Envelope(x, x + 100, y, y + 100));
    }
}
