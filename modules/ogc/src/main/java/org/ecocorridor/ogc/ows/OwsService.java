package org.ecocorridor.ogc.ows;

import org.ecocorridor.ogc.exception.ExceptionReportWriter;

/**
 * One OGC service (WFS, later WMS and WMTS) behind the shared {@code /ows} endpoint, which
 * dispatches on the {@code SERVICE} parameter or the XML root element.
 *
 * <p>Implementations are thread-safe.
 */
public interface OwsService {
    /** The SERVICE value, e.g. {@code WFS}. */
    String name();

    /** Whether an XML POST with this root element (namespace URI, local name) is for this service. */
    boolean accepts(XmlRoot root);

    /**
     * Handles a request; throws {@link org.ecocorridor.ogc.exception.OgcException} for client
     * errors, before any byte of the body is written.
     */
    OwsResponse handle(OwsRequest request);

    /** The exception report format and version string for a request (version-aware). */
    ExceptionReportWriter.Format exceptionFormat(OwsRequest request);

    /** The version echoed in exception reports for a request. */
    String exceptionVersion(OwsRequest request);
}
