package org.ecocorridor.connectivity.flyway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.ecocorridor.connectivity.graph.TestFiles;
import org.ecocorridor.core.species.SpeciesCode;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;

class FlywayInputsTest {

    @Test
    void countSummaryTakesLatestDateAndMaximum() {
        List<CountSummary> s = CountSummary.summarise(List.of(
                new SurveyCount("B", LocalDate.of(2024, 1, 15), 40),
                new SurveyCount("A", LocalDate.of(2023, 1, 15), 90),
                new SurveyCount("A", LocalDate.of(2025, 1, 15), 30),
                new SurveyCount("A", LocalDate.of(2025, 1, 15), 35),
                new SurveyCount("A", LocalDate.of(2024, 1, 15), 60)));
        assertThat(s).containsExactly(new CountSummary("A", LocalDate.of(2025, 1, 15), 35, 90, 4),
                new CountSummary("B", LocalDate.of(2024, 1, 15), 40, 40, 1));
        assertThatThrownBy(() -> new SurveyCount("A", LocalDate.of(2025, 1, 1), -1)).hasMessageContaining("-1");
    }

    @Test
    void protectionFlagFollowsPolygons() {
        GeometryFactory gf = new GeometryFactory();
        FlywaySite inside = FlywayAnalysisTest.site("IN", 120.5, 31.5, SiteRole.STOPOVER, 1, 1, false);
        FlywaySite edge = FlywayAnalysisTest.site("EDGE", 121, 31.2, SiteRole.STOPOVER, 1, 1, false);
        FlywaySite outside = FlywayAnalysisTest.site("OUT", 122.5, 31.5, SiteRole.STOPOVER, 1, 1, true);
        List<FlywaySite> flagged = SiteProtection.flag(List.of(inside, edge, outside),
                List.of(gf.toGeometry(new Envelope(120, 121, 31, 32))));
        assertThat(flagged).extracting(FlywaySite::protectedArea).containsExactly(true, true, false);
    }

    @Test
    void defaultParametersAreTheDemoSpeciesTable() throws Exception {
        Path csv = TestFiles.repository("data/tables/species.csv");
        assumeTrue(csv != null, "repository data folder absent");
        for (String line : Files.readAllLines(csv).subList(1, 7)) {
            String[] f = line.split(",", 10); // code ... flyway_population before the quoted source
            SpeciesCode species = SpeciesCode.of(f[0]);
            if (f[6].isEmpty()) {
                assertThatThrownBy(() -> FlywayParameters.defaults(species)).isInstanceOf(IllegalArgumentException.class);
                continue;
            }
            FlywayParameters p = FlywayParameters.defaults(species);
            assertThat(p.maxFlightRangeKm()).as(f[0]).isEqualTo(Double.parseDouble(f[6]));
            assertThat(p.flywayPopulation()).as(f[0]).isEqualTo(Integer.parseInt(f[7]));
            assertThat(p.capacityRule()).isEqualTo(CapacityRule.MAX_COUNT);
        }
        assertThat(FlywayParameters.defaults(SpeciesCode.HOODED_CRANE).onePercentThreshold()).isEqualTo(150);
        assertThat(EnumSet.allOf(SiteRole.class)).extracting(SiteRole::code)
                .containsExactly("breeding", "stopover", "wintering");
    }
}
