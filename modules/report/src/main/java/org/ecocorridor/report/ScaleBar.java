package org.ecocorridor.report;

import org.apache.sis.referencing.CommonCRS;
import org.apache.sis.referencing.GeodeticCalculator;
import org.ecocorridor.core.crs.CoordinateTransforms;
import org.ecocorridor.core.crs.GeometryTransform;
import org.locationtech.jts.geom.Envelope;

/**
 * The ground scale of a map at its centre, and a round scale-bar length.
 *
 * <p>Ground metres per pixel: two points {@value #PROBE_PX} px apart on the horizontal through the map
 * centre are taken back to WGS 84 longitude and latitude and their geodesic distance on the WGS 84
 * ellipsoid is measured (Karney 2013, through Apache SIS's {@link GeodeticCalculator}), so the bar is
 * right for any CRS: Mercator's 1/cos φ stretch, a UTM zone's 0.9996 central scale, or degrees of
 * longitude shrinking with latitude. It is exact at the centre only; on small-scale maps the scale
 * changes across the map (on EPSG:3857 by 1/cos φ).
 *
 * <p>Lengths are 1, 2 or 5 × 10<sup>n</sup> metres, the largest that fits the allowed width.
 *
 * <p>Thread-safe: stateless.
 */
final class ScaleBar {
    /** Length of the measured probe in pixels. */
    static final int PROBE_PX = 100;

    private ScaleBar() {
    }

    /**
     * Ground metres per pixel along x at the centre of the map.
     *
     * @param bbox    map area in the map CRS, x = east
     * @param epsg    the map CRS
     * @param widthPx map width in pixels
     */
    static double metresPerPixel(Envelope bbox, int epsg, int widthPx) {
        double unitsPerPx = bbox.getWidth() / widthPx;
        double half = unitsPerPx * PROBE_PX / 2;
        double cx = bbox.centre().x;
        double cy = bbox.centre().y;
        GeometryTransform toLonLat = CoordinateTransforms.between(epsg, 4326);
        double[] a = toLonLat.apply(cx - half, cy);
        double[] b = toLonLat.apply(cx + half, cy);
        GeodeticCalculator calc = GeodeticCalculator.create(CommonCRS.WGS84.geographic());
        calc.setStartGeographicPoint(a[1], a[0]);
        calc.setEndGeographicPoint(b[1], b[0]);
        return calc.getGeodesicDistance() / PROBE_PX;
    }

    /** The largest 1, 2 or 5 × 10^n not above {@code maxMetres} (which must be positive). */
    static double niceLength(double maxMetres) {
        if (!(maxMetres > 0) || Double.isInfinite(maxMetres)) {
            throw new IllegalArgumentException("Scale bar room must be positive and finite, got " + maxMetres);
        }
        double power = Math.pow(10, Math.floor(Math.log10(maxMetres)));
        for (double m : new double[] {5, 2, 1}) {
            if (m * power <= maxMetres * (1 + 1e-12)) {
                return m * power;
            }
        }
        return power;
    }

    /** Whether a bar of this length is labelled in kilometres (from 1 km on) rather than metres. */
    static boolean inKilometres(double barMetres) {
        return barMetres >= 1000;
    }

    /** A tick label: the number only, in km or m as chosen for the whole bar ("0", "2.5", "50"). */
    static String number(double metres, boolean km) {
        double v = km ? metres / 1000 : metres;
        return v == Math.rint(v) ? Long.toString((long) v)
                : new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }

    /** The end label with its unit: "50 km", "500 m". */
    static String label(double metres) {
        boolean km = inKilometres(metres);
        return number(metres, km) + (km ? " km" : " m");
    }
}
