package org.ecocorridor.ogc.wfs;

import static org.ecocorridor.ogc.wfs.WfsNames.FES_20;
import static org.ecocorridor.ogc.wfs.WfsNames.OWS_11;
import static org.ecocorridor.ogc.wfs.WfsNames.WFS_20;
import static org.ecocorridor.ogc.wfs.WfsNames.XLINK;

import java.io.OutputStream;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.ecocorridor.core.catalog.LayerInfo;
import org.ecocorridor.core.filter.ComparisonOperator;
import org.ecocorridor.core.filter.SpatialOperator;
import org.ecocorridor.core.filter.TemporalOperator;
import org.ecocorridor.ogc.gml.GmlVersion;
import org.ecocorridor.ogc.ows.XmlOut;
import org.locationtech.jts.geom.Envelope;

/**
 * WFS 2.0.0 capabilities (OGC 09-025r2 §8, schema {@code wfs/2.0/wfs.xsd}): service identification,
 * operations with every conformance constraint the CITE suite reads (each with an
 * {@code ows:DefaultValue}), the visible feature types with URN default CRS, other CRSs, output
 * formats and CRS:84 bounding box, and {@code fes:Filter_Capabilities} listing exactly the
 * operators {@code FilterXmlReader} parses and the stores translate.
 *
 * <p>Thread-safe (stateless).
 */
final class Capabilities20Writer {
    private Capabilities20Writer() {
    }

    static void write(OutputStream out, String url, List<LayerInfo> layers, boolean transactions,
            List<FeatureFileFormat> files)
            throws XMLStreamException {
        String gml = GmlVersion.GML_32.namespace();
        XmlOut x = XmlOut.open(out, "wfs", WFS_20, "ows", OWS_11, "fes", FES_20, "gml", gml, "xlink", XLINK,
                "xsi", WfsNames.XSI, WfsNames.ECO_PREFIX, WfsNames.ECO_NS);
        x.start(WFS_20, "WFS_Capabilities").declare("wfs", WFS_20, "ows", OWS_11, "fes", FES_20, "gml", gml,
                "xlink", XLINK, "xsi", WfsNames.XSI, WfsNames.ECO_PREFIX, WfsNames.ECO_NS)
                .attr("version", "2.0.0")
                .attr(WfsNames.XSI, "schemaLocation", WFS_20 + " " + WfsNames.WFS_20_SCHEMA);
        serviceIdentification(x);
        x.start(OWS_11, "ServiceProvider").element(OWS_11, "ProviderName", "Ecocorridor")
                .start(OWS_11, "ServiceContact").end().end();
        List<String> formats = getFeatureFormats(files);
        operations(x, url, transactions, formats);
        x.start(WFS_20, "FeatureTypeList");
        for (LayerInfo l : layers) {
            featureType(x, l, formats);
        }
        x.end();
        filterCapabilities(x);
        x.end();
        x.finish();
    }

    private static void serviceIdentification(XmlOut x) throws XMLStreamException {
        x.start(OWS_11, "ServiceIdentification")
                .element(OWS_11, "Title", "Ecocorridor WFS")
                .element(OWS_11, "Abstract", "Corridors, protected areas, habitat patches, flyway sites and survey"
                        + " counts of North-East Asia, with editing of sites and counts for editors.")
                .element(OWS_11, "ServiceType", "WFS")
                .element(OWS_11, "ServiceTypeVersion", "2.0.0")
                .element(OWS_11, "ServiceTypeVersion", "1.1.0")
                .element(OWS_11, "Fees", "NONE")
                .element(OWS_11, "AccessConstraints", "NONE")
                .end();
    }

    /** GetFeature's output formats: GML 3.2 (two names), GeoJSON, CSV, then the file formats' advertised names. */
    private static List<String> getFeatureFormats(List<FeatureFileFormat> files) {
        List<String> formats = new java.util.ArrayList<>(List.of(WfsNames.GML32_FORMAT, "text/xml; subtype=gml/3.2",
                WfsNames.GEOJSON_FORMAT, WfsNames.CSV_FORMAT));
        files.forEach(f -> formats.addAll(f.advertisedNames()));
        return formats;
    }

