package org.ecocorridor.ogc.wfs;

import static org.ecocorridor.ogc.wfs.WfsNames.XSD;

import java.io.OutputStream;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.ecocorridor.core.feature.AttributeDescriptor;
import org.ecocorridor.core.feature.AttributeType;
import org.ecocorridor.core.feature.GeometryKind;
import org.ecocorridor.core.source.FeatureType;
import org.ecocorridor.ogc.gml.GmlVersion;
import org.ecocorridor.ogc.ows.XmlOut;

/**
 * DescribeFeatureType: an XML Schema of the feature types in {@value WfsNames#ECO_NS}, GML 3.2
 * (WFS 2.0) or GML 3.1.1 (WFS 1.1) application schema. Each type {@code T} is an element
 * {@code eco:T} of type {@code eco:TType} extending {@code gml:AbstractFeatureType}, with the
 * attributes in column order ({@code xs:string}, {@code xs:integer}, {@code xs:double},
 * {@code xs:boolean}, {@code xs:date}, {@code xs:dateTime}; nillable where the column is) and the
 * geometry last, typed by kind ({@code gml:PointPropertyType}, {@code gml:MultiSurfacePropertyType},
 * ...; GML 2.1.2 for WFS 1.0.0 names them {@code gml:LineStringPropertyType},
 * {@code gml:MultiPolygonPropertyType}, ...). Every property has {@code minOccurs="0"} so that PROPERTYNAME may leave it out
 * (WFS 2.0 §7.9.2.4.3).
 *
 * <p>Integer columns are declared {@code xs:integer} rather than {@code xs:long}: every BIGINT
 * value is a valid xs:integer, and clients that only know the primitive numeric types (the OGC
 * CITE suite 1.25 among them, whose typed XPath checks fail on xs:long) handle it.
 *
 * <p>Thread-safe (stateless).
 */
final class SchemaWriter {
    private SchemaWriter() {
    }

    static void write(OutputStream out, List<FeatureType> types, GmlVersion gml) throws XMLStreamException {
        XmlOut x = XmlOut.open(out, "xsd", XSD, "gml", gml.namespace(), WfsNames.ECO_PREFIX, WfsNames.ECO_NS);
        x.start(XSD, "schema").declare("xsd", XSD, "gml", gml.namespace(), WfsNames.ECO_PREFIX, WfsNames.ECO_NS)
                .attr("targetNamespace", WfsNames.ECO_NS).attr("elementFormDefault", "qualified")
                .attr("version", "1.0");
        x.start(XSD, "import").attr("namespace", gml.namespace()).attr("schemaLocation", gml.schemaLocation()).end();
        for (FeatureType t : types) {
            x.start(XSD, "complexType").attr("name", t.name() + "Type")
                    .start(XSD, "complexContent").start(XSD, "extension").attr("base", "gml:AbstractFeatureType")
                    .start(XSD, "sequence");
            for (AttributeDescriptor a : t.schema().attributes()) {
                x.start(XSD, "element").attr("name", a.name()).attr("type", xsType(a.type()))
                        .attr("minOccurs", "0").attr("maxOccurs", "1");
                if (a.nullable()) {
                    x.attr("nillable", "true");
                }
                x.end();
            }
            x.start(XSD, "element").attr("name", t.geometryName())
                    .attr("type", gml == GmlVersion.GML_212 ? gml2GeometryType(t.schema().geometryKind())
                            : geometryType(t.schema().geometryKind())).attr("minOccurs", "0")
                    .attr("maxOccurs", "1").attr("nillable", "true").end();
            x.end().end().end().end();
            x.start(XSD, "element").attr("name", t.name()).attr("type", WfsNames.ECO_PREFIX + ":" + t.name() + "Type")
                    .attr("substitutionGroup", gml == GmlVersion.GML_32 ? "gml:AbstractFeature" : "gml:_Feature")
                    .end();
        }
        x.end();
        x.finish();
    }

    static String xsType(AttributeType type) {
        return switch (type) {
            case STRING -> "xsd:string";
            case INTEGER -> "xsd:integer";
            case DOUBLE -> "xsd:double";
            case BOOLEAN -> "xsd:boolean";
            case DATE -> "xsd:date";
            case TIMESTAMP -> "xsd:dateTime";
        };
    }

    /** The GML 2.1.2 property type of a geometry kind (OGC 02-069 geometry.xsd). */
    static String gml2GeometryType(GeometryKind kind) {
        return switch (kind) {
            case POINT -> "gml:PointPropertyType";
            case LINESTRING -> "gml:LineStringPropertyType";
            case POLYGON -> "gml:PolygonPropertyType";
            case MULTIPOINT -> "gml:MultiPointPropertyType";
            case MULTILINESTRING -> "gml:MultiLineStringPropertyType";
            case MULTIPOLYGON -> "gml:MultiPolygonPropertyType";
            case GEOMETRY -> "gml:GeometryPropertyType";
        };
    }

    /** The GML property type of a geometry kind, matching what {@code GmlGeometryWriter} writes. */
    static String geometryType(GeometryKind kind) {
        return switch (kind) {
            case POINT -> "gml:PointPropertyType";
            case LINESTRING -> "gml:CurvePropertyType";
            case POLYGON -> "gml:SurfacePropertyType";
            case MULTIPOINT -> "gml:MultiPointPropertyType";
            case MULTILINESTRING -> "gml:MultiCurvePropertyType";
            case MULTIPOLYGON -> "gml:MultiSurfacePropertyType";
            case GEOMETRY -> "gml:GeometryPropertyType";
        };
    }
}
