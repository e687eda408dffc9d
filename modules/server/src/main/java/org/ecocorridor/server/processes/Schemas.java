package org.ecocorridor.server.processes;

import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Small JSON Schema builders for process descriptions (JSON Schema as profiled by OGC 18-062r2). */
final class Schemas {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Schemas() {
    }

    static ObjectNode string(List<String> allowed, String defaultValue) {
        ObjectNode s = NODES.objectNode().put("type", "string");
        if (allowed != null) {
            ArrayNode e = s.putArray("enum");
            allowed.forEach(e::add);
        }
        if (defaultValue != null) {
            s.put("default", defaultValue);
        }
        return s;
    }

    static ObjectNode number(double minimumExclusive, Double defaultValue) {
        ObjectNode s = NODES.objectNode().put("type", "number").put("exclusiveMinimum", minimumExclusive);
        if (defaultValue != null) {
            s.put("default", defaultValue);
        }
        return s;
    }

    static ObjectNode integer(int minimum, int maximum, int defaultValue) {
        return NODES.objectNode().put("type", "integer").put("minimum", minimum).put("maximum", maximum)
                .put("default", defaultValue);
    }

    static ObjectNode bool(boolean defaultValue) {
        return NODES.objectNode().put("type", "boolean").put("default", defaultValue);
    }

    static ObjectNode arrayOf(ObjectNode items) {
        ObjectNode s = NODES.objectNode().put("type", "array");
        s.set("items", items);
        return s;
    }

    /** A GeoJSON FeatureCollection given inline, or the name of a stored layer. */
    static ObjectNode layerOrGeoJson() {
        ObjectNode s = NODES.objectNode();
        ArrayNode one = s.putArray("oneOf");
        one.add(NODES.objectNode().put("type", "string").put("description", "name of a stored layer"));
        one.add(NODES.objectNode().put("type", "object").put("contentMediaType", "application/geo+json")
                .put("description", "inline GeoJSON FeatureCollection (EPSG:4326)"));
        return s;
    }

    /** A layer output: a link to the published layer. */
    static ObjectNode layerLink() {
        ObjectNode s = NODES.objectNode().put("type", "object");
        s.putObject("properties").putObject("href").put("type", "string").put("format", "uri");
        return s;
    }
}
