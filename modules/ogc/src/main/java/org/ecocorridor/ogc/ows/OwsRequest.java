package org.ecocorridor.ogc.ows;

import java.util.Objects;

/**
 * One OGC request as services see it, independent of the web framework. Immutable (the body array
 * is not copied: callers must not change it).
 *
 * @param kvp         key-value parameters (query string, or form fields)
 * @param xmlBody     the XML body of a POST, or null for KVP requests
 * @param endpointUrl absolute URL of the endpoint to advertise (e.g. {@code https://host/ows}),
 *                    without query string
 * @param user        who asks
 */
public record OwsRequest(KvpParameters kvp, byte[] xmlBody, String endpointUrl, RequestUser user) {
    public OwsRequest {
        Objects.requireNonNull(kvp, "kvp");
        Objects.requireNonNull(endpointUrl, "endpointUrl");
        Objects.requireNonNull(user, "user");
    }

    public boolean isXml() {
        return xmlBody != null;
    }
}
