package org.ecocorridor.core.crs;

import java.util.OptionalInt;
import org.apache.sis.referencing.CRS;
import org.apache.sis.referencing.IdentifiedObjects;
import org.apache.sis.referencing.crs.AbstractCRS;
import org.apache.sis.referencing.cs.AxesConvention;
import org.opengis.referencing.crs.CoordinateReferenceSystem;
import org.opengis.util.FactoryException;

/**
 * CRS look-ups and transformations, on Apache SIS with its embedded EPSG database.
 *
 * <h2>Axis order</h2>
 * EPSG defines EPSG:4326 as (latitude, longitude). Inside Ecocorridor every CRS is used in
 * <em>right-handed (east, north)</em> order ({@link AxesConvention#RIGHT_HANDED}): x is longitude
 * for geographic CRSs. Protocol code swaps axes at the edge (WMS 1.3.0 and WFS 2.0 with URN CRS
 * names), never here.
 *
 * <h2>Equal-area computations</h2>
 * {@link #EQUAL_AREA_EPSG} is the pseudo-code of Ecocorridor's region-wide equal-area CRS:
 * Lambert azimuthal equal-area centred on 45°N 115°E on WGS 84, chosen because it covers the whole
 * NEASPEC region with exact areas and under 2 % linear distortion within ~1,800 km of the centre
 * (Snyder 1987, Map Projections: A Working Manual, USGS PP 1395, p. 182).
 *
 * <p>Thread-safe: stateless; SIS caches CRS and operation look-ups itself. Callers should keep the
 * returned {@link GeometryTransform} for repeated use.
 */
public final class CoordinateTransforms {
    /** Pseudo EPSG code (outside EPSG's range) for the LAEA 45°N 115°E equal-area CRS. */
    public static final int EQUAL_AREA_EPSG = 990_001;

    private static final String EQUAL_AREA_WKT = """
            PROJCRS["Ecocorridor NE Asia Lambert Azimuthal Equal Area",
              BASEGEOGCRS["WGS 84",
                DATUM["World Geodetic System 1984",
                  ELLIPSOID["WGS 84",6378137,298.257223563,LENGTHUNIT["metre",1]]],
                PRIMEM["Greenwich",0,ANGLEUNIT["degree",0.0174532925199433]]],
              CONVERSION["LAEA 45N 115E",
                METHOD["Lambert Azimuthal Equal Area",ID["EPSG",9820]],
                PARAMETER["Latitude of natural origin",45,ANGLEUNIT["degree",0.0174532925199433]],
                PARAMETER["Longitude of natural origin",115,ANGLEUNIT["degree",0.0174532925199433]],
                PARAMETER["False easting",0,LENGTHUNIT["metre",1]],
                PARAMETER["False northing",0,LENGTHUNIT["metre",1]]],
              CS[Cartesian,2],
                AXIS["easting (X)",east,ORDER[1],LENGTHUNIT["metre",1]],
                AXIS["northing (Y)",north,ORDER[2],LENGTHUNIT["metre",1]]]""";

    private CoordinateTransforms() {
    }

    /**
     * The CRS of an EPSG code (or {@link #EQUAL_AREA_EPSG}) in (east, north) axis order.
     *
     * @throws IllegalArgumentException for an unknown code
     */
    public static CoordinateReferenceSystem crs(int epsg) {
        try {
            CoordinateReferenceSystem crs = epsg == EQUAL_AREA_EPSG
                    ? CRS.fromWKT(EQUAL_AREA_WKT)
                    : CRS.forCode("EPSG:" + epsg);
            return AbstractCRS.castOrCopy(crs).forConvention(AxesConvention.RIGHT_HANDED);
        } catch (FactoryException e) {
            throw new IllegalArgumentException("Unknown or unsupported CRS EPSG:" + epsg + ": " + e.getMessage(), e);
        }
    }

