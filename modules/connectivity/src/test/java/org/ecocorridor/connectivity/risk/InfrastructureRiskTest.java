package org.ecocorridor.connectivity.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumSet;
import java.util.List;
import org.ecocorridor.connectivity.flyway.FlywaySite;
import org.ecocorridor.connectivity.flyway.SiteRole;
import org.ecocorridor.core.progress.ProgressListener;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * A site at (0°, 0°) with a 50 MW wind farm 0.03° north (meridian arc 3.317 km) and a power line along
 * the meridian 0.02°E (a π/180 · 0.02 = 2,226.39 m east of the site, from 1°S to 1°N). Locally the
 * ellipsoid is flat to ~1e-7 at 10 km, so the line's length inside a disk of radius r is the chord
 * 2 √(r² − x²): 8,953.92 m for 5 km, 19,498.02 m for 10 km, nothing for 1 km.
 */
class InfrastructureRiskTest {
    static final GeometryFactory GF = new GeometryFactory();
    private static final FlywaySite SITE =
            new FlywaySite("S0", "origin", 0, 0, EnumSet.of(SiteRole.WINTERING), 100, 100, false);

    static Infrastructure windFarm(String id, double lon, double lat, double mw) {
        return new Infrastructure(id, InfrastructureKind.WIND_FARM, id, GF.createPoint(new Coordinate(lon, lat)), mw);
    }

    static Infrastructure powerLine(String id, double lon1, double lat1, double lon2, double lat2) {
        return new Infrastructure(id, InfrastructureKind.POWER_LINE, id,
                GF.createLineString(new Coordinate[] {new Coordinate(lon1, lat1), new Coordinate(lon2, lat2)}), Double.NaN);
    }

    @Test
    void buffersCountWindFarmsAndClipPowerLines() {
        List<Infrastructure> infra = List.of(windFarm("wf", 0, 0.03, 50), windFarm("wf-unknown", 0.05, 0, Double.NaN),
                powerLine("pl", 0.02, -1, 0.02, 1),
                new Infrastructure("road", InfrastructureKind.ROAD, "", GF.createPoint(new Coordinate(0, 0)), Double.NaN),
                windFarm("far", 1, 1, 500));
        SiteRisk risk = InfrastructureRisk.assess(List.of(SITE), infra, RiskParameters.defaults(), ProgressListener.NONE)
                .get(0);
        BufferExposure b1 = risk.buffers().get(0);
        BufferExposure b5 = risk.buffers().get(1);
        BufferExposure b10 = risk.buffers().get(2);
        assertThat(b1.windFarmCount()).isZero();
        assertThat(b1.powerLineKm()).isZero();
        // 0.05° of the equator = 5.566 km: only in the 10 km buffer, with unknown capacity.
        assertThat(b5.windFarmCount()).isEqualTo(1);
        assertThat(b5.windCapacityMw()).isEqualTo(50);
        assertThat(b10.windFarmCount()).isEqualTo(2);
        assertThat(b10.windFarmsUnknownCapacity()).isEqualTo(1);
        assertThat(b10.windCapacityMw()).isEqualTo(50);
        assertThat(b5.powerLineKm()).isCloseTo(8.95392, within(0.001));
        assertThat(b10.powerLineKm()).isCloseTo(19.49802, within(0.001));
        // h = 0.3 (1e-4 · 50 + 1e-3 · 8.95392) + 0.1 · 1e-3 · (19.49802 − 8.95392) = 0.0052406; R = 1 − e^−h.
        assertThat(risk.hazard()).isCloseTo(0.0052406, within(1e-6));
        assertThat(risk.riskIndex()).isCloseTo(0.0052269, within(1e-6));
    }

    @Test
    void localProjectionKeepsGeodesicDistancesFromTheCentre() {
        // Radial distance after projection vs the geodesic distance, 47 km east of Chongming Dongtan.
        LocalProjection p = new LocalProjection(121.967, 31.633);
        double[] xy = {122.467, 31.633};
        p.projectInPlace(xy);
        double geodesic = new org.ecocorridor.connectivity.flyway.Geodesics().distanceMetres(121.967, 31.633, 122.467, 31.633);
        assertThat(Math.hypot(xy[0], xy[1])).isCloseTo(geodesic, within(0.2));
    }

    @Test
    void parametersAreValidated() {
        assertThatThrownBy(() -> RiskParameters.defaults().withBuffers(List.of(5.0, 1.0), List.of(1.0, 1.0)))
                .hasMessageContaining("strictly increasing");
        assertThatThrownBy(() -> RiskParameters.defaults().withBuffers(List.of(1.0), List.of(1.0, 1.0)))
                .hasMessageContaining("equal size");
        assertThatThrownBy(() -> windFarm("x", 0, 0, -3)).hasMessageContaining("-3.0");
        assertThatThrownBy(() -> InfrastructureKind.of("pipeline")).hasMessageContaining("pipeline");
    }
}
