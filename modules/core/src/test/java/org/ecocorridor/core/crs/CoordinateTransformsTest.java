package org.ecocorridor.core.crs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.densify.Densifier;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

class CoordinateTransformsTest {
    private static final double A = 6378137.0;             // WGS 84 semi-major axis (m)
    private static final double F = 1 / 298.257223563;     // WGS 84 flattening
    private static final double E2 = F * (2 - F);          // first eccentricity squared
    private final GeometryFactory gf = new GeometryFactory();

    @Test
    void webMercatorMatchesClosedForm() {
        // Spherical Mercator on R = a: x = a·λ, y = a·ln tan(π/4 + φ/2) (EPSG guidance note 7-2, 1.3.3.2).
        double[] p = CoordinateTransforms.between(4326, 3857).apply(131.0, 43.0);
        assertThat(p[0]).isCloseTo(A * Math.toRadians(131.0), within(1e-6));
        assertThat(p[1]).isCloseTo(A * Math.log(Math.tan(Math.PI / 4 + Math.toRadians(43.0) / 2)), within(1e-6));
    }

    @Test
    void epsg4326IsLongitudeFirstInside() {
        // If SIS's authority order (lat, lon) leaked through, x would be 43 ° → x ≈ 4.8e6 m, not 14.6e6 m.
        double[] p = CoordinateTransforms.between(4326, 3857).apply(131.0, 43.0);
        assertThat(p[0]).isGreaterThan(14e6);
    }

    @Test
    void utmCentralMeridianScaleMatchesMeridianRadius() {
        // On UTM 52N's central meridian (129°E) easting is 500 000 m exactly, and a small step dφ
        // maps to northing k0·ρ(φ)·dφ with ρ = a(1−e²)/(1−e²sin²φ)^1.5, k0 = 0.9996 (Snyder 1987, §8).
        GeometryTransform t = CoordinateTransforms.between(4326, 32652);
        double[] p1 = t.apply(129.0, 43.0);
        double[] p2 = t.apply(129.0, 43.001);
        double phi = Math.toRadians(43.0005);
        double rho = A * (1 - E2) / Math.pow(1 - E2 * Math.sin(phi) * Math.sin(phi), 1.5);
        assertThat(p1[0]).isCloseTo(500_000.0, within(1e-6));
        assertThat(p2[1] - p1[1]).isCloseTo(0.9996 * rho * Math.toRadians(0.001), within(1e-4));
    }

    @Test
    void equalAreaPreservesEllipsoidalCellArea() {
        // Area of the ellipsoidal quadrangle between φ1, φ2 and Δλ (Snyder 1987, eq. 3-12 with q):
        // A = b²·Δλ/2 · [g(φ2) − g(φ1)], g(φ) = sinφ/(1−e²sin²φ) + ln((1+e·sinφ)/(1−e·sinφ))/(2e).
        double lon0 = 132.0;
        double lat1 = 44.5;
        double lat2 = 45.5;
        Geometry cell = gf.toGeometry(new Envelope(lon0, lon0 + 1, lat1, lat2));
        Geometry projected = CoordinateTransforms.toEqualArea().apply(Densifier.densify(cell, 0.001));
        double b2 = A * A * (1 - E2);
        double expected = b2 * Math.toRadians(1.0) / 2 * (g(Math.toRadians(lat2)) - g(Math.toRadians(lat1)));
        assertThat(projected.getArea()).isCloseTo(expected, within(expected * 1e-6));
    }

    private static double g(double phi) {
        double e = Math.sqrt(E2);
        double s = Math.sin(phi);
        return s / (1 - E2 * s * s) + Math.log((1 + e * s) / (1 - e * s)) / (2 * e);
    }

    @Test
    void koreanNationalGridIsKnown() {
        // EPSG:5179 (Korea 2000 / Unified CS) needs the embedded EPSG database.
        assertThat(CoordinateTransforms.isKnown(5179)).isTrue();
        assertThat(CoordinateTransforms.isGeographic(4326)).isTrue();
        assertThat(CoordinateTransforms.isGeographic(32652)).isFalse();
    }

    @Test
    void unknownCodeIsRejectedWithItsValue() {
        assertThatThrownBy(() -> CoordinateTransforms.crs(999_999))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("EPSG:999999");
    }

    @Test
    void esriPrjIsIdentified() {
        String prj = "GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],"
                + "PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]";
        assertThat(CoordinateTransforms.epsgOfWkt(prj)).hasValue(4326);
        String utm = "PROJCS[\"WGS_1984_UTM_Zone_52N\",GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\","
                + "SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],PRIMEM[\"Greenwich\",0.0],"
                + "UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Transverse_Mercator\"],"
                + "PARAMETER[\"False_Easting\",500000.0],PARAMETER[\"False_Northing\",0.0],"
                + "PARAMETER[\"Central_Meridian\",129.0],PARAMETER[\"Scale_Factor\",0.9996],"
                + "PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Meter\",1.0]]";
        assertThat(CoordinateTransforms.epsgOfWkt(utm)).hasValue(32652);
    }

    @Test
    void envelopeTransformEnclosesCurvedEdges() {
        // A lon/lat box's top edge bows north in LAEA; sampled bounds must enclose the mid-edge point.
        GeometryTransform t = CoordinateTransforms.toEqualArea();
        Envelope box = t.apply(new Envelope(125, 135, 40, 50), 16);
        double[] midTop = t.apply(130, 50);
        assertThat(box.contains(midTop[0], midTop[1])).isTrue();
    }
}
