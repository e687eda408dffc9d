package org.ecocorridor.connectivity.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.ecocorridor.core.progress.ProgressListener;
import org.junit.jupiter.api.Test;

/**
 * Graphs small enough to compute by hand. The kernel is p = 0.5 at 1,000 m, so a 1,000 m link has
 * p = 1/2, 2,000 m has 1/4, 3,000 m has 1/8 and 4,000 m has 1/16: every p* below is an exact product
 * of powers of two.
 */
class HandComputedGraphsTest {
    private static final DispersalKernel KERNEL = DispersalKernel.fromProbabilityAtDistance(0.5, 1000);
    private static final double EPS = 1e-12;

    /**
     * Three patches A (10 ha), B (20 ha), C (30 ha); links A–B 1 km, B–C 2 km, A–C 4 km; A_L = 100 ha.
     * This is the worked example of docs/algorithms.md.
     */
    static ConnectivityResult threePatches() {
        PatchGraph graph = PatchGraph.of(
                List.of(new Patch("A", 10), new Patch("B", 20), new Patch("C", 30)),
                List.of(new PatchLink("A", "B", 1000), new PatchLink("B", "C", 2000), new PatchLink("A", "C", 4000)));
        return PatchGraphAnalysis.analyse(graph, new ConnectivityOptions(KERNEL, 100), ProgressListener.NONE);
    }

    @Test
    void threePatchIndicesMatchHandDerivation() {
        ConnectivityResult r = threePatches();
        // p*_AB = 1/2, p*_BC = 1/4, p*_AC = max(1/16 direct, 1/2 * 1/4 via B) = 1/8.
        // PCnum = 10² + 20² + 30² + 2 (10·20·1/2 + 20·30·1/4 + 10·30·1/8) = 1400 + 2 · 287.5 = 1975.
        assertThat(r.pcNumerator()).isCloseTo(1975, within(EPS));
        assertThat(r.pc()).isCloseTo(0.1975, within(EPS));
        assertThat(r.eca()).isCloseTo(Math.sqrt(1975), within(EPS)); // 44.441 ha
        // Every pair is one link apart: IICnum = 1400 + 2 (200 + 600 + 300) / 2 = 2500.
        assertThat(r.iicNumerator()).isCloseTo(2500, within(EPS));
        assertThat(r.iic()).isCloseTo(0.25, within(EPS));
        assertThat(r.componentCount()).isEqualTo(1);
    }

    @Test
    void threePatchConnectorIsTheDetourThroughB() {
        PatchImportance b = threePatches().patch("B");
        // Without B: PCnum' = 10² + 30² + 2 · 10 · 30 / 16 = 1037.5, so dPC = 100 · 937.5 / 1975.
        assertThat(b.dPC()).isCloseTo(100 * 937.5 / 1975, within(1e-9)); // 47.468 %
        assertThat(b.dPCintra()).isCloseTo(100 * 400.0 / 1975, within(1e-9)); // 20.253 %
        // Flux terms: 2 · 20 · (10 · 1/2 + 30 · 1/4) = 500.
        assertThat(b.dPCflux()).isCloseTo(100 * 500.0 / 1975, within(1e-9)); // 25.316 %
        // Connector: A–C falls from 1/8 to 1/16: 2 · 10 · 30 · 1/16 = 37.5.
        assertThat(b.dPCconnector()).isCloseTo(100 * 37.5 / 1975, within(1e-9)); // 1.899 %
        assertThat(b.flux()).isCloseTo(12.5, within(EPS));
        // Only the pair A–C passes through B: BC = 10 · 30 · 1/8.
        assertThat(b.betweenness()).isCloseTo(37.5, within(EPS));
        // Without B: IICnum' = 100 + 900 + 2 · 300 / 2 = 1300; dIIC = 100 · 1200 / 2500.
        assertThat(b.dIIC()).isCloseTo(48, within(1e-9));
    }

    @Test
    void threePatchLinkImportance() {
        ConnectivityResult r = threePatches();
        // A–C (4 km) is bypassed by A–B–C (1/8 > 1/16): removing it loses nothing in PC ...
        assertThat(r.link("A--C").dPC()).isCloseTo(0, within(1e-9));
        // ... but A–C becomes two links apart: IICnum' = 2500 − 2 · 300 · (1/2 − 1/3) = 2400.
        assertThat(r.link("A--C").dIIC()).isCloseTo(4, within(1e-9));
        // Without A–B: p*_AB = 1/16 · 1/4 via C, p*_AC = 1/16.
        // PCnum' = 1400 + 2 (200/64 + 150 + 300/16) = 1743.75, dPC = 100 · 231.25 / 1975.
        assertThat(r.link("A--B").dPC()).isCloseTo(100 * 231.25 / 1975, within(1e-9)); // 11.709 %
        assertThat(r.link("A--B").probability()).isCloseTo(0.5, within(EPS));
    }

