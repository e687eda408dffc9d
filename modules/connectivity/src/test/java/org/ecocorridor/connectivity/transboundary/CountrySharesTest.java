package org.ecocorridor.connectivity.transboundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Two square "countries" near the centre of the equal-area CRS: A = 114–115°E, B = 115–116°E, both
 * 44–45°N. Expected areas come from the closed-form area of a graticule cell on the WGS 84 ellipsoid,
 * lengths from the closed-form length of a parallel arc.
 */
class CountrySharesTest {
    static final GeometryFactory GF = new GeometryFactory();
    static final double A = 6_378_137.0;
    static final double F = 1 / 298.257223563;
    static final double E2 = F * (2 - F);

    static Geometry box(double lon1, double lon2, double lat1, double lat2) {
        return GF.toGeometry(new Envelope(lon1, lon2, lat1, lat2));
    }

    static List<Country> twoCountries() {
        return List.of(new Country("AAA", box(114, 115, 44, 45)), new Country("BBB", box(115, 116, 44, 45)));
    }

    /**
     * Ellipsoidal area between two parallels over Δλ (e.g. Snyder 1987, eq. 3-12 for q):
     * S = Δλ b²/2 [q̃(φ)] from φ1 to φ2, q̃(φ) = sinφ/(1 − e² sin²φ) + ln((1 + e sinφ)/(1 − e sinφ)) / (2e).
     */
    static double cellArea(double dLonDeg, double lat1Deg, double lat2Deg) {
        double e = Math.sqrt(E2);
        double b2 = A * A * (1 - E2);
        return Math.toRadians(dLonDeg) * b2 / 2 * (q(Math.toRadians(lat2Deg), e) - q(Math.toRadians(lat1Deg), e));
    }

    private static double q(double phi, double e) {
        double s = Math.sin(phi);
        return s / (1 - E2 * s * s) + Math.log((1 + e * s) / (1 - e * s)) / (2 * e);
    }

    /** Length of a parallel arc: N(φ) cos φ Δλ, N = a / √(1 − e² sin²φ). */
    static double parallelArc(double dLonDeg, double latDeg) {
        double phi = Math.toRadians(latDeg);
        return A / Math.sqrt(1 - E2 * Math.sin(phi) * Math.sin(phi)) * Math.cos(phi) * Math.toRadians(dLonDeg);
    }

    @Test
    void polygonAreaSplitsByCountryOnTheEllipsoid() {
        CountryShares shares = new CountryShares(twoCountries());
        FeatureShares f = shares.measure("lake", box(114.5, 115.5, 44, 44.5));
        double half = cellArea(0.5, 44, 44.5); // about 2,200 km²
        assertThat(f.kind()).isEqualTo(MeasureKind.AREA_SQUARE_METRES);
        // Densified chords of the parallels differ from the true parallels by < 1e-6 relative.
        assertThat(f.totalMeasure()).isCloseTo(2 * half, within(2 * half * 1e-6));
        assertThat(f.country("AAA").orElseThrow().measure()).isCloseTo(half, within(half * 1e-6));
        assertThat(f.country("BBB").orElseThrow().share()).isCloseTo(0.5, within(1e-9));
        assertThat(f.unassignedMeasure()).isCloseTo(0, within(half * 1e-6));

        FeatureShares outside = shares.measure("half-out", box(115.5, 116.5, 44, 45));
        assertThat(outside.shares()).extracting(CountryShare::iso3).containsExactly("BBB");
        assertThat(outside.country("BBB").orElseThrow().share()).isCloseTo(0.5, within(1e-9));
        assertThat(outside.unassignedMeasure()).isCloseTo(cellArea(0.5, 44, 45), within(cellArea(0.5, 44, 45) * 1e-6));
    }

    @Test
    void lineLengthSplitsByCountryOnTheEllipsoid() {
        CountryShares shares = new CountryShares(twoCountries());
        // Along the parallel 44.2°N from 114.6°E to 115.8°E: 0.4° in A, 0.8° in B.
        Geometry line = GF.createLineString(new Coordinate[] {new Coordinate(114.6, 44.2), new Coordinate(115.8, 44.2)});
        FeatureShares f = shares.measure("path", line);
        assertThat(f.kind()).isEqualTo(MeasureKind.LENGTH_METRES);
        // 0.01° chords of the parallel are geodesics shorter than the arc by ~1e-9 relative.
        assertThat(f.totalMeasure()).isCloseTo(parallelArc(1.2, 44.2), within(0.01));
        assertThat(f.country("AAA").orElseThrow().measure()).isCloseTo(parallelArc(0.4, 44.2), within(0.01));
        assertThat(f.country("BBB").orElseThrow().share()).isCloseTo(2.0 / 3, within(1e-8));
        assertThat(f.shares()).extracting(CountryShare::iso3).containsExactly("BBB", "AAA");
    }

    @Test
    void pointsAreCounted() {
        CountryShares shares = new CountryShares(twoCountries());
        Geometry points = GF.createMultiPointFromCoords(new Coordinate[] {new Coordinate(114.2, 44.5),
                new Coordinate(114.7, 44.1), new Coordinate(115.3, 44.9), new Coordinate(120, 44.5)});
        FeatureShares f = shares.measure("sites", points);
        assertThat(f.kind()).isEqualTo(MeasureKind.COUNT);
        assertThat(f.totalMeasure()).isEqualTo(4);
        assertThat(f.country("AAA").orElseThrow().measure()).isEqualTo(2);
        assertThat(f.country("BBB").orElseThrow().share()).isEqualTo(0.25);
        assertThat(f.unassignedMeasure()).isEqualTo(1);
    }

    @Test
    void measureAllSortsByIdAndRejectsBadInput() {
        CountryShares shares = new CountryShares(twoCountries());
        List<FeatureShares> all = shares.measureAll(Map.of("z", box(114.1, 114.2, 44.1, 44.2), "a", box(115.1, 115.2, 44.1, 44.2)));
        assertThat(all).extracting(FeatureShares::featureId).containsExactly("a", "z");
        Geometry utm = box(0, 1, 0, 1);
        utm.setSRID(32652);
        assertThatThrownBy(() -> shares.measure("x", utm)).hasMessageContaining("SRID 32652");
        assertThatThrownBy(() -> new CountryShares(List.of(new Country("AAA", box(0, 1, 0, 1)),
                new Country("AAA", box(1, 2, 0, 1))))).hasMessageContaining("Duplicate country code AAA");
    }
}
