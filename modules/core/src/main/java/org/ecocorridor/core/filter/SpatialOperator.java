package org.ecocorridor.core.filter;

/**
 * Spatial predicates of FES 2.0 (7.8) with the DE-9IM semantics of OGC Simple Features
 * (ISO 19125-1, 6.1.15), evaluated as {@code operator(featureGeometry, literalGeometry)}: WITHIN
 * selects features inside the literal, CONTAINS features containing it. BBOX is "intersects the
 * envelope" (FES 2.0, 7.8.3.2). Immutable.
 */
public enum SpatialOperator {
    BBOX("BBOX"),
    EQUALS("Equals"),
    DISJOINT("Disjoint"),
    TOUCHES("Touches"),
    WITHIN("Within"),
    OVERLAPS("Overlaps"),
    CROSSES("Crosses"),
    INTERSECTS("Intersects"),
    CONTAINS("Contains");

    private final String elementName;

    SpatialOperator(String elementName) {
        this.elementName = elementName;
    }

    /** The FES element name, e.g. {@code Intersects}. */
    public String elementName() {
        return elementName;
    }

    /** The operator of an FES element name (case-sensitive, as in the schema); null when none. */
    public static SpatialOperator ofElement(String name) {
        for (SpatialOperator op : values()) {
            if (op.elementName.equals(name)) {
                return op;
            }
        }
        return null;
    }
}
