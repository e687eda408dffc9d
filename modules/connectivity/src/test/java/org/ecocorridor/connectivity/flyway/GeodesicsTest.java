package org.ecocorridor.connectivity.flyway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GeodesicsTest {
    private final Geodesics geodesics = new Geodesics();

    private static double dms(int d, int m, double s) {
        return Math.signum(d) * (Math.abs(d) + m / 60.0 + s / 3600.0);
    }

    @Test
    void vincentyFlindersPeakToBuninyong() {
        // Vincenty (1975, Survey Review 23:88-93), re-published by Geoscience Australia: Flinders Peak
        // 37°57'03.72030"S 144°25'29.52440"E to Buninyong 37°39'10.15610"S 143°55'35.38390"E is
        // 54,972.271 m on GRS 80; WGS 84's flattening differs by 1e-9 relative, far below 1 mm here.
        double d = geodesics.distanceMetres(dms(144, 25, 29.52440), -dms(37, 57, 3.72030),
                dms(143, 55, 35.38390), -dms(37, 39, 10.15610));
        assertThat(d).isCloseTo(54_972.271, within(0.001));
    }

    @Test
    void geographicLibWellingtonToSalamanca() {
        // GeographicLib documentation example (Karney): 41.32°S 174.81°E to 40.96°N 5.50°W on WGS 84,
        // s12 = 19,959,679.267 m (nearly antipodal: a hard case for iterative methods).
        assertThat(geodesics.distanceMetres(174.81, -41.32, -5.50, 40.96)).isCloseTo(19_959_679.267, within(0.001));
    }

    @Test
    void densifiedPointsAreEvenlySpacedOnTheGeodesic() {
        // Along the equator the geodesic is the equator: 1° = a π / 180 = 111,319.491 m.
        double[] xy = geodesics.densify(0, 0, 3, 0, 50_000);
        assertThat(xy.length / 2).isEqualTo(8); // ceil(333,958 / 50,000) = 7 steps
        assertThat(xy[2]).isCloseTo(3.0 / 7, within(1e-9));
        assertThat(xy[3]).isCloseTo(0, within(1e-9));
        assertThat(geodesics.distanceMetres(0, 0, 3, 0)).isCloseTo(3 * 6_378_137 * Math.PI / 180, within(1e-6));
    }
}
