package org.ecocorridor.ogc.wfs;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.ecocorridor.core.feature.AttributeDescriptor;
import org.ecocorridor.core.feature.Feature;
import org.ecocorridor.ogc.gml.GmlGeometryWriter;
import org.ecocorridor.ogc.gml.GmlVersion;
import org.locationtech.jts.geom.Geometry;

/**
 * Writes features as GML application-schema elements ({@code eco:<type>} with {@code gml:id}
 * {@code <type>.<id>}), attributes in schema order then the geometry, as the DescribeFeatureType
 * schema declares them. NULLs are written {@code xsi:nil="true"} (the schema makes nullable columns
 * nillable). Not thread-safe; one per document.
 */
final class GmlFeatureWriter {
    private final XMLStreamWriter w;
    private final GmlVersion gml;
    private final GmlGeometryWriter geometries;

    GmlFeatureWriter(XMLStreamWriter w, GmlVersion gml) {
        this.w = w;
        this.gml = gml;
        this.geometries = new GmlGeometryWriter(w, gml);
    }

    static String timeStamp() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    }

    void feature(QuerySpec q, Feature f, Geometry g) throws XMLStreamException {
        feature(q, f, g, false);
    }

    /** Writes a feature; as a document root it declares the eco, gml and xsi namespaces. */
    void feature(QuerySpec q, Feature f, Geometry g, boolean root) throws XMLStreamException {
        String fid = q.type().name() + "." + f.id();
        w.writeStartElement(WfsNames.ECO_NS, q.type().name());
        if (root) {
            w.writeNamespace(WfsNames.ECO_PREFIX, WfsNames.ECO_NS);
            w.writeNamespace("gml", gml.namespace());
            w.writeNamespace("xsi", WfsNames.XSI);
        }
        if (gml == GmlVersion.GML_212) {
            w.writeAttribute("fid", fid); // GML 2.1.2 AbstractFeatureType's identifier attribute
        } else {
            w.writeAttribute("gml", gml.namespace(), "id", fid);
        }
        for (AttributeDescriptor a : q.type().schema().attributes()) {
            if (!f.attributes().containsKey(a.name())) {
                continue;
            }
            Object v = f.get(a.name());
            if (v == null) {
                if (a.nullable()) {
                    w.writeEmptyElement(WfsNames.ECO_NS, a.name());
                    w.writeAttribute("xsi", WfsNames.XSI, "nil", "true");
                }
                continue;
            }
            w.writeStartElement(WfsNames.ECO_NS, a.name());
            w.writeCharacters(ValueText.of(v));
            w.writeEndElement();
        }
        if (g != null && FeatureStream.wantsGeometry(q)) {
            geometry(q, fid, g);
        }
        w.writeEndElement();
    }

    /** The geometry property element of a feature. */
    void geometry(QuerySpec q, String fid, Geometry g) throws XMLStreamException {
        w.writeStartElement(WfsNames.ECO_NS, q.type().geometryName());
        geometries.write(g, q.srsName(), q.srs().northingFirst(), fid);
        w.writeEndElement();
    }
}
