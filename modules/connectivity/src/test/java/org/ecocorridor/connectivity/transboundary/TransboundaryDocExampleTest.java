package org.ecocorridor.connectivity.transboundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecocorridor.connectivity.graph.TestFiles.fmt;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ecocorridor.connectivity.graph.DispersalKernel;
import org.ecocorridor.connectivity.graph.Patch;
import org.ecocorridor.connectivity.graph.PatchGraph;
import org.ecocorridor.connectivity.graph.PatchLink;
import org.ecocorridor.connectivity.graph.TestFiles;
import org.junit.jupiter.api.Test;

/** The dependence example of docs/algorithms.md is what the code computes (derivation in TransboundaryDependenceTest). */
class TransboundaryDocExampleTest {

    @Test
    void docsShowTheComputedDependenceExample() throws Exception {
        String doc = TestFiles.normalisedText("docs/algorithms.md");
        assumeTrue(doc != null, "docs folder absent");
        PatchGraph graph = PatchGraph.of(
                List.of(new Patch("P1", 10), new Patch("P2", 20), new Patch("P3", 30), new Patch("P4", 40)),
                List.of(new PatchLink("P1", "P2", 1000), new PatchLink("P2", "P3", 2000), new PatchLink("P3", "P4", 1000)));
        DependenceResult d = TransboundaryDependence.compute(graph, DispersalKernel.fromProbabilityAtDistance(0.5, 1000),
                Map.of("P1--P2", Set.of(CountryPair.of("AAA", "BBB")), "P3--P4", Set.of(CountryPair.of("BBB", "CCC"))));
        assertThat(doc).contains(fmt("ECA = √5025 = %.3f; borders closed, only P2–P3 remains: ECA = √3300 = %.3f, D = %.3f %%",
                d.eca(), d.ecaBordersClosed(), d.percentEcaLost()));
        assertThat(doc).contains(fmt("AAA–BBB closed only: √4700 = %.3f, D = %.3f %%", d.pairs().get(0).ecaClosed(),
                d.pairs().get(0).percentEcaLost()));
        assertThat(doc).contains(fmt("BBB–CCC closed only: √3575 = %.3f, D = %.3f %%", d.pairs().get(1).ecaClosed(),
                d.pairs().get(1).percentEcaLost()));
    }
}
