package org.ecocorridor.ogc.render;

import javax.measure.Unit;
import javax.measure.quantity.Angle;
import javax.measure.quantity.Length;
import org.apache.sis.measure.Units;
import org.ecocorridor.core.crs.CoordinateTransforms;
import org.locationtech.jts.geom.Envelope;

/**
 * OGC scale denominators (SLD 1.0 §10.2.2, SE 1.1 §10.2, WMS 1.3.0 §7.2.4.6.9):
 * <pre>
 *   scale = (bbox width in metres / width in pixels) / pixel size in metres,
 *   pixel size = 0.0254 / dpi  (= 0.00028 m at the standard 90.714 dpi).
 * </pre>
 * For geographic CRSs the width in degrees is converted with {@link #METRES_PER_DEGREE} =
 * 6378137 · π / 180 ≈ 111 319.49 m, the length of one degree on the WGS 84 equator, as GeoServer and
 * MapServer do; the result is therefore exact only at the equator (at 45° N the true ground scale
 * is 0.71 of it). Projected CRSs use their axis unit (metres for EPSG:3857, UTM, LAEA); the
 * projection's scale factor is not applied, as the OGC definition asks.
 *
 * <p>Thread-safe: stateless.
 */
public final class ScaleDenominators {
    /** Metres per degree on the WGS 84 equator: 6378137 · π / 180. */
    public static final double METRES_PER_DEGREE = 6378137.0 * Math.PI / 180.0;

    private ScaleDenominators() {
    }

    /**
     * The scale denominator of a map.
     *
     * @param bbox    area in the CRS, x = east
     * @param epsg    EPSG code of the CRS
     * @param widthPx map width in pixels
     * @param dpi     output resolution
     */
    public static double of(Envelope bbox, int epsg, int widthPx, double dpi) {
        double groundPixelMetres = bbox.getWidth() * metresPerUnit(epsg) / widthPx;
        return groundPixelMetres / (0.0254 / dpi);
    }

    /**
     * Metres per CRS unit along x: {@link #METRES_PER_DEGREE} for degrees, the unit's size for
     * linear units (1 for metres).
     *
     * @throws IllegalArgumentException for an unknown CRS or a unit that is neither length nor angle
     */
    public static double metresPerUnit(int epsg) {
        if (epsg == 4326 || epsg == 4258 || epsg == 4269 || epsg == 4490) {
            return METRES_PER_DEGREE;
        }
        if (epsg == 3857 || epsg == 900913 || epsg == CoordinateTransforms.EQUAL_AREA_EPSG
                || (epsg >= 32601 && epsg <= 32660) || (epsg >= 32701 && epsg <= 32760)) {
            return 1.0;
        }
        Unit<?> unit = CoordinateTransforms.crs(epsg).getCoordinateSystem().getAxis(0).getUnit();
        if (unit.isCompatible(Units.METRE)) {
            return unit.asType(Length.class).getConverterTo(Units.METRE).convert(1.0);
        }
        if (unit.isCompatible(Units.DEGREE)) {
            return unit.asType(Angle.class).getConverterTo(Units.DEGREE).convert(1.0) * METRES_PER_DEGREE;
        }
        throw new IllegalArgumentException("EPSG:" + epsg + " has axis unit " + unit + ", neither length nor angle");
    }
}
