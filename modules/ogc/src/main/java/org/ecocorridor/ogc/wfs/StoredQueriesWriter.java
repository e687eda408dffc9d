package org.ecocorridor.ogc.wfs;

import static org.ecocorridor.ogc.wfs.WfsNames.WFS_20;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.ecocorridor.core.catalog.LayerInfo;
import org.ecocorridor.ogc.exception.OgcException;
import org.ecocorridor.ogc.ows.XmlOut;

/**
 * ListStoredQueries and DescribeStoredQueries (WFS 2.0 §14.3-14.4) for the one stored query
 * offered, the mandatory GetFeatureById (§7.9.3.6), which returns every visible type.
 * Thread-safe (stateless).
 */
final class StoredQueriesWriter {
    private StoredQueriesWriter() {
    }

    static void list(OutputStream out, List<LayerInfo> types) throws IOException {
        write(out, x -> {
            x.start(WFS_20, "ListStoredQueriesResponse").declare("wfs", WFS_20, WfsNames.ECO_PREFIX, WfsNames.ECO_NS,
                    "xsi", WfsNames.XSI)
                    .attr(WfsNames.XSI, "schemaLocation", WFS_20 + " " + WfsNames.WFS_20_SCHEMA);
            x.start(WFS_20, "StoredQuery").attr("id", WfsNames.GET_FEATURE_BY_ID)
                    .element(WFS_20, "Title", "Get feature by identifier");
            returnTypes(x, types);
            x.end().end();
        });
    }

    static void describe(OutputStream out, List<String> ids, List<LayerInfo> types) throws IOException {
        for (String id : ids) {
            if (!WfsNames.GET_FEATURE_BY_ID.equals(id)) {
                throw OgcException.invalidParameter("STOREDQUERY_ID", "Unknown stored query \"" + id + "\"");
            }
        }
        write(out, x -> {
            x.start(WFS_20, "DescribeStoredQueriesResponse").declare("wfs", WFS_20, WfsNames.ECO_PREFIX,
                    WfsNames.ECO_NS, "xsi", WfsNames.XSI, "xs", WfsNames.XSD)
                    .attr(WfsNames.XSI, "schemaLocation", WFS_20 + " " + WfsNames.WFS_20_SCHEMA);
            x.start(WFS_20, "StoredQueryDescription").attr("id", WfsNames.GET_FEATURE_BY_ID)
                    .element(WFS_20, "Title", "Get feature by identifier")
                    .element(WFS_20, "Abstract", "Returns the single feature whose gml:id is ID, or NotFound (404).");
            x.start(WFS_20, "Parameter").attr("name", "ID").attr("type", "xs:string").end();
            x.start(WFS_20, "QueryExpressionText").attr("isPrivate", "true")
                    .attr("language", "urn:ogc:def:queryLanguage:OGC-WFS::WFSQueryExpression")
                    .attr("returnFeatureTypes", String.join(" ", types.stream()
                            .map(t -> WfsNames.ECO_PREFIX + ":" + t.name()).toList()))
                    .end();
            x.end().end();
        });
    }

    private static void returnTypes(XmlOut x, List<LayerInfo> types) throws XMLStreamException {
        for (LayerInfo t : types) {
            x.element(WFS_20, "ReturnFeatureType", WfsNames.ECO_PREFIX + ":" + t.name());
        }
    }

    private static void write(OutputStream raw, GetFeatureHandler.XmlBody body) throws IOException {
        try {
            XmlOut x = XmlOut.open(raw, "wfs", WFS_20, WfsNames.ECO_PREFIX, WfsNames.ECO_NS, "xsi", WfsNames.XSI,
                    "xs", WfsNames.XSD);
            body.write(x);
            x.finish();
        } catch (XMLStreamException e) {
            throw new IOException("Writing stored queries failed: " + e.getMessage(), e);
        }
    }
}