    private static void operations(XmlOut x, String url, boolean transactions, List<String> formats)
            throws XMLStreamException {
        x.start(OWS_11, "OperationsMetadata");
        operation(x, url, "GetCapabilities", true);
        parameter(x, "AcceptVersions", "2.0.0", "1.1.0", "1.0.0");
        parameter(x, "AcceptFormats", "text/xml");
        parameter(x, "Sections", "ServiceIdentification", "ServiceProvider", "OperationsMetadata",
                "FeatureTypeList", "Filter_Capabilities", "All");
        x.end();
        operation(x, url, "DescribeFeatureType", true);
        parameter(x, "outputFormat", WfsNames.GML32_FORMAT, "text/xml; subtype=gml/3.2");
        x.end();
        operation(x, url, "GetFeature", true);
        parameter(x, "outputFormat", formats.toArray(String[]::new));
        parameter(x, "resolve", "none", "local");
        x.end();
        operation(x, url, "GetPropertyValue", true);
        parameter(x, "outputFormat", WfsNames.GML32_FORMAT);
        parameter(x, "resolve", "none", "local");
        x.end();
        operation(x, url, "ListStoredQueries", true).end();
        operation(x, url, "DescribeStoredQueries", true).end();
        if (transactions) {
            operation(x, url, "Transaction", false).end();
        }
        parameter(x, "version", "2.0.0", "1.1.0");
        constraint(x, "ImplementsBasicWFS", "TRUE");
        constraint(x, "ImplementsTransactionalWFS", transactions ? "TRUE" : "FALSE");
        constraint(x, "ImplementsLockingWFS", "FALSE");
        constraint(x, "KVPEncoding", "TRUE");
        constraint(x, "XMLEncoding", "TRUE");
        constraint(x, "SOAPEncoding", "FALSE");
        constraint(x, "ImplementsInheritance", "FALSE");
        constraint(x, "ImplementsRemoteResolve", "FALSE");
        constraint(x, "ImplementsResultPaging", "TRUE");
        constraint(x, "ImplementsStandardJoins", "FALSE");
        constraint(x, "ImplementsSpatialJoins", "FALSE");
        constraint(x, "ImplementsTemporalJoins", "FALSE");
        constraint(x, "ImplementsFeatureVersioning", "FALSE");
        constraint(x, "ManageStoredQueries", "FALSE");
        constraint(x, "CountDefault", Long.toString(WfsLimits.COUNT_DEFAULT));
        x.start(OWS_11, "Constraint").attr("name", "QueryExpressions").start(OWS_11, "AllowedValues")
                .element(OWS_11, "Value", "wfs:Query").element(OWS_11, "Value", "wfs:StoredQuery").end()
                .element(OWS_11, "DefaultValue", "wfs:Query").end();
        x.end();
    }

    private static XmlOut operation(XmlOut x, String url, String name, boolean get) throws XMLStreamException {
        x.start(OWS_11, "Operation").attr("name", name).start(OWS_11, "DCP").start(OWS_11, "HTTP");
        if (get) {
            x.start(OWS_11, "Get").attr(XLINK, "href", url).end();
        }
        x.start(OWS_11, "Post").attr(XLINK, "href", url).end();
        return x.end().end();
    }

    private static void parameter(XmlOut x, String name, String... values) throws XMLStreamException {
        x.start(OWS_11, "Parameter").attr("name", name).start(OWS_11, "AllowedValues");
        for (String v : values) {
            x.element(OWS_11, "Value", v);
        }
        x.end().end();
    }

    private static void constraint(XmlOut x, String name, String value) throws XMLStreamException {
        x.start(OWS_11, "Constraint").attr("name", name).start(OWS_11, "NoValues").end()
                .element(OWS_11, "DefaultValue", value).end();
    }

