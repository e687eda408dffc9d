package org.ecocorridor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

class ScaleBarTest {
    private static final double A = 6378137.0;
    private static final double E2 = 0.00669437999014; // WGS 84 first eccentricity squared

    @Test
    void webMercatorGroundScaleShrinksWithTheCosineOfLatitude() {
        // Centre y = 5 000 000 m on EPSG:3857: φ = 2·atan(exp(y/a)) − π/2 = 40.9302…°.
        // x = a·λ, so one map metre is 1/a radians of longitude; along the parallel that is
        // N(φ)·cos φ / a ground metres, N = a / sqrt(1 − e² sin² φ) (the ellipsoid's prime-vertical radius).
        // 1000 px over 200 km: 200 map metres per px, × cos φ / sqrt(1 − e² sin² φ) ≈ 151.4 m.
        Envelope bbox = new Envelope(14_000_000, 14_200_000, 4_900_000, 5_100_000);
        double phi = 2 * Math.atan(Math.exp(5_000_000 / A)) - Math.PI / 2;
        double expected = 200 * Math.cos(phi) / Math.sqrt(1 - E2 * Math.sin(phi) * Math.sin(phi));
        // the 100 px probe is a geodesic, not the parallel: shorter by ~(d²/24)·tan²φ/N², far below 1e-6
        assertThat(ScaleBar.metresPerPixel(bbox, 3857, 1000)).isCloseTo(expected, within(expected * 1e-6));
        assertThat(expected).isCloseTo(151.4, within(0.1));
    }

    @Test
    void utmScaleIsTheCentralScaleFactorOnTheCentralMeridian() {
        // UTM zone 52N (EPSG:32652): on the central meridian (easting 500 000 m) the point scale is
        // k0 = 0.9996 in every direction (the projection is conformal), so a map metre is 1/0.9996
        // ground metres. 1600 px over 160 km: 100 map m per px -> 100.040 m. Over the ±5 km probe k
        // grows by at most x²/(2R²) ≈ 3e-7.
        Envelope bbox = new Envelope(420_000, 580_000, 4_700_000, 4_800_000);
        assertThat(ScaleBar.metresPerPixel(bbox, 32652, 1600)).isCloseTo(100 / 0.9996, within(100 / 0.9996 * 1e-6));
    }

    @Test
    void geographicDegreesOfLongitudeAreMeasuredOnTheEllipsoid() {
        // EPSG:4326 at the equator: one degree of longitude is a·π/180 = 111 319.49 m.
        Envelope bbox = new Envelope(10, 20, -5, 5);
        assertThat(ScaleBar.metresPerPixel(bbox, 4326, 1000)).isCloseTo(0.01 * A * Math.PI / 180,
                within(0.01 * A * Math.PI / 180 * 1e-6));
    }

    @Test
    void lengthsAreOneTwoOrFiveTimesAPowerOfTen() {
        assertThat(ScaleBar.niceLength(73_000)).isEqualTo(50_000);
        assertThat(ScaleBar.niceLength(49_999)).isEqualTo(20_000);
        assertThat(ScaleBar.niceLength(5_000)).isEqualTo(5_000);
        assertThat(ScaleBar.niceLength(1_999)).isEqualTo(1_000);
        assertThat(ScaleBar.niceLength(0.9)).isEqualTo(0.5);
        assertThat(ScaleBar.label(50_000)).isEqualTo("50 km");
        assertThat(ScaleBar.number(25_000, true)).isEqualTo("25");
        assertThat(ScaleBar.number(500, true)).isEqualTo("0.5");
        assertThat(ScaleBar.label(200)).isEqualTo("200 m");
    }
}
