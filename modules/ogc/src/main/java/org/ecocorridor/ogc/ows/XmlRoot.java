package org.ecocorridor.ogc.ows;

import java.io.ByteArrayInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.ecocorridor.ogc.exception.ExceptionCodes;
import org.ecocorridor.ogc.exception.OgcException;

/**
 * The root element of an XML request: namespace, local name and its {@code service} and
 * {@code version} attributes, read without parsing the rest. Immutable.
 *
 * @param namespace namespace URI
 * @param localName element name, i.e. the operation ({@code GetFeature})
 * @param service   {@code service} attribute, or null
 * @param version   {@code version} attribute, or null
 */
public record XmlRoot(String namespace, String localName, String service, String version) {

    /**
     * Reads the root element.
     *
     * @throws OgcException OperationParsingFailed when the body is not XML
     */
    public static XmlRoot of(byte[] body) {
        try {
            XMLStreamReader r = XmlInput.factory().createXMLStreamReader(new ByteArrayInputStream(body));
            try {
                while (r.hasNext()) {
                    if (r.next() == XMLStreamConstants.START_ELEMENT) {
                        return new XmlRoot(r.getNamespaceURI(), r.getLocalName(),
                                r.getAttributeValue(null, "service"), r.getAttributeValue(null, "version"));
                    }
                }
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            throw new OgcException(ExceptionCodes.OPERATION_PARSING_FAILED, null,
                    "The request body is not well-formed XML: " + e.getMessage(), 400, e);
        }
        throw new OgcException(ExceptionCodes.OPERATION_PARSING_FAILED, null, "The request body has no element", 400);
    }

    /** StAX input factory without DTDs or external entities (XXE-safe). */
    static final class XmlInput {
        private static final XMLInputFactory FACTORY = create();

        private XmlInput() {
        }

        static XMLInputFactory factory() {
            return FACTORY;
        }

        private static XMLInputFactory create() {
            XMLInputFactory f = XMLInputFactory.newFactory();
            f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
            return f;
        }
    }

    /** The shared safe input factory (thread-safe once configured). */
    public static XMLInputFactory inputFactory() {
        return XmlInput.factory();
    }
}
