package org.ecocorridor.server.error;

import org.ecocorridor.ogc.exception.OgcException;
import org.ecocorridor.ogc.ows.OwsRequest;
import org.ecocorridor.ogc.ows.OwsService;

/**
 * An OGC exception together with what is needed to render it in the request's version: the
 * service and the request (null when the request could not even be built).
 */
public final class OwsFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient OwsService service;
    private final transient OwsRequest request;

    public OwsFailure(OgcException cause, OwsService service, OwsRequest request) {
        super(cause.getMessage(), cause);
        this.service = service;
        this.request = request;
    }

    public OgcException exception() {
        return (OgcException) getCause();
    }

    public OwsService service() {
        return service;
    }

    public OwsRequest request() {
        return request;
    }
}