    /**
     * Five patches: A (1), B (2), C (1), D (2), E (4, isolated); links A–B 1 km, B–C 1 km, C–D 2 km,
     * B–D 3 km; A_L = 20. B–D direct (1/8) ties with B–C–D (1/2 · 1/4), and A–D has two maximum-product
     * paths A–B–D and A–B–C–D (1/16 each).
     */
    static ConnectivityResult fivePatches() {
        PatchGraph graph = PatchGraph.of(
                List.of(new Patch("A", 1), new Patch("B", 2), new Patch("C", 1), new Patch("D", 2), new Patch("E", 4)),
                List.of(new PatchLink("A", "B", 1000), new PatchLink("B", "C", 1000), new PatchLink("C", "D", 2000),
                        new PatchLink("B", "D", 3000)));
        return PatchGraphAnalysis.analyse(graph, new ConnectivityOptions(KERNEL, 20), ProgressListener.NONE);
    }

    @Test
    void fivePatchIndicesMatchHandDerivation() {
        ConnectivityResult r = fivePatches();
        // Σa² = 26; pairs: AB 1, AC 0.25, AD 0.125, BC 1, BD 0.5, CD 0.5 (sum 3.375); PCnum = 26 + 6.75.
        assertThat(r.pcNumerator()).isCloseTo(32.75, within(EPS));
        assertThat(r.pc()).isCloseTo(32.75 / 400, within(EPS));
        // nl: AB 1, AC 2, AD 2, BC 1, BD 1, CD 1: IICnum = 26 + 2 (1 + 1/3 + 2/3 + 1 + 2 + 1) = 38.
        assertThat(r.iicNumerator()).isCloseTo(38, within(1e-12));
        assertThat(r.componentCount()).isEqualTo(2);
    }

    @Test
    void fivePatchImportancesMatchHandDerivation() {
        ConnectivityResult r = fivePatches();
        // Without B, A is cut off and only C–D (1/4) remains: PCnum' = 22 + 2 · 2 · 1/4 = 23.
        PatchImportance b = r.patch("B");
        assertThat(b.dPC()).isCloseTo(100 * 9.75 / 32.75, within(1e-9));
        assertThat(b.dPCintra()).isCloseTo(100 * 4 / 32.75, within(1e-9));
        assertThat(b.dPCflux()).isCloseTo(100 * 2 * 2 * (0.5 + 0.5 + 2 * 0.125) / 32.75, within(1e-9));
        assertThat(b.dPCconnector()).isCloseTo(100 * 2 * (0.25 + 0.125) / 32.75, within(1e-9));
        // Without B, IIC keeps C–D only: 22 + 2 · 2 / 2 = 24.
        assertThat(b.dIIC()).isCloseTo(100 * 14.0 / 38, within(1e-9));
        // C is a tied alternative only: removing it changes no other pair, so its connector part is 0 ...
        PatchImportance c = r.patch("C");
        assertThat(c.dPCconnector()).isCloseTo(0, within(1e-12));
        assertThat(c.dPC()).isCloseTo(100 * 4.5 / 32.75, within(1e-9));
        // ... yet betweenness credits it with half of the tied pairs: A–D 1·2/16 / 2 + B–D 2·2/8 / 2.
        assertThat(c.betweenness()).isCloseTo(0.0625 + 0.25, within(EPS));
        // B is on A–C (1·1/4) and on both A–D paths (1·2/16).
        assertThat(b.betweenness()).isCloseTo(0.25 + 0.125, within(EPS));
        assertThat(r.patch("A").betweenness()).isZero();
        // The isolated E contributes only its own area.
        PatchImportance e = r.patch("E");
        assertThat(e.dPC()).isCloseTo(100 * 16 / 32.75, within(1e-9));
        assertThat(e.dPCflux()).isZero();
        assertThat(e.flux()).isZero();
    }

    @Test
    void fivePatchLinkImportanceMatchesHandDerivation() {
        ConnectivityResult r = fivePatches();
        // B–D has a tied alternative B–C–D: no PC loss; IIC loses B–D (1 → 2 links) and A–D (2 → 3):
        // 2 (2·2 (1/2 − 1/3) + 1·2 (1/3 − 1/4)) = 5/3.
        assertThat(r.link("B--D").dPC()).isCloseTo(0, within(1e-12));
        assertThat(r.link("B--D").dIIC()).isCloseTo(100 * (5.0 / 3) / 38, within(1e-9));
        // Without C–D, C–D goes through B (1/2 · 1/8): loss 2 · 1 · 2 · (1/4 − 1/16) = 0.75.
        assertThat(r.link("C--D").dPC()).isCloseTo(100 * 0.75 / 32.75, within(1e-9));
    }
}
