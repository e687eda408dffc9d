package org.ecocorridor.ogc.wfs;

import static org.ecocorridor.ogc.wfs.WfsNames.OGC;
import static org.ecocorridor.ogc.wfs.WfsNames.OWS_10;
import static org.ecocorridor.ogc.wfs.WfsNames.WFS_11;
import static org.ecocorridor.ogc.wfs.WfsNames.XLINK;

import java.io.OutputStream;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.ecocorridor.core.catalog.LayerInfo;
import org.ecocorridor.core.filter.SpatialOperator;
import org.ecocorridor.ogc.gml.GmlVersion;
import org.ecocorridor.ogc.ows.XmlOut;
import org.locationtech.jts.geom.Envelope;

/**
 * WFS 1.1.0 capabilities (OGC 04-094, schema {@code wfs/1.1.0/wfs.xsd}, OWS Common 1.0, Filter
 * 1.1) for older clients: the same feature types with {@code urn:x-ogc:def:crs:EPSG:4326} as
 * default SRS (latitude first) and GML 3.1.1 output. Thread-safe (stateless).
 */
final class Capabilities11Writer {
    private Capabilities11Writer() {
    }

    static void write(OutputStream out, String url, List<LayerInfo> layers, boolean transactions,
            List<FeatureFileFormat> files) throws XMLStreamException {
        List<String> formats = new java.util.ArrayList<>(List.of(WfsNames.GML311_FORMAT, WfsNames.GEOJSON_FORMAT,
                WfsNames.CSV_FORMAT));
        files.forEach(f -> formats.addAll(f.advertisedNames()));
        String gml = GmlVersion.GML_311.namespace();
        XmlOut x = XmlOut.open(out, "wfs", WFS_11, "ows", OWS_10, "ogc", OGC, "gml", gml, "xlink", XLINK,
                "xsi", WfsNames.XSI, WfsNames.ECO_PREFIX, WfsNames.ECO_NS);
        x.start(WFS_11, "WFS_Capabilities").declare("wfs", WFS_11, "ows", OWS_10, "ogc", OGC, "gml", gml,
                "xlink", XLINK, "xsi", WfsNames.XSI, WfsNames.ECO_PREFIX, WfsNames.ECO_NS)
                .attr("version", "1.1.0").attr(WfsNames.XSI, "schemaLocation", WFS_11 + " " + WfsNames.WFS_11_SCHEMA);
        x.start(OWS_10, "ServiceIdentification").element(OWS_10, "Title", "Ecocorridor WFS")
                .element(OWS_10, "ServiceType", "WFS").element(OWS_10, "ServiceTypeVersion", "1.1.0")
                .element(OWS_10, "Fees", "NONE").element(OWS_10, "AccessConstraints", "NONE").end();
        x.start(OWS_10, "ServiceProvider").element(OWS_10, "ProviderName", "Ecocorridor")
                .start(OWS_10, "ServiceContact").end().end();
        x.start(OWS_10, "OperationsMetadata");
        List<String> operations = transactions ? List.of("GetCapabilities", "DescribeFeatureType", "GetFeature",
                "Transaction") : List.of("GetCapabilities", "DescribeFeatureType", "GetFeature");
        for (String op : operations) {
            x.start(OWS_10, "Operation").attr("name", op).start(OWS_10, "DCP").start(OWS_10, "HTTP")
                    .start(OWS_10, "Get").attr(XLINK, "href", url).end()
                    .start(OWS_10, "Post").attr(XLINK, "href", url).end().end().end();
            if (op.equals("GetFeature")) {
                x.start(OWS_10, "Parameter").attr("name", "outputFormat");
                for (String f : formats) {
                    x.element(OWS_10, "Value", f);
                }
                x.end();
                x.start(OWS_10, "Parameter").attr("name", "resultType").element(OWS_10, "Value", "results")
                        .element(OWS_10, "Value", "hits").end();
            }
            x.end();
        }
        x.end();
        x.start(WFS_11, "FeatureTypeList").start(WFS_11, "Operations").element(WFS_11, "Operation", "Query");
        if (transactions) {
            x.element(WFS_11, "Operation", "Insert").element(WFS_11, "Operation", "Update")
                    .element(WFS_11, "Operation", "Delete");
        }
        x.end();
        for (LayerInfo l : layers) {
            x.start(WFS_11, "FeatureType").element(WFS_11, "Name", WfsNames.ECO_PREFIX + ":" + l.name())
                    .element(WFS_11, "Title", l.title() == null ? l.name() : l.title());
            if (l.abstractText() != null) {
                x.element(WFS_11, "Abstract", l.abstractText());
            }
            x.element(WFS_11, "DefaultSRS", "urn:x-ogc:def:crs:EPSG:4326");
            for (int epsg : WfsLimits.OTHER_CRS) {
                x.element(WFS_11, "OtherSRS", "urn:x-ogc:def:crs:EPSG:" + epsg);
            }
            x.start(WFS_11, "OutputFormats").element(WFS_11, "Format", WfsNames.GML311_FORMAT).end();
            Envelope b = l.bbox() == null ? new Envelope(-180, 180, -90, 90) : l.bbox();
            x.start(OWS_10, "WGS84BoundingBox").element(OWS_10, "LowerCorner", b.getMinX() + " " + b.getMinY())
                    .element(OWS_10, "UpperCorner", b.getMaxX() + " " + b.getMaxY()).end();
            x.end();
        }
        x.end();
        x.start(OGC, "Filter_Capabilities").start(OGC, "Spatial_Capabilities").start(OGC, "GeometryOperands");
        for (String g : List.of("Envelope", "Point", "LineString", "Polygon")) {
            x.element(OGC, "GeometryOperand", "gml:" + g);
        }
        x.end().start(OGC, "SpatialOperators");
        for (SpatialOperator op : SpatialOperator.values()) {
            x.empty(OGC, "SpatialOperator", "name", op.elementName());
        }
        x.empty(OGC, "SpatialOperator", "name", "DWithin").empty(OGC, "SpatialOperator", "name", "Beyond");
        x.end().end();
        x.start(OGC, "Scalar_Capabilities").start(OGC, "LogicalOperators").end().start(OGC, "ComparisonOperators");
        for (String op : List.of("LessThan", "GreaterThan", "LessThanEqualTo", "GreaterThanEqualTo", "EqualTo",
                "NotEqualTo", "Like", "Between", "NullCheck")) {
            x.element(OGC, "ComparisonOperator", op);
        }
        x.end().end();
        x.start(OGC, "Id_Capabilities").start(OGC, "FID").end().end();
        x.end();
        x.end();
        x.finish();
    }
}
