package org.ecocorridor.ogc.filter;

/**
 * Reduces FES ValueReference / PropertyName expressions to attribute names: the last XPath step,
 * without namespace prefix or position predicate ({@code /eco:sites/eco:name[1]} → {@code name}).
 * Simple features have one level of properties, so this is the minimal XPath subset of
 * FES 2.0 §7.4.4. Thread-safe (stateless).
 */
public final class PropertyNames {
    private PropertyNames() {
    }

    public static String normalize(String xpath) {
        String p = xpath.trim();
        int slash = p.lastIndexOf('/');
        if (slash >= 0) {
            p = p.substring(slash + 1);
        }
        int bracket = p.indexOf('[');
        if (bracket >= 0) {
            p = p.substring(0, bracket);
        }
        if (p.startsWith("@")) {
            p = p.substring(1);
        }
        int colon = p.lastIndexOf(':');
        return colon >= 0 ? p.substring(colon + 1) : p;
    }
}
