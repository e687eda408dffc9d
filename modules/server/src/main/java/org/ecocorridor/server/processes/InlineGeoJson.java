package org.ecocorridor.server.processes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecocorridor.core.feature.Feature;
import org.ecocorridor.store.io.geojson.GeoJsonGeometryParser;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Features given inline in a process input as a GeoJSON FeatureCollection (RFC 7946: EPSG:4326, lon/lat). */
final class InlineGeoJson {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private InlineGeoJson() {
    }

    /**
     * @param field the input's name, for errors
     * @throws InvalidInputException when the value is not a FeatureCollection of valid features
     */
    static List<Feature> features(JsonNode collection, String field) {
        if (!collection.isObject() || !"FeatureCollection".equals(collection.path("type").asString(""))
                || !collection.path("features").isArray()) {
            throw new InvalidInputException(field, "Input \"" + field + "\" must be a layer name or a GeoJSON"
                    + " FeatureCollection");
        }
        GeoJsonGeometryParser parser = new GeoJsonGeometryParser(new GeometryFactory());
        List<Feature> features = new ArrayList<>();
        int i = 0;
        for (JsonNode f : collection.path("features").values()) {
            Geometry g;
            try (JsonParser p = JSON.createParser(f.path("geometry").toString())) {
                p.nextToken();
                g = parser.parse(p);
            } catch (RuntimeException e) {
                throw new InvalidInputException(field, "Input \"" + field + "\", feature " + i + ": invalid GeoJSON"
                        + " geometry (" + e.getMessage() + ")");
            }
            if (g == null || g.isEmpty()) {
                throw new InvalidInputException(field, "Input \"" + field + "\", feature " + i + " has no geometry");
            }
            g.setSRID(4326);
            Map<String, Object> properties = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> p : f.path("properties").properties()) {
                JsonNode v = p.getValue();
                properties.put(p.getKey(), v.isNumber() ? (Object) v.doubleValue() : v.isBoolean() ? (Object) v.booleanValue()
                        : v.isNull() ? null : v.asString());
            }
            String id = f.has("id") ? f.get("id").asString() : String.valueOf(i + 1);
            features.add(new Feature(id, g, properties));
            i++;
        }
        if (features.isEmpty()) {
            throw new InvalidInputException(field, "Input \"" + field + "\" holds no features");
        }
        return features;
    }
}
