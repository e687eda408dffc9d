package org.ecocorridor.connectivity.flyway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecocorridor.connectivity.graph.TestFiles.fmt;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.stream.Collectors;
import org.ecocorridor.connectivity.graph.TestFiles;
import org.ecocorridor.core.progress.ProgressListener;
import org.junit.jupiter.api.Test;

/** The worked example of docs/algorithms.md ("Flyway stopover networks") is what the code computes. */
class FlywayDocExampleTest {

    @Test
    void docsShowTheComputedExample() throws Exception {
        String doc = TestFiles.normalisedText("docs/algorithms.md");
        assumeTrue(doc != null, "docs folder absent");
        FlywayAssessment a = FlywayAnalysis.analyse(FlywayNetwork.build(FlywayAnalysisTest.sites(), 150),
                new FlywayParameters(150, 5000, CapacityRule.MAX_COUNT, 10), ProgressListener.NONE);
        assertThat(doc).contains(fmt("= %.0f birds; %s is unreachable; there are %d routes", a.maxFlow(),
                String.join(", ", a.unreachableWinteringSites()), a.routeCount()));
        assertThat(doc).contains(fmt("Removing S or T loses all %.0f birds and %d routes; B1 loses %.0f birds and the %d routes of B2",
                a.site("S").flowLoss(), a.site("T").routesLost(), a.site("B1").flowLoss(), a.site("B1").routesLost()));
        assertThat(doc).contains(fmt("W1 %.0f birds (%.0f %%), W2 %.0f (%.0f %%); B2 nothing", a.site("W1").flowLoss(),
                a.site("W1").flowLossPercent(), a.site("W2").flowLoss(), a.site("W2").flowLossPercent()));
        assertThat(doc).contains(fmt("Betweenness: T %d/15, S %d/15, B1 %d/15", Math.round(15 * a.site("T").betweenness()),
                Math.round(15 * a.site("S").betweenness()), Math.round(15 * a.site("B1").betweenness())));
        assertThat(doc).contains("the headline list is " + a.unprotectedCriticalSites().stream()
                .map(SiteAssessment::code).collect(Collectors.joining(", ")) + ".");
        assertThat(doc).contains(fmt("below the 1 %% threshold of %.0f", a.onePercentThreshold()));
    }
}
