package org.ecocorridor.store.io;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;
import org.ecocorridor.store.io.geojson.GeoJsonGeometryParser;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;

/**
 * Streams the features of a GeoJSON file with a Jackson 3 {@link JsonParser}: one feature in
 * memory at a time, whatever the file size.
 *
 * <p>Accepts a {@code FeatureCollection} (members in any order; the legacy {@code crs} member may
 * come before or after {@code features}) or a single {@code Feature}. Feature ids (string or number)
 * become {@link RawFeature#id()}; property values become String, Long, Double, Boolean or null;
 * nested objects and arrays are kept as their JSON text. Geometries are parsed by {@link
 * GeoJsonGeometryParser}. The CRS name is available from {@link #declaredCrs()} once it has been
 * read, which for a trailing {@code crs} member is only at the end of the pass.
 *
 * <p>Not thread-safe; one per pass.
 */
final class GeoJsonFeatureReader implements RawFeatureReader {
    /** Jackson 3 factories are immutable and thread-safe. */
    private static final JsonFactory JSON = new JsonFactory();

    private final String file;
    private final JsonParser p;
    private final GeoJsonGeometryParser geometries;
    private String crsName;
    private String topType;
    private boolean inFeatures;
    private boolean finished;
    private long row;
    private boolean singleFeature;
    private String singleId;
    private Geometry singleGeometry;
    private Map<String, Object> singleProperties = Map.of();

    GeoJsonFeatureReader(Path path, String file, GeometryFactory factory) throws IOException, ImportException {
        this.file = file;
        this.geometries = new GeoJsonGeometryParser(factory);
        this.p = JSON.createParser(ObjectReadContext.empty(), Files.newInputStream(path));
        boolean ok = false;
        try {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new ImportException(file, "not a GeoJSON object (the file does not start with '{')");
            }
            ok = true;
        } catch (JacksonIOException e) {
            throw e.getCause();
        } catch (JacksonException e) {
            throw new ImportException(file, "invalid JSON: " + e.getOriginalMessage(), e);
        } finally {
            if (!ok) {
                p.close();
            }
        }
    }

    /** The legacy {@code crs} name seen so far, or null. */
    String declaredCrs() {
        return crsName;
    }

    /**
     * The EPSG code of {@link #declaredCrs()}, empty when no {@code crs} member was seen.
     *
     * @throws ImportException for a CRS name that is not an EPSG or CRS84 name
     */
    OptionalInt declaredEpsg() throws ImportException {
        if (crsName == null) {
            return OptionalInt.empty();
        }
        OptionalInt epsg = GeoJsonCrs.epsgOf(crsName);
        if (epsg.isEmpty()) {
            throw new ImportException(file, "unsupported \"crs\" name \"" + crsName
                    + "\"; use an EPSG URN such as urn:ogc:def:crs:EPSG::3857, or give the EPSG code explicitly");
        }
        return epsg;
    }

    @Override
    public RawFeature next() throws IOException, ImportException {
        try {
            return advance();
        } catch (JacksonIOException e) {
            throw e.getCause();
        } catch (JacksonException e) {
            var at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            String detail = "invalid GeoJSON" + where + ": " + e.getOriginalMessage();
            throw inFeatures ? ImportException.atRow(file, row, null, detail) : new ImportException(file, detail, e);
        }
    }

    private RawFeature advance() throws ImportException {
        while (true) {
            if (inFeatures) {
                JsonToken t = p.nextToken();
                if (t == JsonToken.END_ARRAY) {
                    inFeatures = false;
                    continue;
                }
                row++;
                if (t != JsonToken.START_OBJECT) {
                    throw ImportException.atRow(file, row, null, "a feature must be a JSON object, got " + t);
                }
                return readFeature();
            }
            if (finished) {
                return null;
            }
            JsonToken t = p.nextToken();
            if (t != JsonToken.PROPERTY_NAME) {
                finished = true;
                return endOfDocument();
            }
            String name = p.currentName();
            p.nextToken();
            switch (name) {
                case "type" -> topType = scalar();
                case "crs" -> crsName = readCrs();
                case "features" -> {
                    if (p.currentToken() != JsonToken.START_ARRAY) {
                        throw new ImportException(file, "\"features\" must be an array");
                    }
                    inFeatures = true;
                }
                case "id" -> singleId = scalar();
                case "geometry" -> {
                    singleFeature = true;
                    singleGeometry = geometries.parse(p);
                }
                case "properties" -> {
                    singleFeature = true;
                    singleProperties = readProperties();
                }
                default -> p.skipChildren();
            }
        }
    }

    private RawFeature endOfDocument() throws ImportException {
        if ("Feature".equals(topType) || (topType == null && singleFeature)) {
            row = 1;
            return new RawFeature(1, singleId, singleGeometry, singleProperties);
        }
        if (!"FeatureCollection".equals(topType)) {
            throw new ImportException(file, topType == null
                    ? "no GeoJSON \"type\" member at the top level"
                    : "GeoJSON type \"" + topType + "\" is not a Feature or FeatureCollection;"
                    + " wrap bare geometries in a Feature");
        }
        return null;
    }

    private RawFeature readFeature() {
        String id = null;
        Geometry geometry = null;
        Map<String, Object> properties = Map.of();
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            p.nextToken();
            switch (name) {
                case "id" -> id = scalar();
                case "geometry" -> geometry = geometries.parse(p);
                case "properties" -> properties = readProperties();
                default -> p.skipChildren();
            }
        }
        return new RawFeature(row, id, geometry, properties);
    }

    /** The text of a scalar value (null for JSON null); an object or array is skipped and gives null. */
    private String scalar() {
        if (p.currentToken() == JsonToken.START_OBJECT || p.currentToken() == JsonToken.START_ARRAY) {
            p.skipChildren();
            return null;
        }
        return p.currentToken() == JsonToken.VALUE_NULL ? null : p.getValueAsString();
    }

    private Map<String, Object> readProperties() {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return Map.of();
        }
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw new StreamReadException(p, "\"properties\" must be an object or null, got " + p.currentToken());
        }
        Map<String, Object> values = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            p.nextToken();
            values.put(name, value());
        }
        return values;
    }

    private Object value() {
        return switch (p.currentToken()) {
            case VALUE_STRING -> p.getString();
            case VALUE_NUMBER_INT -> p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                    ? (Object) p.getDoubleValue() : (Object) p.getLongValue();
            case VALUE_NUMBER_FLOAT -> p.getDoubleValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case START_OBJECT, START_ARRAY -> nestedJson();
            default -> null;
        };
    }

    private String nestedJson() {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(ObjectWriteContext.empty(), text)) {
            g.copyCurrentStructure(p);
        }
        return text.toString();
    }

    private String readCrs() {
        String name = null;
        if (p.currentToken() != JsonToken.START_OBJECT) {
            p.skipChildren();
            return null;
        }
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String member = p.currentName();
            p.nextToken();
            if (member.equals("properties") && p.currentToken() == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                    String key = p.currentName();
                    p.nextToken();
                    if (key.equals("name")) {
                        name = p.getValueAsString();
                    } else if (key.equals("code")) { // 2008 spec: {"type":"EPSG","properties":{"code":3857}}
                        name = "EPSG:" + p.getValueAsString();
                    } else {
                        p.skipChildren();
                    }
                }
            } else {
                p.skipChildren();
            }
        }
        return name;
    }

    @Override
    public void close() {
        p.close();
    }
}
