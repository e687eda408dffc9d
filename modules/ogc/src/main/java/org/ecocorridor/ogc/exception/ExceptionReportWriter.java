package org.ecocorridor.ogc.exception;

import java.io.OutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes OGC exception reports, one format per protocol version:
 * <ul>
 *   <li>{@link Format#OWS_1_1}: {@code ows:ExceptionReport} of OWS Common 1.1
 *       ({@code http://www.opengis.net/ows/1.1}), used by WFS 2.0 with {@code version="2.0.0"};</li>
 *   <li>{@link Format#OWS_1_0}: OWS Common 1.0 ({@code http://www.opengis.net/ows}), used by WFS 1.1.0
 *       with {@code version="1.1.0"}.</li>
 * </ul>
 * WMS's {@code ServiceExceptionReport} (1.1.1/1.3.0) can be added as further formats.
 *
 * <p>Thread-safe (stateless).
 */
public final class ExceptionReportWriter {
    /** Report formats. Immutable. */
    public enum Format {
        OWS_1_1("http://www.opengis.net/ows/1.1", "http://schemas.opengis.net/ows/1.1.0/owsExceptionReport.xsd"),
        OWS_1_0("http://www.opengis.net/ows", "http://schemas.opengis.net/ows/1.0.0/owsExceptionReport.xsd");

        private final String namespace;
        private final String schemaLocation;

        Format(String namespace, String schemaLocation) {
            this.namespace = namespace;
            this.schemaLocation = schemaLocation;
        }
    }

    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

    private ExceptionReportWriter() {
    }

    /** The media type of reports. */
    public static String contentType() {
        return "application/xml; charset=UTF-8";
    }

    /**
     * Writes one exception as a report.
     *
     * @param version the service version echoed in the report's {@code version} attribute
     */
    public static void write(OgcException e, Format format, String version, OutputStream out) {
        try {
            XMLStreamWriter w = OUTPUT.createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.setPrefix("ows", format.namespace);
            w.writeStartElement("ows", "ExceptionReport", format.namespace);
            w.writeNamespace("ows", format.namespace);
            w.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
            w.writeAttribute("xsi", "http://www.w3.org/2001/XMLSchema-instance", "schemaLocation",
                    format.namespace + " " + format.schemaLocation);
            w.writeAttribute("version", version);
            if (format == Format.OWS_1_1) {
                w.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", "en");
            }
            w.writeStartElement("ows", "Exception", format.namespace);
            w.writeAttribute("exceptionCode", e.code());
            if (e.locator() != null) {
                w.writeAttribute("locator", e.locator());
            }
            w.writeStartElement("ows", "ExceptionText", format.namespace);
            w.writeCharacters(e.getMessage() == null ? e.code() : e.getMessage());
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException x) {
            throw new IllegalStateException("Writing an exception report failed: " + x.getMessage(), x);
        }
    }
}
