package org.ecocorridor.server.error;

import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A REST error with its HTTP status, a short type key, a title, an optional offending field and
 * extra properties; rendered as problem+json by {@link ApiExceptionHandler}.
 */
public final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final HttpStatus status;
    private final String type;
    private final String title;
    private final String field;
    private final transient Map<String, Object> details;

    public ApiException(HttpStatus status, String type, String title, String detail, String field,
            Map<String, Object> details) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.field = field;
        this.details = Map.copyOf(details);
    }

    public static ApiException badRequest(String field, String detail) {
        return new ApiException(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input", detail, field, Map.of());
    }

    public static ApiException notFound(String detail) {
        return new ApiException(HttpStatus.NOT_FOUND, "not-found", "Not found", detail, null, Map.of());
    }

    public HttpStatus status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public String field() {
        return field;
    }

    public Map<String, Object> details() {
        return details;
    }
}
