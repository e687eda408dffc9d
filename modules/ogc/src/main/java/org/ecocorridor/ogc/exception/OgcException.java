package org.ecocorridor.ogc.exception;

import java.util.Map;
import java.util.Objects;

/**
 * An OGC service exception: an exception code from OWS Common 1.1 (Table 25) or the service
 * standard (WFS 2.0 Table 3), an optional locator (the offending parameter or value), a message and
 * the HTTP status OWS Common 1.1 / WFS 2.0 assign to the code. Parsers throw it; the server renders
 * it with {@link ExceptionReportWriter}.
 *
 * <p>Immutable.
 */
public final class OgcException extends RuntimeException {
    /** Seconds a client is asked to wait after a 503: renders take tens of milliseconds. */
    public static final int RETRY_AFTER_SECONDS = 1;
    private static final long serialVersionUID = 1L;
    private final String code;
    private final String locator;
    private final int httpStatus;

    public OgcException(String code, String locator, String message, int httpStatus) {
        super(message);
        this.code = Objects.requireNonNull(code, "code");
        this.locator = locator;
        this.httpStatus = httpStatus;
    }

    public OgcException(String code, String locator, String message, int httpStatus, Throwable cause) {
        this(code, locator, message, httpStatus);
        initCause(cause);
    }

    /** InvalidParameterValue, HTTP 400. */
    public static OgcException invalidParameter(String locator, String message) {
        return new OgcException(ExceptionCodes.INVALID_PARAMETER_VALUE, locator, message, 400);
    }

    /** MissingParameterValue, HTTP 400. */
    public static OgcException missingParameter(String locator) {
        return new OgcException(ExceptionCodes.MISSING_PARAMETER_VALUE, locator,
                "Missing parameter " + locator, 400);
    }

    /** OperationNotSupported, HTTP 501 (OWS Common 1.1, Table 28). */
    public static OgcException operationNotSupported(String operation) {
        return new OgcException(ExceptionCodes.OPERATION_NOT_SUPPORTED, operation,
                "Operation " + operation + " is not supported", 501);
    }

    /** OptionNotSupported, HTTP 501 (OWS Common 1.1, Table 28). */
    public static OgcException optionNotSupported(String locator, String message) {
        return new OgcException(ExceptionCodes.OPTION_NOT_SUPPORTED, locator, message, 501);
    }

    /** NotFound, HTTP 404 (WFS 2.0, Table 3, e.g. GetFeatureById with an unknown id). */
    public static OgcException notFound(String locator, String message) {
        return new OgcException(ExceptionCodes.NOT_FOUND, locator, message, 404);
    }

    public String code() {
        return code;
    }

    /** The offending parameter or value, or null. */
    public String locator() {
        return locator;
    }

    public int httpStatus() {
        return httpStatus;
    }

    /**
     * HTTP headers the answer should carry: {@code Retry-After: }{@value #RETRY_AFTER_SECONDS} on a 503
     * (the server is busy; RFC 9110 §10.2.3), so that well-behaved clients wait before retrying
     * instead of resending at once; else none.
     */
    public Map<String, String> responseHeaders() {
        return httpStatus == 503 ? Map.of("Retry-After", String.valueOf(RETRY_AFTER_SECONDS)) : Map.of();
    }
}
