package org.ecocorridor.core.filter;

/**
 * A filter that cannot be evaluated against a feature type: an unknown property, an operand that
 * does not fit the property's type, or a CRS no transformation is known for. Protocols map the
 * reason to their exception codes (WFS: {@code InvalidParameterValue}, HTTP 400).
 *
 * <p>Immutable.
 */
public final class InvalidFilterException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** Why the filter was rejected. */
    public enum Reason {
        UNKNOWN_PROPERTY, BAD_OPERAND, UNSUPPORTED_CRS
    }

    private final Reason reason;
    private final String locator;

    /**
     * @param reason  why
     * @param locator the offending property name or value
     * @param message full message, naming the bad value
     */
    public InvalidFilterException(Reason reason, String locator, String message) {
        super(message);
        this.reason = reason;
        this.locator = locator;
    }

    public Reason reason() {
        return reason;
    }

    /** The offending property name or value. */
    public String locator() {
        return locator;
    }
}
