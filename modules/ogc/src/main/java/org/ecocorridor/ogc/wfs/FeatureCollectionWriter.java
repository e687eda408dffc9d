package org.ecocorridor.ogc.wfs;

import java.io.IOException;
import java.io.OutputStream;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.ecocorridor.core.source.FeatureReader;
import org.ecocorridor.ogc.gml.GmlVersion;
import org.ecocorridor.ogc.ows.XmlOut;

/**
 * Streams a GetFeature result as {@code wfs:FeatureCollection}: WFS 2.0 with GML 3.2
 * ({@code numberMatched}, {@code numberReturned}, {@code timeStamp}, {@code next},
 * {@code previous}; features in {@code wfs:member}) or WFS 1.1 with GML 3.1.1
 * ({@code numberOfFeatures}, {@code gml:featureMember}) or WFS 1.0 with GML 2.1.2 ({@code gml:boundedBy}
 * with {@code gml:null} "unknown", which GML 2 feature collections require before the members, and
 * {@code gml:featureMember}). The schemaLocation points at the
 * DescribeFeatureType of the queried types, so that the document validates.
 *
 * <p>Thread-safe (stateless).
 */
final class FeatureCollectionWriter {
    private FeatureCollectionWriter() {
    }

    static void write(OutputStream raw, FeatureReader source, FeatureStream stream, GetFeatureRequest r,
            GmlVersion gml, long matched, String next, String previous, String describeUrl) throws IOException {
        boolean wfs20 = gml == GmlVersion.GML_32;
        boolean wfs10 = gml == GmlVersion.GML_212;
        String wfsNs = wfs20 ? WfsNames.WFS_20 : WfsNames.WFS_11;
        String wfsSchema = wfs20 ? WfsNames.WFS_20_SCHEMA : wfs10 ? WfsNames.WFS_10_SCHEMA : WfsNames.WFS_11_SCHEMA;
        java.io.BufferedOutputStream out = new java.io.BufferedOutputStream(raw, 1 << 16);
        try {
            XmlOut x = XmlOut.open(out, "wfs", wfsNs, "gml", gml.namespace(), WfsNames.ECO_PREFIX, WfsNames.ECO_NS,
                    "xsi", WfsNames.XSI);
            x.start(wfsNs, "FeatureCollection").declare("wfs", wfsNs, "gml", gml.namespace(), WfsNames.ECO_PREFIX,
                    WfsNames.ECO_NS, "xsi", WfsNames.XSI);
            x.attr(WfsNames.XSI, "schemaLocation", WfsNames.ECO_NS + " " + describeUrl + " " + wfsNs + " "
                    + wfsSchema + (wfs10 ? "" : " " + gml.namespace() + " " + gml.schemaLocation()));
            if (!wfs10) {
                x.attr("timeStamp", GmlFeatureWriter.timeStamp());
            }
            if (wfs10) {
                x.start(gml.namespace(), "boundedBy").element(gml.namespace(), "null", "unknown").end();
            } else if (wfs20) {
                x.attr("numberMatched", Long.toString(matched));
                x.attr("numberReturned", Long.toString(stream.returned()));
                if (next != null) {
                    x.attr("next", next);
                }
                if (previous != null) {
                    x.attr("previous", previous);
                }
            } else {
                x.attr("numberOfFeatures", Long.toString(r.hits() ? matched : stream.returned()));
            }
            XMLStreamWriter w = x.writer();
            GmlFeatureWriter features = new GmlFeatureWriter(w, gml);
            String memberNs = wfs20 ? wfsNs : gml.namespace();
            String member = wfs20 ? "member" : "featureMember";
            stream.forEach(source, (q, f, g) -> {
                try {
                    w.writeStartElement(memberNs, member);
                    features.feature(q, f, g);
                    w.writeEndElement();
                } catch (XMLStreamException e) {
                    throw new IOException("Writing GML failed: " + e.getMessage(), e);
                }
            });
            x.end();
            x.finish();
        } catch (XMLStreamException e) {
            throw new IOException("Writing GML failed: " + e.getMessage(), e);
        }
        out.flush();
    }
}
