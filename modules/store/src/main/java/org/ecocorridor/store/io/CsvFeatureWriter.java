package org.ecocorridor.store.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ecocorridor.core.crs.GeometryTransform;
import org.ecocorridor.core.feature.AttributeDescriptor;
import org.ecocorridor.core.feature.Feature;
import org.ecocorridor.core.feature.FeatureCursor;
import org.ecocorridor.core.feature.FeatureSchema;
import org.ecocorridor.core.feature.GeometryKind;
import org.ecocorridor.store.io.csv.CsvWriter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.Ordinate;
import org.locationtech.jts.io.WKTWriter;

/**
 * Streams features as CSV (RFC 4180, UTF-8 without byte-order mark, comma, CRLF): one column per
 * attribute in schema order, then {@code wkt} (the geometry in EPSG:4326, x = longitude, 7 decimals),
 * and for point layers {@code lon} and {@code lat} as well, so that spreadsheets and our own CSV
 * reader both find the points. An attribute named like one of these columns is written as
 * {@code <name>_1}. Values: plain decimals, ISO 8601 dates and timestamps, empty for null.
 *
 * <p>Thread-safe: stateless; the output stream is flushed, not closed.
 */
final class CsvFeatureWriter {
    /** 1e-7 degree ≈ 1.1 cm of latitude, as in the GeoJSON output. */
    static final int DEGREE_DECIMALS = 7;

    private CsvFeatureWriter() {
    }

    static long write(FeatureCursor cursor, OutputStream out) throws IOException {
        FeatureSchema schema = cursor.schema();
        boolean points = schema.geometryKind() == GeometryKind.POINT;
        GeometryTransform toLonLat = ExportSupport.toLonLat(schema);
        WKTWriter wkt = new WKTWriter(2);
        wkt.setOutputOrdinates(Ordinate.createXY());
        wkt.setPrecisionModel(new PrecisionModel(Math.pow(10, DEGREE_DECIMALS)));
        var text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        CsvWriter csv = new CsvWriter(text, ',');
        List<String> header = new ArrayList<>(ExportSupport.columnNames(schema, Set.of("wkt", "lon", "lat")));
        header.add("wkt");
        if (points) {
            header.add("lon");
            header.add("lat");
        }
        csv.writeRecord(header);
        long count = 0;
        List<String> record = new ArrayList<>(header.size());
        while (cursor.hasNext()) {
            Feature f = cursor.next();
            record.clear();
            for (AttributeDescriptor a : schema.attributes()) {
                record.add(ExportSupport.text(f.get(a.name())));
            }
            Geometry g = ExportSupport.lonLat(f.geometry(), toLonLat);
            record.add(g == null ? null : wkt.write(g));
            if (points) {
                boolean has = g instanceof Point p && !p.isEmpty();
                record.add(has ? ExportSupport.decimal(((Point) g).getX(), DEGREE_DECIMALS) : null);
                record.add(has ? ExportSupport.decimal(((Point) g).getY(), DEGREE_DECIMALS) : null);
            }
            csv.writeRecord(record);
            count++;
        }
        csv.flush();
        return count;
    }
}
