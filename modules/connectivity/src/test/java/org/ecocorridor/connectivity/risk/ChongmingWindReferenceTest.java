package org.ecocorridor.connectivity.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.ecocorridor.connectivity.flyway.FlywaySite;
import org.ecocorridor.connectivity.flyway.SiteRole;
import org.ecocorridor.connectivity.graph.TestFiles;
import org.ecocorridor.connectivity.graph.TestGeoJson;
import org.ecocorridor.core.progress.ProgressListener;
import org.junit.jupiter.api.Test;

/**
 * Real data: WRI Global Power Plant Database v1.3.0 (wind and solar plants of the six countries,
 * properties {@code primary_fuel}, {@code capacity_mw}). Within 50 km of Chongming Dongtan Ramsar
 * site (31.633°N 121.967°E) there are 6 wind plants with 308 MW in total (the project brief's check;
 * the nearest plants lie 9.7 to 43.2 km away and the next beyond 50 km, so the count does not hinge
 * on the buffer edge). A 40 km buffer excludes the 43.2 km Qianwei Phase 2 (40 MW).
 */
class ChongmingWindReferenceTest {

    @Test
    void sixWindPlantsOf308MegawattsWithin50Kilometres() throws Exception {
        Path file = TestFiles.referenceData("energy/gppd_v130_wind_solar_neaspec6.geojson");
        assumeTrue(file != null, "shared reference data absent");
        List<Infrastructure> wind = TestGeoJson.read(file).stream()
                .filter(f -> "Wind".equals(f.string("primary_fuel")))
                .map(f -> new Infrastructure(f.string("name"), InfrastructureKind.WIND_FARM, f.string("name"),
                        f.geometry(), f.number("capacity_mw")))
                .toList();
        FlywaySite dongtan = new FlywaySite("CHONGMING", "Chongming Dongtan", 121.967, 31.633,
                EnumSet.of(SiteRole.WINTERING), 0, 0, true);
        RiskParameters buffers = RiskParameters.defaults().withBuffers(List.of(40.0, 50.0), List.of(1.0, 1.0));

        SiteRisk risk = InfrastructureRisk.assess(List.of(dongtan), wind, buffers, ProgressListener.NONE).get(0);

        assertThat(risk.buffers().get(1).windFarmCount()).isEqualTo(6);
        assertThat(risk.buffers().get(1).windCapacityMw()).isCloseTo(308, within(1e-9));
        assertThat(risk.buffers().get(1).windFarmsUnknownCapacity()).isZero();
        assertThat(risk.buffers().get(0).windFarmCount()).isEqualTo(5);
        assertThat(risk.buffers().get(0).windCapacityMw()).isCloseTo(268, within(1e-9));

        String doc = TestFiles.normalisedText("docs/algorithms.md");
        if (doc != null) {
            assertThat(doc).contains(TestFiles.fmt("there are %d wind plants with %.0f MW in total (%d with %.0f MW within 40 km)",
                    risk.buffers().get(1).windFarmCount(), risk.buffers().get(1).windCapacityMw(),
                    risk.buffers().get(0).windFarmCount(), risk.buffers().get(0).windCapacityMw()));
        }
    }
}
