package org.ecocorridor.core.filter;

/** Binary comparison operators of FES 2.0 (7.7.3) and Filter 1.1 (11.2). Immutable. */
public enum ComparisonOperator {
    EQUAL_TO("PropertyIsEqualTo"),
    NOT_EQUAL_TO("PropertyIsNotEqualTo"),
    LESS_THAN("PropertyIsLessThan"),
    LESS_THAN_OR_EQUAL_TO("PropertyIsLessThanOrEqualTo"),
    GREATER_THAN("PropertyIsGreaterThan"),
    GREATER_THAN_OR_EQUAL_TO("PropertyIsGreaterThanOrEqualTo");

    private final String elementName;

    ComparisonOperator(String elementName) {
        this.elementName = elementName;
    }

    /** The FES element name, e.g. {@code PropertyIsEqualTo}. */
    public String elementName() {
        return elementName;
    }
}
