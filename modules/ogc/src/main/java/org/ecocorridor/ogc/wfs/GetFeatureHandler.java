package org.ecocorridor.ogc.wfs;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import org.ecocorridor.core.filter.InvalidFilterException;
import org.ecocorridor.core.source.FeatureReader;
import org.ecocorridor.ogc.exception.OgcException;
import org.ecocorridor.ogc.gml.GmlVersion;
import org.ecocorridor.ogc.ows.OwsResponse;
import org.ecocorridor.ogc.ows.XmlOut;

/**
 * Runs a parsed GetFeature / GetPropertyValue: counts the matches of every query first (which also
 * validates each filter against its type, so errors become exception reports before any output),
 * splits the (STARTINDEX, COUNT) window over the queries, then streams the features from database
 * cursors into the encoder. GML 3.2 collections carry {@code numberMatched}, {@code numberReturned}
 * and {@code next}/{@code previous} links (WFS 2.0 §7.7.4.4) for KVP requests. Counts and cursors go
 * through the request's {@link FeatureReader} (one connection), which the response closes once its
 * body is written.
 *
 * <p>Thread-safe (stateless).
 */
final class GetFeatureHandler {
    private final OutputFormats formats;

    GetFeatureHandler(OutputFormats formats) {
        this.formats = formats;
    }

    /**
     * The answer to a parsed request; its body closes {@code source} after writing. The caller closes
     * {@code source} when this throws.
     */
    OwsResponse handle(GetFeatureRequest r, PagingLinks links, FeatureReader source) {
        OwsResponse answer = answer(r, links, source);
        OwsResponse.Body body = answer.body();
        return new OwsResponse(answer.status(), answer.contentType(), answer.headers(), out -> {
            try (source) {
                body.writeTo(out);
            }
        });
    }

    private OwsResponse answer(GetFeatureRequest r, PagingLinks links, FeatureReader source) {
        List<Long> matched = new ArrayList<>();
        for (QuerySpec q : r.queries()) {
            matched.add(count(source, q));
        }
        long total = matched.stream().mapToLong(Long::longValue).sum();
        FeatureStream stream = r.hits() ? FeatureStream.window(r.queries(), matched, 0, 0)
                : FeatureStream.window(r.queries(), matched, r.startIndex(), r.count());
        if (r.singleById()) {
            if (total == 0) {
                throw OgcException.notFound("ID", "No feature with the requested id");
            }
            return OwsResponse.ok(WfsNames.GML32_FORMAT, out -> xml(out, x -> {
                GmlFeatureWriter w = new GmlFeatureWriter(x.writer(), GmlVersion.GML_32);
                boolean[] first = {true};
                stream.forEach(source, (q, f, g) -> {
                    if (first[0]) {
                        first[0] = false;
                        try {
                            w.feature(q, f, g, true);
                        } catch (XMLStreamException e) {
                            throw new IOException("Writing GML failed: " + e.getMessage(), e);
                        }
                    }
                });
            }));
        }
        long returned = stream.returned();
        // hits: next points at the first page of results (WFS 2.0 §7.7.4.2)
        String next = r.hits() ? (total > 0 ? links.at(r.startIndex(), r.count()) : null)
                : r.startIndex() + returned < total && returned > 0 ? links.at(r.startIndex() + r.count(), r.count())
                : null;
        String previous = !r.hits() && r.startIndex() > 0
                ? links.at(Math.max(0, r.startIndex() - r.count()), r.count()) : null;
        if (r.valueReference() != null) {
            return OwsResponse.ok(WfsNames.GML32_FORMAT,
                    out -> PropertyValueWriter.write(out, source, stream, r, total, next, previous));
        }
        var file = formats.file(r.outputFormat());
        if (file.isPresent() && !r.hits()) {
            return FileResponses.write(file.get(), source, stream, r.queries());
        }
        if (WfsNames.GEOJSON_FORMAT.equals(r.outputFormat())) {
            return OwsResponse.ok("application/json; charset=UTF-8", out -> {
                Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
                GeoJsonWriter json = new GeoJsonWriter(w);
                json.startCollection(total, returned);
                stream.forEach(source, json::feature);
                json.endCollection(next, previous);
                w.flush();
            });
        }
        if (WfsNames.CSV_FORMAT.equals(r.outputFormat())) {
            return new OwsResponse(200, "text/csv; charset=UTF-8", Map.of("Content-Disposition",
                    "attachment; filename=\"features.csv\""), out -> {
                        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
                        CsvWriter csv = new CsvWriter(w);
                        stream.forEach(source, csv::feature);
                        w.flush();
                    });
        }
        GmlVersion gml = switch (r.outputFormat()) {
            case WfsNames.GML311_FORMAT -> GmlVersion.GML_311;
            case WfsNames.GML2_FORMAT -> GmlVersion.GML_212;
            default -> GmlVersion.GML_32;
        };
        String contentType = switch (gml) {
            case GML_32 -> WfsNames.GML32_FORMAT;
            case GML_311 -> WfsNames.GML311_FORMAT;
            case GML_212 -> WfsNames.GML2_FORMAT;
        };
        return new OwsResponse(200, contentType, Map.of(), out -> FeatureCollectionWriter.write(out, source, stream,
                r, gml, total, next, previous, links.describeUrl(r.queries())));
    }

    private static long count(FeatureReader source, QuerySpec q) {
        try {
            return source.count(q.type().name(), q.filter());
        } catch (InvalidFilterException e) {
            throw OgcException.invalidParameter(e.locator() == null ? "FILTER" : e.locator(), e.getMessage());
        }
    }

    /** XML body helper. */
    interface XmlBody {
        void write(XmlOut x) throws IOException, XMLStreamException;
    }

    /** Opens a buffered UTF-8 document with the GML 3.2, eco and xsi prefixes set (declared by the body). */
    static void xml(OutputStream raw, XmlBody body) throws IOException {
        OutputStream out = new BufferedOutputStream(raw, 1 << 16);
        try {
            XmlOut x = XmlOut.open(out, "gml", GmlVersion.GML_32.namespace(), WfsNames.ECO_PREFIX, WfsNames.ECO_NS,
                    "xsi", WfsNames.XSI);
            body.write(x);
            x.finish();
        } catch (XMLStreamException e) {
            throw new IOException("Writing XML failed: " + e.getMessage(), e);
        }
        out.flush();
    }
}
