package org.ecocorridor.server.ows;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ecocorridor.ogc.exception.OgcException;
import org.ecocorridor.ogc.ows.OwsRequest;
import org.ecocorridor.ogc.ows.OwsService;
import org.ecocorridor.ogc.ows.XmlRoot;

/**
 * Finds the service of a request: the {@code SERVICE} parameter for KVP, the root element
 * ({@code service} attribute or namespace) for XML, or the endpoint's own service ({@code /wfs}).
 * Thread-safe (immutable list of thread-safe services).
 */
public final class OwsDispatcher {
    private final List<OwsService> services;

    public OwsDispatcher(List<OwsService> services) {
        this.services = List.copyOf(services);
    }

    /** The service by name (case-insensitive). */
    public Optional<OwsService> byName(String name) {
        return services.stream().filter(s -> s.name().equalsIgnoreCase(name)).findFirst();
    }

    /**
     * The service a request is for.
     *
     * @param fixed the endpoint's service (e.g. WFS for {@code /wfs}), or null for {@code /ows}
     * @throws OgcException MissingParameterValue / InvalidParameterValue on {@code service}
     */
    public OwsService serviceFor(OwsRequest request, String fixed) {
        if (fixed != null) {
            return byName(fixed).orElseThrow();
        }
        if (request.isXml()) {
            XmlRoot root = XmlRoot.of(request.xmlBody());
            return services.stream().filter(s -> s.accepts(root)).findFirst().orElseThrow(() ->
                    OgcException.invalidParameter("service", "No service for XML element " + root.localName()));
        }
        String name = request.kvp().get("SERVICE");
        if (name == null) {
            throw OgcException.missingParameter("service");
        }
        return byName(name.toUpperCase(Locale.ROOT)).orElseThrow(() ->
                OgcException.invalidParameter("service", "Unknown service \"" + name + "\""));
    }

    /** The first service, for reporting errors that precede dispatch. */
    public OwsService fallback() {
        return services.get(0);
    }
}
