package org.ecocorridor.ogc.ows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.ecocorridor.ogc.exception.OgcException;

/**
 * The key-value-pair parameters of an OGC request: names are case-insensitive (OWS Common 1.1,
 * 11.5.2), values are kept as sent (URL-decoded). A parameter given several times keeps its first
 * value.
 *
 * <p>Immutable.
 */
public final class KvpParameters {
    private final Map<String, String> values;

    private KvpParameters(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    /** From a map of names to value arrays, as servlet containers give them. */
    public static KvpParameters of(Map<String, String[]> parameters) {
        Map<String, String> m = new TreeMap<>();
        parameters.forEach((k, v) -> {
            if (v != null && v.length > 0) {
                m.putIfAbsent(k.toUpperCase(Locale.ROOT), v[0]);
            }
        });
        return new KvpParameters(m);
    }

    /** From single values. */
    public static KvpParameters ofSingle(Map<String, String> parameters) {
        Map<String, String> m = new TreeMap<>();
        parameters.forEach((k, v) -> m.putIfAbsent(k.toUpperCase(Locale.ROOT), v));
        return new KvpParameters(m);
    }

    /** The value, or null when absent or blank. */
    public String get(String name) {
        String v = values.get(name.toUpperCase(Locale.ROOT));
        return v == null || v.isBlank() ? null : v.trim();
    }

    /** The value, or the fallback when absent. */
    public String get(String name, String fallback) {
        String v = get(name);
        return v == null ? fallback : v;
    }

    /** @throws OgcException MissingParameterValue when absent */
    public String require(String name) {
        String v = get(name);
        if (v == null) {
            throw OgcException.missingParameter(name);
        }
        return v;
    }

    /** Whether the parameter was given (possibly empty). */
    public boolean has(String name) {
        return values.containsKey(name.toUpperCase(Locale.ROOT));
    }

    /** A comma-separated value as a list of trimmed, non-empty items; empty when absent. */
    public List<String> list(String name) {
        String v = get(name);
        List<String> items = new ArrayList<>();
        if (v != null) {
            for (String s : v.split(",")) {
                if (!s.isBlank()) {
                    items.add(s.trim());
                }
            }
        }
        return items;
    }

    /** A non-negative integer parameter, or the fallback when absent. */
    public long nonNegative(String name, long fallback) {
        String v = get(name);
        if (v == null) {
            return fallback;
        }
        try {
            long n = Long.parseLong(v);
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw OgcException.invalidParameter(name, "Parameter " + name + " must be a non-negative integer, got \""
                + v + "\"");
    }

    /** These parameters plus one more, unless already present (e.g. SERVICE implied by an endpoint). */
    public KvpParameters withDefault(String name, String value) {
        Map<String, String> m = new TreeMap<>(values);
        m.putIfAbsent(name.toUpperCase(Locale.ROOT), value);
        return new KvpParameters(m);
    }

    /** All names, upper case. */
    public java.util.Set<String> names() {
        return values.keySet();
    }
}
