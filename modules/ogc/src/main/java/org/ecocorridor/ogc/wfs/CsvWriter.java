package org.ecocorridor.ogc.wfs;

import java.io.IOException;
import java.io.Writer;
import org.ecocorridor.core.feature.AttributeDescriptor;
import org.ecocorridor.core.feature.Feature;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTWriter;

/**
 * Streams features as CSV (RFC 4180): a header {@code id,<attributes>,<geometry>} per query, values
 * quoted when they hold a comma, quote or line break (quotes doubled), NULL as an empty field, the
 * geometry as WKT in (east, north) order of the output CRS. Not thread-safe; one per document.
 */
final class CsvWriter {
    private final Writer out;
    private final WKTWriter wkt = new WKTWriter(2);
    private QuerySpec current;

    CsvWriter(Writer out) {
        this.out = out;
    }

    void feature(QuerySpec q, Feature f, Geometry g) throws IOException {
        boolean geometry = FeatureStream.wantsGeometry(q);
        if (q != current) {
            current = q;
            out.write("id");
            for (AttributeDescriptor a : q.type().schema().attributes()) {
                if (q.propertyNames() == null || q.propertyNames().contains(a.name())) {
                    out.write(',');
                    field(a.name());
                }
            }
            if (geometry) {
                out.write(',');
                field(q.type().geometryName());
            }
            out.write("\r\n");
        }
        field(q.type().name() + "." + f.id());
        for (AttributeDescriptor a : q.type().schema().attributes()) {
            if (f.attributes().containsKey(a.name())) {
                out.write(',');
                Object v = f.get(a.name());
                if (v != null) {
                    field(ValueText.of(v));
                }
            }
        }
        if (geometry) {
            out.write(',');
            if (g != null) {
                field(wkt.write(g));
            }
        }
        out.write("\r\n");
    }

    private void field(String s) throws IOException {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            out.write(s);
            return;
        }
        out.write('"');
        out.write(s.replace("\"", "\"\""));
        out.write('"');
    }
}
