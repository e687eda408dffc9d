package org.ecocorridor.ogc.wfs;

import static org.ecocorridor.ogc.wfs.WfsNames.OGC;
import static org.ecocorridor.ogc.wfs.WfsNames.WFS_11;

import java.io.OutputStream;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.ecocorridor.core.catalog.LayerInfo;
import org.ecocorridor.ogc.ows.XmlOut;
import org.locationtech.jts.geom.Envelope;

/**
 * WFS 1.0.0 capabilities (OGC 02-058, schema {@code wfs/1.0.0/WFS-capabilities.xsd}, Filter
 * 1.0 capabilities) for the oldest clients: Service, the Request list with GET and POST
 * endpoints, GML2 as the result format (the only one that schema admits), each feature type with
 * {@code EPSG:4326} (in WFS 1.0.0 always longitude first) and its {@code LatLongBoundingBox}.
 * WFS 1.0.0 shares its namespace with 1.1.0. Thread-safe (stateless).
 */
final class Capabilities10Writer {
    private Capabilities10Writer() {
    }

    static void write(OutputStream out, String url, List<LayerInfo> layers, boolean transactions)
            throws XMLStreamException {
        XmlOut x = XmlOut.open(out, "wfs", WFS_11, "ogc", OGC, "xsi", WfsNames.XSI, WfsNames.ECO_PREFIX,
                WfsNames.ECO_NS);
        x.start(WFS_11, "WFS_Capabilities").declare("wfs", WFS_11, "ogc", OGC, "xsi", WfsNames.XSI,
                WfsNames.ECO_PREFIX, WfsNames.ECO_NS).attr("version", "1.0.0")
                .attr(WfsNames.XSI, "schemaLocation", WFS_11 + " " + WfsNames.WFS_10_CAPABILITIES_SCHEMA);
        x.start(WFS_11, "Service").element(WFS_11, "Name", "WFS").element(WFS_11, "Title", "Ecocorridor WFS")
                .element(WFS_11, "OnlineResource", url).element(WFS_11, "Fees", "NONE")
                .element(WFS_11, "AccessConstraints", "NONE").end();
        x.start(WFS_11, "Capability").start(WFS_11, "Request");
        x.start(WFS_11, "GetCapabilities");
        dcp(x, url);
        x.end().start(WFS_11, "DescribeFeatureType").start(WFS_11, "SchemaDescriptionLanguage")
                .start(WFS_11, "XMLSCHEMA").end().end();
        dcp(x, url);
        x.end();
        if (transactions) {
            x.start(WFS_11, "Transaction");
            dcp(x, url);
            x.end();
        }
        x.start(WFS_11, "GetFeature").start(WFS_11, "ResultFormat").start(WFS_11, "GML2").end().end();
        dcp(x, url);
        x.end().end().end();
        x.start(WFS_11, "FeatureTypeList").start(WFS_11, "Operations").start(WFS_11, "Query").end();
        if (transactions) {
            x.start(WFS_11, "Insert").end().start(WFS_11, "Update").end().start(WFS_11, "Delete").end();
        }
        x.end();
        for (LayerInfo l : layers) {
            x.start(WFS_11, "FeatureType").element(WFS_11, "Name", WfsNames.ECO_PREFIX + ":" + l.name())
                    .element(WFS_11, "Title", l.title() == null ? l.name() : l.title());
            if (l.abstractText() != null) {
                x.element(WFS_11, "Abstract", l.abstractText());
            }
            if (l.keywords() != null && !l.keywords().isEmpty()) {
                x.element(WFS_11, "Keywords", String.join(", ", l.keywords()));
            }
            x.element(WFS_11, "SRS", "EPSG:4326");
            Envelope b = l.bbox() == null ? new Envelope(-180, 180, -90, 90) : l.bbox();
            x.start(WFS_11, "LatLongBoundingBox").attr("minx", Double.toString(b.getMinX()))
                    .attr("miny", Double.toString(b.getMinY())).attr("maxx", Double.toString(b.getMaxX()))
                    .attr("maxy", Double.toString(b.getMaxY())).end();
            x.end();
        }
        x.end();
        filterCapabilities(x);
        x.end();
        x.finish();
    }

    private static void dcp(XmlOut x, String url) throws XMLStreamException {
        x.start(WFS_11, "DCPType").start(WFS_11, "HTTP").start(WFS_11, "Get").attr("onlineResource", url).end()
                .end().end();
        x.start(WFS_11, "DCPType").start(WFS_11, "HTTP").start(WFS_11, "Post").attr("onlineResource", url).end()
                .end().end();
    }

    /** Filter 1.0 capabilities: the spatial operators and comparisons the filter model evaluates. */
    private static void filterCapabilities(XmlOut x) throws XMLStreamException {
        x.start(OGC, "Filter_Capabilities").start(OGC, "Spatial_Capabilities").start(OGC, "Spatial_Operators");
        for (String op : List.of("BBOX", "Equals", "Disjoint", "Intersect", "Touches", "Crosses", "Within",
                "Contains", "Overlaps", "Beyond", "DWithin")) {
            x.start(OGC, op).end();
        }
        x.end().end();
        x.start(OGC, "Scalar_Capabilities").start(OGC, "Logical_Operators").end()
                .start(OGC, "Comparison_Operators").start(OGC, "Simple_Comparisons").end().start(OGC, "Like").end()
                .start(OGC, "Between").end().start(OGC, "NullCheck").end().end().end();
        x.end();
    }
}
