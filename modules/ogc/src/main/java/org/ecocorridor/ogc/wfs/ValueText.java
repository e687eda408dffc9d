package org.ecocorridor.ogc.wfs;

/**
 * Attribute values as XML Schema / JSON text: numbers with {@link Double#toString} (xs:double
 * lexical form; infinities as {@code INF}/{@code -INF}), dates and instants in ISO 8601
 * (xs:date, xs:dateTime in UTC). Thread-safe (stateless).
 */
final class ValueText {
    private ValueText() {
    }

    static String of(Object v) {
        if (v instanceof Double d) {
            if (d.isInfinite()) {
                return d > 0 ? "INF" : "-INF";
            }
            return d.toString();
        }
        return v.toString();
    }
}
