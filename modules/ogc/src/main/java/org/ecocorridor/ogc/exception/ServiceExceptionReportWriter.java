package org.ecocorridor.ogc.exception;

import java.io.IOException;
import java.io.OutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes WMS {@code ServiceExceptionReport}s (and WMTS's OWS 1.1 reports via
 * {@link ExceptionReportWriter}):
 * <ul>
 *   <li>WMS 1.3.0 (§7.1.4, Annex E): {@code <ServiceExceptionReport version="1.3.0"
 *       xmlns="http://www.opengis.net/ogc">}, media type {@code text/xml};</li>
 *   <li>WMS 1.1.1 (§6.9, Annex A.3): no namespace, a DOCTYPE naming
 *       {@code exception_1_1_1.dtd}, media type {@code application/vnd.ogc.se_xml}.</li>
 * </ul>
 * Each {@code ServiceException} carries the {@code code} and, in 1.3.0 when known, the {@code locator}
 * (the 1.1.1 DTD has no such attribute; the message names the parameter).
 *
 * <p>Thread-safe (stateless).
 */
public final class ServiceExceptionReportWriter {
    /** The WMS 1.3.0 exception namespace. */
    public static final String OGC_NS = "http://www.opengis.net/ogc";
    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

    private ServiceExceptionReportWriter() {
    }

    /** The media type of a report for a WMS version. */
    public static String contentType(String version) {
        return "1.1.1".equals(version) ? "application/vnd.ogc.se_xml; charset=UTF-8" : "text/xml; charset=UTF-8";
    }

    /** Writes the report for one exception in the format of {@code version} (1.1.1, else 1.3.0). */
    public static void write(OgcException e, String version, OutputStream out) throws IOException {
        boolean v111 = "1.1.1".equals(version);
        try {
            XMLStreamWriter w = OUTPUT.createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            if (v111) {
                w.writeDTD("\n<!DOCTYPE ServiceExceptionReport SYSTEM "
                        + "\"http://schemas.opengis.net/wms/1.1.1/exception_1_1_1.dtd\">\n");
                w.writeStartElement("ServiceExceptionReport");
                w.writeAttribute("version", "1.1.1");
            } else {
                w.writeStartElement("", "ServiceExceptionReport", OGC_NS);
                w.writeDefaultNamespace(OGC_NS);
                w.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
                w.writeAttribute("xsi", "http://www.w3.org/2001/XMLSchema-instance", "schemaLocation",
                        OGC_NS + " http://schemas.opengis.net/wms/1.3.0/exceptions_1_3_0.xsd");
                w.writeAttribute("version", "1.3.0");
            }
            if (v111) {
                w.writeStartElement("ServiceException");
            } else {
                w.writeStartElement("", "ServiceException", OGC_NS);
            }
            w.writeAttribute("code", e.code());
            if (e.locator() != null && !v111) { // the 1.1.1 DTD declares only "code"
                w.writeAttribute("locator", e.locator());
            }
            w.writeCharacters(e.getMessage() == null ? e.code() : e.getMessage());
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException x) {
            throw new IOException("Writing a service exception report failed: " + x.getMessage(), x);
        }
    }

    /** The report as bytes (for tests and small answers). */
    public static byte[] toBytes(OgcException e, String version) {
        var out = new java.io.ByteArrayOutputStream();
        try {
            write(e, version, out);
        } catch (IOException x) {
            throw new IllegalStateException(x);
        }
        return out.toByteArray();
    }
}
