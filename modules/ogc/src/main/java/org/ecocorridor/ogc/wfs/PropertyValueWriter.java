package org.ecocorridor.ogc.wfs;

import java.io.IOException;
import java.io.OutputStream;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.ecocorridor.core.source.FeatureReader;
import org.ecocorridor.ogc.gml.GmlVersion;
import org.ecocorridor.ogc.ows.XmlOut;

/**
 * GetPropertyValue (WFS 2.0 §10): a {@code wfs:ValueCollection} with one {@code wfs:member} per
 * feature whose property has a value, holding the property element ({@code <eco:name>Khanka</eco:name>}
 * or the geometry property with its GML geometry). Thread-safe (stateless).
 */
final class PropertyValueWriter {
    private PropertyValueWriter() {
    }

    static void write(OutputStream raw, FeatureReader source, FeatureStream stream, GetFeatureRequest r, long matched,
            String next, String previous) throws IOException {
        java.io.BufferedOutputStream out = new java.io.BufferedOutputStream(raw, 1 << 16);
        String gml = GmlVersion.GML_32.namespace();
        try {
            XmlOut x = XmlOut.open(out, "wfs", WfsNames.WFS_20, "gml", gml, WfsNames.ECO_PREFIX, WfsNames.ECO_NS,
                    "xsi", WfsNames.XSI);
            x.start(WfsNames.WFS_20, "ValueCollection").declare("wfs", WfsNames.WFS_20, "gml", gml,
                    WfsNames.ECO_PREFIX, WfsNames.ECO_NS, "xsi", WfsNames.XSI)
                    .attr(WfsNames.XSI, "schemaLocation", WfsNames.WFS_20 + " " + WfsNames.WFS_20_SCHEMA)
                    .attr("timeStamp", GmlFeatureWriter.timeStamp())
                    .attr("numberMatched", Long.toString(matched))
                    .attr("numberReturned", Long.toString(stream.returned()));
            if (next != null) {
                x.attr("next", next);
            }
            if (previous != null) {
                x.attr("previous", previous);
            }
            XMLStreamWriter w = x.writer();
            GmlFeatureWriter features = new GmlFeatureWriter(w, GmlVersion.GML_32);
            String property = r.valueReference();
            stream.forEach(source, (q, f, g) -> {
                try {
                    if (property.equals(GetFeatureRequest.GML_ID)) {
                        w.writeStartElement(WfsNames.WFS_20, "member");
                        w.writeCharacters(q.type().name() + "." + f.id());
                        w.writeEndElement();
                    } else if (property.equals(q.type().geometryName())) {
                        if (g != null) {
                            w.writeStartElement(WfsNames.WFS_20, "member");
                            features.geometry(q, q.type().name() + "." + f.id(), g);
                            w.writeEndElement();
                        }
                    } else if (f.get(property) != null) {
                        w.writeStartElement(WfsNames.WFS_20, "member");
                        w.writeStartElement(WfsNames.ECO_NS, property);
                        w.writeCharacters(ValueText.of(f.get(property)));
                        w.writeEndElement();
                        w.writeEndElement();
                    }
                } catch (XMLStreamException e) {
                    throw new IOException("Writing values failed: " + e.getMessage(), e);
                }
            });
            x.end();
            x.finish();
        } catch (XMLStreamException e) {
            throw new IOException("Writing values failed: " + e.getMessage(), e);
        }
        out.flush();
    }
}
