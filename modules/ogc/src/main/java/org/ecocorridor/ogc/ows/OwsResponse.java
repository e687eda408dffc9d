package org.ecocorridor.ogc.ows;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.Objects;

/**
 * A service answer: status, media type, extra headers and a body written straight to the client's
 * stream (features are encoded while rows are read). Immutable.
 *
 * @param status      HTTP status
 * @param contentType media type with parameters
 * @param headers     extra headers (e.g. {@code ETag}, {@code Content-Disposition})
 * @param body        writes the body
 */
public record OwsResponse(int status, String contentType, Map<String, String> headers, Body body) {
    /** Writes a response body. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    public OwsResponse {
        Objects.requireNonNull(contentType, "contentType");
        headers = Map.copyOf(headers);
        Objects.requireNonNull(body, "body");
    }

    /** A 200 response without extra headers. */
    public static OwsResponse ok(String contentType, Body body) {
        return new OwsResponse(200, contentType, Map.of(), body);
    }
}
