package org.ecocorridor.store.io;

import java.io.IOException;
import java.io.OutputStream;
import java.util.regex.Pattern;
import org.ecocorridor.core.crs.GeometryTransform;
import org.ecocorridor.core.feature.AttributeDescriptor;
import org.ecocorridor.core.feature.Feature;
import org.ecocorridor.core.feature.FeatureCursor;
import org.ecocorridor.core.feature.FeatureSchema;
import org.ecocorridor.store.io.geojson.GeoJsonGeometryWriter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;

/**
 * Streams features as an RFC 7946 {@code FeatureCollection}: one {@code Feature} per cursor row
 * with {@code id} (a JSON number when the id is a decimal integer, else a string), {@code geometry}
 * (EPSG:4326 longitude/latitude, 7 decimals, see {@link GeoJsonGeometryWriter}) and
 * {@code properties} in schema order. Dates and timestamps are ISO 8601 strings; non-finite doubles
 * are null (JSON has no NaN). No {@code crs} member (RFC 7946 §4).
 *
 * <p>Thread-safe: stateless; the output stream is flushed, not closed.
 */
final class GeoJsonFeatureWriter {
    private static final JsonFactory JSON = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
    private static final Pattern INTEGER_ID = Pattern.compile("-?(0|[1-9][0-9]{0,17})");

    private GeoJsonFeatureWriter() {
    }

    static long write(FeatureCursor cursor, OutputStream out) throws IOException {
        FeatureSchema schema = cursor.schema();
        GeometryTransform toLonLat = ExportSupport.toLonLat(schema);
        GeoJsonGeometryWriter geometries = GeoJsonGeometryWriter.forDegrees();
        long count = 0;
        try (JsonGenerator g = JSON.createGenerator(ObjectWriteContext.empty(), out)) {
            g.writeStartObject();
            g.writeStringProperty("type", "FeatureCollection");
            g.writeName("features");
            g.writeStartArray();
            while (cursor.hasNext()) {
                Feature f = cursor.next();
                g.writeStartObject();
                g.writeStringProperty("type", "Feature");
                writeId(f.id(), g);
                g.writeName("geometry");
                geometries.write(ExportSupport.lonLat(f.geometry(), toLonLat), g);
                g.writeName("properties");
                g.writeStartObject();
                for (AttributeDescriptor a : schema.attributes()) {
                    g.writeName(a.name());
                    writeValue(f.get(a.name()), g);
                }
                g.writeEndObject();
                g.writeEndObject();
                count++;
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (JacksonIOException e) {
            throw e.getCause();
        }
        out.flush();
        return count;
    }

    private static void writeId(String id, JsonGenerator g) {
        if (id == null) {
            return;
        }
        g.writeName("id");
        if (INTEGER_ID.matcher(id).matches()) {
            g.writeNumber(Long.parseLong(id));
        } else {
            g.writeString(id);
        }
    }

    private static void writeValue(Object value, JsonGenerator g) {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short) {
            g.writeNumber(((Number) value).longValue());
        } else if (value instanceof Number n) {
            double d = n.doubleValue();
            if (Double.isFinite(d)) {
                g.writeNumber(d);
            } else {
                g.writeNull();
            }
        } else { // String, LocalDate and Instant (ISO 8601 by toString)
            g.writeString(value.toString());
        }
    }
}
