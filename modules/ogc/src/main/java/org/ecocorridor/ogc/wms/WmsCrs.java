package org.ecocorridor.ogc.wms;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.sis.referencing.CRS;
import org.ecocorridor.core.crs.CoordinateTransforms;
import org.ecocorridor.ogc.exception.OgcException;
import org.ecocorridor.ogc.exception.WmsExceptionCodes;
import org.locationtech.jts.geom.Envelope;
import org.opengis.referencing.cs.AxisDirection;
import org.opengis.util.FactoryException;

/**
 * A WMS CRS/SRS value and the axis order of its BBOX (WMS 1.3.0 §6.7.3.3, Annex B and E.1):
 * <ul>
 *   <li>{@code CRS:84}: EPSG:4326 with longitude first;</li>
 *   <li>{@code EPSG:n} in 1.3.0: the EPSG definition's order, so EPSG:4326 is latitude first
 *       (minLat, minLon, maxLat, maxLon), projected CRSs easting first;</li>
 *   <li>{@code EPSG:n} in 1.1.1: always x = east;</li>
 *   <li>{@code EPSG:900913}: the old Google alias of EPSG:3857;</li>
 *   <li>{@code EPSG:990001}: Ecocorridor's equal-area CRS (LAEA 45°N 115°E, see
 *       {@link CoordinateTransforms#EQUAL_AREA_EPSG}), easting first.</li>
 * </ul>
 * Immutable.
 *
 * @param name          the value as advertised ({@code EPSG:4326}, {@code CRS:84})
 * @param epsg          EPSG code used for rendering (900913 → 3857)
 * @param northingFirst whether BBOX coordinates come north first and must be swapped
 */
public record WmsCrs(String name, int epsg, boolean northingFirst) {
    private static final Map<Integer, Boolean> NORTH_FIRST = new ConcurrentHashMap<>();

    /**
     * Parses a CRS (1.3.0) or SRS (1.1.1) value.
     *
     * @throws OgcException InvalidCRS (1.3.0) or InvalidSRS (1.1.1) when unknown
     */
    public static WmsCrs parse(String value, WmsVersion version) {
        String v = value.trim().toUpperCase(Locale.ROOT);
        if (v.equals("CRS:84")) {
            return new WmsCrs("CRS:84", 4326, false);
        }
        if (v.startsWith("EPSG:")) {
            try {
                int code = Integer.parseInt(v.substring(5));
                if (code == 900913) {
                    return new WmsCrs("EPSG:900913", 3857, false);
                }
                if (code == CoordinateTransforms.EQUAL_AREA_EPSG || (code > 0 && CoordinateTransforms.isKnown(code))) {
                    boolean swap = version == WmsVersion.V130 && northFirst(code);
                    return new WmsCrs("EPSG:" + code, code, swap);
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw WmsExceptionCodes.error(WmsExceptionCodes.invalidCrs(version.text()), version.crsParameter(),
                "Unsupported " + version.crsParameter() + " \"" + value + "\"");
    }

    /** Converts a BBOX as sent (4 numbers in this CRS's axis order) to (east, north). */
    public Envelope toEastNorth(double a, double b, double c, double d) {
        return northingFirst ? new Envelope(b, d, a, c) : new Envelope(a, c, b, d);
    }

    /** The 4 BBOX numbers of an (east, north) envelope in this CRS's axis order. */
    public double[] fromEastNorth(Envelope e) {
        return northingFirst ? new double[] {e.getMinY(), e.getMinX(), e.getMaxY(), e.getMaxX()}
                : new double[] {e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY()};
    }

    /** Whether the EPSG definition's first axis points north or south (EPSG:4326: latitude first). */
    static boolean northFirst(int code) {
        if (code == CoordinateTransforms.EQUAL_AREA_EPSG || code == 3857) {
            return false;
        }
        return NORTH_FIRST.computeIfAbsent(code, c -> {
            try {
                AxisDirection d = CRS.forCode("EPSG:" + c).getCoordinateSystem().getAxis(0).getDirection();
                return d == AxisDirection.NORTH || d == AxisDirection.SOUTH;
            } catch (FactoryException e) {
                return false;
            }
        });
    }
}