    private static void featureType(XmlOut x, LayerInfo l, List<String> formats) throws XMLStreamException {
        x.start(WFS_20, "FeatureType").element(WFS_20, "Name", WfsNames.ECO_PREFIX + ":" + l.name())
                .element(WFS_20, "Title", l.title() == null ? l.name() : l.title());
        if (l.abstractText() != null) {
            x.element(WFS_20, "Abstract", l.abstractText());
        }
        if (!l.keywords().isEmpty()) {
            x.start(OWS_11, "Keywords");
            for (String k : l.keywords()) {
                x.element(OWS_11, "Keyword", k);
            }
            x.end();
        }
        x.element(WFS_20, "DefaultCRS", "urn:ogc:def:crs:EPSG::4326");
        for (int epsg : WfsLimits.OTHER_CRS) {
            x.element(WFS_20, "OtherCRS", "urn:ogc:def:crs:EPSG::" + epsg);
        }
        x.start(WFS_20, "OutputFormats");
        for (String f : formats) {
            if (!f.equals("text/xml; subtype=gml/3.2")) {
                x.element(WFS_20, "Format", f);
            }
        }
        x.end();
        Envelope b = l.bbox() == null ? new Envelope(-180, 180, -90, 90) : l.bbox();
        x.start(OWS_11, "WGS84BoundingBox").element(OWS_11, "LowerCorner", b.getMinX() + " " + b.getMinY())
                .element(OWS_11, "UpperCorner", b.getMaxX() + " " + b.getMaxY()).end();
        x.end();
    }

    private static void filterCapabilities(XmlOut x) throws XMLStreamException {
        x.start(FES_20, "Filter_Capabilities").start(FES_20, "Conformance");
        fesConstraint(x, "ImplementsQuery", "TRUE");
        fesConstraint(x, "ImplementsAdHocQuery", "TRUE");
        fesConstraint(x, "ImplementsFunctions", "FALSE");
        fesConstraint(x, "ImplementsResourceId", "TRUE");
        fesConstraint(x, "ImplementsMinStandardFilter", "TRUE");
        fesConstraint(x, "ImplementsStandardFilter", "TRUE");
        fesConstraint(x, "ImplementsMinSpatialFilter", "TRUE");
        fesConstraint(x, "ImplementsSpatialFilter", "TRUE");
        fesConstraint(x, "ImplementsMinTemporalFilter", "TRUE");
        fesConstraint(x, "ImplementsTemporalFilter", "TRUE");
        fesConstraint(x, "ImplementsVersionNav", "FALSE");
        fesConstraint(x, "ImplementsSorting", "TRUE");
        fesConstraint(x, "ImplementsExtendedOperators", "FALSE");
        fesConstraint(x, "ImplementsMinimumXPath", "TRUE");
        fesConstraint(x, "ImplementsSchemaElementFunc", "FALSE");
        x.end();
        x.start(FES_20, "Id_Capabilities").empty(FES_20, "ResourceIdentifier", "name", "fes:ResourceId").end();
        x.start(FES_20, "Scalar_Capabilities").start(FES_20, "LogicalOperators").end()
                .start(FES_20, "ComparisonOperators");
        for (ComparisonOperator op : ComparisonOperator.values()) {
            x.empty(FES_20, "ComparisonOperator", "name", op.elementName());
        }
        for (String op : List.of("PropertyIsLike", "PropertyIsNull", "PropertyIsNil", "PropertyIsBetween")) {
            x.empty(FES_20, "ComparisonOperator", "name", op);
        }
        x.end().end();
        x.start(FES_20, "Spatial_Capabilities").start(FES_20, "GeometryOperands");
        for (String g : List.of("Envelope", "Point", "MultiPoint", "LineString", "MultiCurve", "Curve", "Polygon",
                "MultiSurface", "Surface", "MultiGeometry")) {
            x.empty(FES_20, "GeometryOperand", "name", "gml:" + g);
        }
        x.end().start(FES_20, "SpatialOperators");
        for (SpatialOperator op : SpatialOperator.values()) {
            x.empty(FES_20, "SpatialOperator", "name", op.elementName());
        }
        x.empty(FES_20, "SpatialOperator", "name", "DWithin").empty(FES_20, "SpatialOperator", "name", "Beyond");
        x.end().end();
        x.start(FES_20, "Temporal_Capabilities").start(FES_20, "TemporalOperands")
                .empty(FES_20, "TemporalOperand", "name", "gml:TimeInstant")
                .empty(FES_20, "TemporalOperand", "name", "gml:TimePeriod").end()
                .start(FES_20, "TemporalOperators");
        for (TemporalOperator op : TemporalOperator.values()) {
            x.empty(FES_20, "TemporalOperator", "name", op.elementName());
        }
        x.end().end();
        x.end();
    }

    private static void fesConstraint(XmlOut x, String name, String value) throws XMLStreamException {
        x.start(FES_20, "Constraint").attr("name", name).start(OWS_11, "NoValues").end()
                .element(OWS_11, "DefaultValue", value).end();
    }
}
