package org.ecocorridor.connectivity.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecocorridor.connectivity.graph.TestFiles.fmt;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

/**
 * The worked example of docs/algorithms.md ("Patch-graph connectivity metrics") shows numbers
 * produced by the code: this test computes them and checks the document shows the same. (The values
 * themselves are checked against hand derivations in {@link HandComputedGraphsTest}.)
 */
class PatchGraphDocExampleTest {

    @Test
    void docsShowTheComputedExample() throws Exception {
        String doc = TestFiles.normalisedText("docs/algorithms.md");
        assumeTrue(doc != null, "docs folder absent");
        ConnectivityResult r = HandComputedGraphsTest.threePatches();
        assertThat(doc).contains(fmt("= %.0f ha²; PC = %.4f;", r.pcNumerator(), r.pc()));
        assertThat(doc).contains(fmt("ECA = √1975 = %.3f ha; IIC = 2500 / 100² = %.2f", r.eca(), r.iic()));
        for (PatchImportance p : r.patches()) {
            assertThat(doc).contains(fmt("| %s | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |", p.patchId(), p.dPC(),
                    p.dPCintra(), p.dPCflux(), p.dPCconnector(), p.flux(), p.betweenness(), p.dIIC()));
        }
        assertThat(doc).contains(fmt("A–B dPC %.3f %% (dIIC %.3f %%), B–C %.3f %% (%.3f %%), A–C %.3f %%",
                r.link("A--B").dPC(), r.link("A--B").dIIC(), r.link("B--C").dPC(), r.link("B--C").dIIC(),
                Math.abs(r.link("A--C").dPC())));
        assertThat(doc).contains(fmt("but dIIC %.3f %%", r.link("A--C").dIIC()));
    }
}
