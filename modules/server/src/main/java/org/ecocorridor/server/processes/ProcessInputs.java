package org.ecocorridor.server.processes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ecocorridor.core.species.SpeciesCode;
import org.ecocorridor.core.species.SpeciesGroup;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads one execute request's {@code inputs}, checking each value and collecting the completed inputs;
 * every error names its field. Not thread-safe (one per request).
 */
final class ProcessInputs {
    private final JsonNode in;
    private final ObjectNode out = JsonNodeFactory.instance.objectNode();
    private final List<String> known = new ArrayList<>();

    ProcessInputs(JsonNode inputs) {
        if (inputs != null && !inputs.isNull() && !inputs.isMissingNode() && !inputs.isObject()) {
            throw new InvalidInputException("inputs", "\"inputs\" must be a JSON object of input values");
        }
        this.in = inputs == null ? JsonNodeFactory.instance.objectNode() : inputs;
    }

    private JsonNode value(String name) {
        known.add(name);
        JsonNode v = in.get(name);
        // OGC 18-062r2 also allows {"value": ...} qualified inputs
        if (v != null && v.isObject() && v.has("value") && v.size() == 1) {
            v = v.get("value");
        }
        return v == null || v.isNull() ? null : v;
    }

    SpeciesCode species(String name, SpeciesGroup group, SpeciesCode defaultValue) {
        JsonNode v = value(name);
        if (v == null) {
            if (defaultValue == null) {
                throw new InvalidInputException(name, "Input \"" + name + "\" is required: a species code, one of "
                        + codes(group));
            }
            out.put(name, defaultValue.code());
            return defaultValue;
        }
        SpeciesCode s = null;
        if (v.isString()) {
            for (SpeciesCode c : SpeciesCode.values()) {
                if (c.code().equals(v.asString())) {
                    s = c;
                }
            }
        }
        if (s == null || (group != null && s.group() != group)) {
            throw new InvalidInputException(name, "Input \"" + name + "\" must be one of " + codes(group) + ", got " + v);
        }
        out.put(name, s.code());
        return s;
    }

    /** An optional species; null when absent. */
    SpeciesCode optionalSpecies(String name, SpeciesGroup group) {
        JsonNode v = in.get(name);
        if (v == null || v.isNull()) {
            known.add(name);
            return null;
        }
        return species(name, group, null);
    }

    private static List<String> codes(SpeciesGroup group) {
        List<String> codes = new ArrayList<>();
        for (SpeciesCode c : SpeciesCode.values()) {
            if (group == null || c.group() == group) {
                codes.add(c.code());
            }
        }
        return codes;
    }

    double positive(String name, double defaultValue) {
        JsonNode v = value(name);
        double d = defaultValue;
        if (v != null) {
            if (!v.isNumber() || !(v.doubleValue() > 0) || !Double.isFinite(v.doubleValue())) {
                throw new InvalidInputException(name, "Input \"" + name + "\" must be a number > 0, got " + v);
            }
            d = v.doubleValue();
        }
        if (Double.isFinite(d)) {
            out.put(name, d);
        } else {
            out.putNull(name);
        }
        return d;
    }

    int integer(String name, int min, int max, int defaultValue) {
        JsonNode v = value(name);
        int i = defaultValue;
        if (v != null) {
            if (!v.isIntegralNumber() || v.doubleValue() < min || v.doubleValue() > max) {
                throw new InvalidInputException(name, "Input \"" + name + "\" must be an integer in [" + min + ", "
                        + max + "], got " + v);
            }
            i = v.intValue();
        }
        out.put(name, i);
        return i;
    }

    boolean bool(String name, boolean defaultValue) {
        JsonNode v = value(name);
        if (v != null && !v.isBoolean()) {
            throw new InvalidInputException(name, "Input \"" + name + "\" must be true or false, got " + v);
        }
        boolean b = v == null ? defaultValue : v.booleanValue();
        out.put(name, b);
        return b;
    }

    String choice(String name, List<String> allowed, String defaultValue) {
        JsonNode v = value(name);
        if (v != null && !(v.isString() && allowed.contains(v.asString()))) {
            throw new InvalidInputException(name, "Input \"" + name + "\" must be one of " + allowed + ", got " + v);
        }
        String s = v == null ? defaultValue : v.asString();
        if (s != null) {
            out.put(name, s);
        }
        return s;
    }

    /** An optional text; null when absent. */
    String text(String name) {
        JsonNode v = value(name);
        if (v != null && !v.isString()) {
            throw new InvalidInputException(name, "Input \"" + name + "\" must be a string, got " + v);
        }
        if (v != null) {
            out.put(name, v.asString());
        }
        return v == null ? null : v.asString();
    }

    /** ISO 3166 alpha-3 codes, upper-cased; empty when absent. */
    List<String> countries(String name) {
        JsonNode v = value(name);
        List<String> codes = new ArrayList<>();
        if (v != null) {
            JsonNode list = v.isString() ? JsonNodeFactory.instance.arrayNode().add(v.asString()) : v;
            if (!list.isArray()) {
                throw new InvalidInputException(name, "Input \"" + name + "\" must be an array of ISO 3166 alpha-3"
                        + " codes, e.g. [\"RUS\", \"CHN\"], got " + v);
            }
            for (JsonNode c : list.values()) {
                if (!c.isString() || !c.asString().matches("[A-Za-z]{3}")) {
                    throw new InvalidInputException(name, "Input \"" + name + "\" holds " + c
                            + ", not an ISO 3166 alpha-3 code such as \"RUS\"");
                }
                codes.add(c.asString().toUpperCase(Locale.ROOT));
            }
        }
        ArrayNode a = out.putArray(name);
        codes.forEach(a::add);
        return codes;
    }

    /** Positive numbers in strictly increasing order, or {@code defaults} when absent. */
    List<Double> increasing(String name, List<Double> defaults) {
        JsonNode v = value(name);
        List<Double> values = new ArrayList<>();
        if (v == null) {
            values.addAll(defaults);
        } else {
            if (!v.isArray() || v.isEmpty()) {
                throw new InvalidInputException(name, "Input \"" + name + "\" must be a non-empty array of numbers");
            }
            for (JsonNode n : v.values()) {
                if (!n.isNumber() || !(n.doubleValue() > 0) || (!values.isEmpty() && n.doubleValue() <= values.get(values.size() - 1))) {
                    throw new InvalidInputException(name, "Input \"" + name + "\" must hold positive numbers in"
                            + " increasing order, got " + v);
                }
                values.add(n.doubleValue());
            }
        }
        ArrayNode a = out.putArray(name);
        values.forEach(a::add);
        return values;
    }

    /** A raw JSON value (e.g. inline GeoJSON), kept as is; null when absent. */
    JsonNode json(String name) {
        JsonNode v = value(name);
        if (v != null) {
            out.set(name, v);
        }
        return v;
    }

    /**
     * The completed inputs.
     *
     * @throws InvalidInputException for an input the process does not know
     */
    ObjectNode complete() {
        for (String name : in.propertyNames()) {
            if (!known.contains(name)) {
                throw new InvalidInputException(name, "Unknown input \"" + name + "\"; this process takes " + known);
            }
        }
        return out;
    }
}
