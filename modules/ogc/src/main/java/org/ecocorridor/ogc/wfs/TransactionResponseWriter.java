package org.ecocorridor.ogc.wfs;

import java.io.IOException;
import java.io.OutputStream;
import javax.xml.stream.XMLStreamException;
import org.ecocorridor.core.source.TransactionResult;
import org.ecocorridor.ogc.ows.XmlOut;

/**
 * Transaction responses per version: WFS 2.0 {@code wfs:TransactionResponse} (summary with
 * totalInserted/Updated/Replaced/Deleted, {@code fes:ResourceId} of new features), WFS 1.1
 * {@code wfs:TransactionResponse} ({@code ogc:FeatureId}) and WFS 1.0
 * {@code wfs:WFS_TransactionResponse} ({@code InsertResult}, {@code SUCCESS}). New ids are
 * {@code <type>.<id>}. Thread-safe (stateless).
 */
final class TransactionResponseWriter {
    private TransactionResponseWriter() {
    }

    static void write(OutputStream out, TransactionResult r, String version) throws IOException {
        try {
            if ("2.0.0".equals(version)) {
                v20(out, r);
            } else if ("1.1.0".equals(version)) {
                v11(out, r);
            } else {
                v10(out, r);
            }
        } catch (XMLStreamException e) {
            throw new IOException("Writing the transaction response failed: " + e.getMessage(), e);
        }
    }

    private static void v20(OutputStream out, TransactionResult r) throws XMLStreamException {
        String wfs = WfsNames.WFS_20;
        XmlOut x = XmlOut.open(out, "wfs", wfs, "fes", WfsNames.FES_20, "xsi", WfsNames.XSI);
        x.start(wfs, "TransactionResponse").declare("wfs", wfs, "fes", WfsNames.FES_20, "xsi", WfsNames.XSI)
                .attr("version", "2.0.0").attr(WfsNames.XSI, "schemaLocation", wfs + " " + WfsNames.WFS_20_SCHEMA);
        x.start(wfs, "TransactionSummary").element(wfs, "totalInserted", Integer.toString(r.insertedIds().size()))
                .element(wfs, "totalUpdated", Long.toString(r.updated()))
                .element(wfs, "totalReplaced", Long.toString(r.replaced()))
                .element(wfs, "totalDeleted", Long.toString(r.deleted())).end();
        if (!r.insertedIds().isEmpty()) {
            x.start(wfs, "InsertResults");
            for (TransactionResult.InsertedId id : r.insertedIds()) {
                x.start(wfs, "Feature").empty(WfsNames.FES_20, "ResourceId", "rid", id.typeName() + "." + id.id()).end();
            }
            x.end();
        }
        x.end();
        x.finish();
    }

    private static void v11(OutputStream out, TransactionResult r) throws XMLStreamException {
        String wfs = WfsNames.WFS_11;
        XmlOut x = XmlOut.open(out, "wfs", wfs, "ogc", WfsNames.OGC, "xsi", WfsNames.XSI);
        x.start(wfs, "TransactionResponse").declare("wfs", wfs, "ogc", WfsNames.OGC, "xsi", WfsNames.XSI)
                .attr("version", "1.1.0").attr(WfsNames.XSI, "schemaLocation", wfs + " " + WfsNames.WFS_11_SCHEMA);
        x.start(wfs, "TransactionSummary").element(wfs, "totalInserted", Integer.toString(r.insertedIds().size()))
                .element(wfs, "totalUpdated", Long.toString(r.updated() + r.replaced()))
                .element(wfs, "totalDeleted", Long.toString(r.deleted())).end();
        if (!r.insertedIds().isEmpty()) {
            x.start(wfs, "InsertResults");
            for (TransactionResult.InsertedId id : r.insertedIds()) {
                x.start(wfs, "Feature").empty(WfsNames.OGC, "FeatureId", "fid", id.typeName() + "." + id.id()).end();
            }
            x.end();
        }
        x.end();
        x.finish();
    }

    private static void v10(OutputStream out, TransactionResult r) throws XMLStreamException {
        String wfs = WfsNames.WFS_11; // WFS 1.0 and 1.1 share the namespace
        XmlOut x = XmlOut.open(out, "wfs", wfs, "ogc", WfsNames.OGC);
        x.start(wfs, "WFS_TransactionResponse").declare("wfs", wfs, "ogc", WfsNames.OGC).attr("version", "1.0.0");
        if (!r.insertedIds().isEmpty()) {
            x.start(wfs, "InsertResult");
            for (TransactionResult.InsertedId id : r.insertedIds()) {
                x.empty(WfsNames.OGC, "FeatureId", "fid", id.typeName() + "." + id.id());
            }
            x.end();
        }
        x.start(wfs, "TransactionResult").start(wfs, "Status").start(wfs, "SUCCESS").end().end().end();
        x.end();
        x.finish();
    }
}
