package org.ecocorridor.store.io;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * EPSG codes of the CRS names found in the legacy GeoJSON {@code crs} member (the 2008 GeoJSON
 * specification; RFC 7946 removed it and fixed the CRS to WGS 84 longitude/latitude):
 * {@code urn:ogc:def:crs:OGC:1.3:CRS84} and {@code urn:ogc:def:crs:OGC::CRS84} (4326),
 * {@code urn:ogc:def:crs:EPSG::3857} (with or without a version), {@code EPSG:3857},
 * {@code http://www.opengis.net/def/crs/EPSG/0/3857} and the OGC CRS84 URL.
 *
 * <h2>Axis order</h2>
 * EPSG:4326 is officially (latitude, longitude), but GeoJSON positions are always read as
 * (x = easting/longitude, y = northing/latitude), whatever the name: files that say
 * {@code urn:ogc:def:crs:EPSG::4326} are in practice written in longitude/latitude order, and GDAL
 * reads them that way too. Projected CRSs are read as (easting, northing).
 *
 * <p>Thread-safe: stateless.
 */
final class GeoJsonCrs {
    private static final Pattern EPSG_URN = Pattern.compile("(?i)urn:ogc:def:crs:EPSG:[0-9.]*:([0-9]{1,9})");
    private static final Pattern EPSG_URL =
            Pattern.compile("(?i)https?://www\\.opengis\\.net/def/crs/EPSG/[0-9.]+/([0-9]{1,9})");
    private static final Pattern EPSG_CODE = Pattern.compile("(?i)EPSG:+([0-9]{1,9})");
    private static final Pattern CRS84 = Pattern.compile("(?i)urn:ogc:def:crs:OGC:(1\\.3)?:CRS84"
            + "|https?://www\\.opengis\\.net/def/crs/OGC/1\\.3/CRS84|(OGC:)?CRS:?84");

    private GeoJsonCrs() {
    }

    /** The EPSG code of a CRS name, or empty when the name is not one of the forms above. */
    static OptionalInt epsgOf(String name) {
        String n = name.trim();
        if (CRS84.matcher(n).matches()) {
            return OptionalInt.of(4326);
        }
        for (Pattern p : new Pattern[] {EPSG_URN, EPSG_URL, EPSG_CODE}) {
            Matcher m = p.matcher(n);
            if (m.matches()) {
                return OptionalInt.of(Integer.parseInt(m.group(1)));
            }
        }
        return OptionalInt.empty();
    }
}
