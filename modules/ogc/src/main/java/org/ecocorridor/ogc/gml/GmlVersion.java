package org.ecocorridor.ogc.gml;

/** The GML versions written and read: 3.2.1 (WFS 2.0), 3.1.1 (WFS 1.1) and 2.1.2 (WFS 1.0). Immutable. */
public enum GmlVersion {
    GML_32("http://www.opengis.net/gml/3.2", "http://schemas.opengis.net/gml/3.2.1/gml.xsd"),
    GML_311("http://www.opengis.net/gml", "http://schemas.opengis.net/gml/3.1.1/base/gml.xsd"),
    /** GML 2.1.2 (OGC 02-069), same namespace as 3.1.1; {@code feature.xsd} holds the feature and geometry types. */
    GML_212("http://www.opengis.net/gml", "http://schemas.opengis.net/gml/2.1.2/feature.xsd");

    private final String namespace;
    private final String schemaLocation;

    GmlVersion(String namespace, String schemaLocation) {
        this.namespace = namespace;
        this.schemaLocation = schemaLocation;
    }

    public String namespace() {
        return namespace;
    }

    public String schemaLocation() {
        return schemaLocation;
    }
}