    /** Whether SIS knows this EPSG code. */
    public static boolean isKnown(int epsg) {
        try {
            crs(epsg);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Whether the CRS is geographic (degrees) rather than projected. */
    public static boolean isGeographic(int epsg) {
        return crs(epsg) instanceof org.opengis.referencing.crs.GeographicCRS;
    }

    /**
     * The transformation from one EPSG code to another, both in (east, north) order.
     *
     * @throws IllegalArgumentException when either code is unknown or no operation exists
     */
    public static GeometryTransform between(int sourceEpsg, int targetEpsg) {
        try {
            var op = CRS.findOperation(crs(sourceEpsg), crs(targetEpsg), null);
            return new GeometryTransform(sourceEpsg, targetEpsg, op.getMathTransform());
        } catch (FactoryException e) {
            throw new IllegalArgumentException("No transformation from EPSG:" + sourceEpsg + " to EPSG:"
                    + targetEpsg + ": " + e.getMessage(), e);
        }
    }

    /**
     * Opens SIS's EPSG database and builds the transformations used at start-up (storage to the
     * equal-area CRS, to UTM 52N and to Web Mercator). The first look-up costs several seconds
     * (the embedded Derby database opens); call this on a background thread as early as possible
     * so that it overlaps other start-up work. Failures are ignored here: they surface, with their
     * message, at the first real use.
     */
    public static void warmUp() {
        try {
            toEqualArea();
            between(4326, 32652);
            between(4326, 3857);
        } catch (IllegalArgumentException e) {
            // Reported at first real use.
        }
    }

    /** From stored coordinates (EPSG:4326, lon/lat) to the region's equal-area CRS, in metres. */
    public static GeometryTransform toEqualArea() {
        return between(4326, EQUAL_AREA_EPSG);
    }

    /**
     * The WKT 1 definition of an EPSG code, with its {@code AUTHORITY["EPSG", code]}, for file
     * formats that store one: {@code commonUnits} gives the form for Shapefile {@code .prj} files
     * (angular parameters and prime meridian always in degrees, as ESRI and GDAL read them),
     * otherwise the OGC 01-009 form that GeoPackage's {@code gpkg_spatial_ref_sys.definition} holds
     * (GeoPackage 1.3 §1.1.2.1.1). Both keep the EPSG axes, so that readers identify the code.
     *
     * @throws IllegalArgumentException for an unknown code
     */
    public static String wkt1(int epsg, boolean commonUnits) {
        try {
            CoordinateReferenceSystem crs = epsg == EQUAL_AREA_EPSG ? CRS.fromWKT(EQUAL_AREA_WKT)
                    : CRS.forCode("EPSG:" + epsg);
            var format = new org.apache.sis.io.wkt.WKTFormat();
            format.setConvention(commonUnits ? org.apache.sis.io.wkt.Convention.WKT1_COMMON_UNITS
                    : org.apache.sis.io.wkt.Convention.WKT1);
            format.setIndentation(org.apache.sis.io.wkt.WKTFormat.SINGLE_LINE);
            return format.format(crs);
        } catch (FactoryException e) {
            throw new IllegalArgumentException("Unknown or unsupported CRS EPSG:" + epsg + ": " + e.getMessage(), e);
        }
    }

    /**
     * The EPSG code of a WKT definition (WKT 1, WKT 2 or an ESRI {@code .prj}), when SIS can
     * identify it; empty when the WKT cannot be parsed or matches no EPSG entry.
     */
    public static OptionalInt epsgOfWkt(String wkt) {
        try {
            CoordinateReferenceSystem crs = CRS.fromWKT(wkt);
            Integer code = IdentifiedObjects.lookupEPSG(crs);
            if (code != null) {
                return OptionalInt.of(code);
            }
        } catch (FactoryException | RuntimeException e) {
            // Fall through to the name heuristics below: ESRI .prj files often fail strict parsing.
        }
        return esriName(wkt);
    }

    /** ESRI writes WGS 84 as GCS_WGS_1984 and UTM as WGS_1984_UTM_Zone_52N, which strict WKT rejects. */
    private static OptionalInt esriName(String wkt) {
        String w = wkt.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
        var utm = java.util.regex.Pattern.compile("PROJCS\\[\"WGS_1984_UTM_ZONE_(\\d{1,2})([NS])\"").matcher(w);
        if (utm.find()) {
            int zone = Integer.parseInt(utm.group(1));
            return OptionalInt.of((utm.group(2).equals("N") ? 32600 : 32700) + zone);
        }
        if (w.startsWith("GEOGCS[\"GCS_WGS_1984\"")) {
            return OptionalInt.of(4326);
        }
        if (w.startsWith("PROJCS[\"WGS_1984_WEB_MERCATOR")) {
            return OptionalInt.of(3857);
        }
        return OptionalInt.empty();
    }
}
