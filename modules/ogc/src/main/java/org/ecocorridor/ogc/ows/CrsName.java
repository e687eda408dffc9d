package org.ecocorridor.ogc.ows;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.sis.referencing.CRS;
import org.ecocorridor.ogc.exception.OgcException;
import org.opengis.referencing.cs.AxisDirection;
import org.opengis.referencing.cs.CoordinateSystem;
import org.opengis.util.FactoryException;

/**
 * A CRS name as clients send it, with the axis order it implies (the GeoServer/QGIS convention,
 * WFS 2.0 §7.9.2.4.4 and OGC 08-038r7):
 * <ul>
 *   <li>{@code EPSG:4326} (and {@code CRS:84}, {@code urn:ogc:def:crs:OGC:1.3:CRS84}): x = east
 *       (longitude first);</li>
 *   <li>{@code urn:ogc:def:crs:EPSG::4326}, {@code urn:x-ogc:def:crs:EPSG:4326} and
 *       {@code http://www.opengis.net/def/crs/EPSG/0/4326}: the EPSG axis order, latitude first for
 *       EPSG:4326 (and northing first for any EPSG CRS whose first axis points north).</li>
 * </ul>
 * Immutable.
 *
 * @param epsg          EPSG code (CRS:84 is 4326)
 * @param northingFirst whether coordinates in this notation come north first and must be swapped
 *                      to the internal (east, north) order
 */
public record CrsName(int epsg, boolean northingFirst) {
    private static final Pattern SHORT = Pattern.compile("EPSG:(\\d+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern URN = Pattern.compile("urn:(?:x-)?ogc:def:crs:EPSG:[^:]*:?(\\d+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HTTP = Pattern.compile("https?://www\\.opengis\\.net/def/crs/EPSG/[^/]+/(\\d+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HTTP_GML = Pattern.compile("https?://www\\.opengis\\.net/gml/srs/epsg\\.xml#(\\d+)",
            Pattern.CASE_INSENSITIVE);

    /** CRS:84, i.e. EPSG:4326 in longitude, latitude order. */
    public static final CrsName CRS84 = new CrsName(4326, false);

    /**
     * Parses a CRS name.
     *
     * @param parameter the request parameter, for the exception locator
     * @throws OgcException InvalidParameterValue for an unknown notation or EPSG code
     */
    public static CrsName parse(String name, String parameter) {
        String n = name.trim();
        String upper = n.toUpperCase(Locale.ROOT);
        if (upper.equals("CRS:84") || upper.endsWith(":CRS84") || upper.endsWith("/CRS84")) {
            return CRS84;
        }
        Matcher m;
        if ((m = SHORT.matcher(n)).matches() || (m = HTTP_GML.matcher(n)).matches()) {
            return new CrsName(known(Integer.parseInt(m.group(1)), name, parameter), false);
        }
        if ((m = URN.matcher(n)).matches() || (m = HTTP.matcher(n)).matches()) {
            int code = known(Integer.parseInt(m.group(1)), name, parameter);
            return new CrsName(code, northFirst(code));
        }
        throw OgcException.invalidParameter(parameter, "Unsupported CRS \"" + name + "\"");
    }

    /** The URN form, {@code urn:ogc:def:crs:EPSG::<code>} (EPSG axis order). */
    public String urn() {
        return "urn:ogc:def:crs:EPSG::" + epsg;
    }

    /** The short form, {@code EPSG:<code>} (east, north order). */
    public String shortName() {
        return "EPSG:" + epsg;
    }

    /** This CRS written as the URN, with the EPSG axis order. */
    public static CrsName urnOf(int epsg) {
        return new CrsName(epsg, northFirst(epsg));
    }

    private static int known(int code, String name, String parameter) {
        try {
            CRS.forCode("EPSG:" + code);
            return code;
        } catch (FactoryException | RuntimeException e) {
            throw OgcException.invalidParameter(parameter, "Unsupported CRS \"" + name + "\": " + e.getMessage());
        }
    }

    /** Whether the EPSG definition's first axis points north (4326: latitude first). */
    static boolean northFirst(int code) {
        try {
            CoordinateSystem cs = CRS.forCode("EPSG:" + code).getCoordinateSystem();
            AxisDirection d = cs.getAxis(0).getDirection();
            return d == AxisDirection.NORTH || d == AxisDirection.SOUTH;
        } catch (FactoryException e) {
            return false;
        }
    }
}
