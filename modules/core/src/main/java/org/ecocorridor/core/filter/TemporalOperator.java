package org.ecocorridor.core.filter;

/**
 * The temporal operators implemented, with FES 2.0 (7.9, after ISO 19108 relative positions)
 * semantics for a property holding an instant t and a literal instant T or period [B, E]:
 * <ul>
 *   <li>AFTER: t &gt; T, or t &gt; E;</li>
 *   <li>BEFORE: t &lt; T, or t &lt; B;</li>
 *   <li>DURING: B &lt; t &lt; E (period literal only; ends excluded, as in ISO 19108 "During");</li>
 *   <li>TEQUALS: t = T (an instant never equals a period: false).</li>
 * </ul>
 * Immutable.
 */
public enum TemporalOperator {
    AFTER("After"), BEFORE("Before"), DURING("During"), TEQUALS("TEquals");

    private final String elementName;

    TemporalOperator(String elementName) {
        this.elementName = elementName;
    }

    /** The FES element name, e.g. {@code During}. */
    public String elementName() {
        return elementName;
    }

    /** The operator of an FES element name; null when not implemented. */
    public static TemporalOperator ofElement(String name) {
        for (TemporalOperator op : values()) {
            if (op.elementName.equals(name)) {
                return op;
            }
        }
        return null;
    }
}
