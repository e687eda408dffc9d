package org.ecocorridor.ogc.wfs;

/**
 * Namespaces and fixed names of the WFS. Feature types live in the namespace
 * {@value #ECO_NS} with prefix {@value #ECO_PREFIX} ({@code eco:sites}). Immutable constants.
 */
public final class WfsNames {
    /** Namespace of Ecocorridor feature types. */
    public static final String ECO_NS = "https://ecocorridor.org/ns";
    public static final String ECO_PREFIX = "eco";
    public static final String WFS_20 = "http://www.opengis.net/wfs/2.0";
    public static final String WFS_11 = "http://www.opengis.net/wfs";
    public static final String FES_20 = "http://www.opengis.net/fes/2.0";
    public static final String OGC = "http://www.opengis.net/ogc";
    public static final String OWS_11 = "http://www.opengis.net/ows/1.1";
    public static final String OWS_10 = "http://www.opengis.net/ows";
    public static final String XLINK = "http://www.w3.org/1999/xlink";
    public static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    public static final String XSD = "http://www.w3.org/2001/XMLSchema";
    public static final String WFS_20_SCHEMA = "http://schemas.opengis.net/wfs/2.0/wfs.xsd";
    public static final String WFS_11_SCHEMA = "http://schemas.opengis.net/wfs/1.1.0/wfs.xsd";
    /** The mandatory stored query of WFS 2.0 (§7.9.3.6). */
    public static final String GET_FEATURE_BY_ID = "urn:ogc:def:query:OGC-WFS::GetFeatureById";

    public static final String GML32_FORMAT = "application/gml+xml; version=3.2";
    public static final String GML311_FORMAT = "text/xml; subtype=gml/3.1.1";
    public static final String GEOJSON_FORMAT = "application/json";
    public static final String CSV_FORMAT = "text/csv";
    /** GML 2.1.2, the output of WFS 1.0.0 (its capabilities call it {@code GML2}). */
    public static final String GML2_FORMAT = "text/xml; subtype=gml/2.1.2";
    public static final String WFS_10_SCHEMA = "http://schemas.opengis.net/wfs/1.0.0/WFS-basic.xsd";
    public static final String WFS_10_CAPABILITIES_SCHEMA = "http://schemas.opengis.net/wfs/1.0.0/WFS-capabilities.xsd";

    private WfsNames() {
    }

    /**
     * The srsName of WFS 1.0.0 / GML 2 output, {@code http://www.opengis.net/gml/srs/epsg.xml#<code>}
     * (the form of the GML 2.1.2 specification's examples, which GeoServer also writes); its
     * coordinates are always (x = east, y = north).
     */
    public static String gml2SrsName(int epsg) {
        return "http://www.opengis.net/gml/srs/epsg.xml#" + epsg;
    }
}
