package org.ecocorridor.ogc.ows;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.ecocorridor.ogc.exception.ExceptionCodes;
import org.ecocorridor.ogc.exception.OgcException;

/**
 * A small read-only XML element tree built with StAX, for request bodies (GetFeature queries, FES
 * filters, GML literals, transactions), which are small next to responses. Keeps each element's
 * in-scope namespace bindings so that QName values ({@code typeNames="eco:sites"}) resolve.
 * DTDs and external entities are refused ({@link XmlRoot#inputFactory()}).
 *
 * <p>Immutable after construction.
 */
public final class XmlElement {
    private final String namespace;
    private final String localName;
    private final Map<String, String> attributes;
    private final List<XmlElement> children;
    private final String text;
    private final Map<String, String> namespaces;

    private XmlElement(String namespace, String localName, Map<String, String> attributes,
            List<XmlElement> children, String text, Map<String, String> namespaces) {
        this.namespace = namespace == null ? "" : namespace;
        this.localName = localName;
        this.attributes = Collections.unmodifiableMap(attributes);
        this.children = Collections.unmodifiableList(children);
        this.text = text;
        this.namespaces = Collections.unmodifiableMap(namespaces);
    }

    /**
     * Parses a whole document.
     *
     * @throws OgcException OperationParsingFailed (400) when the body is not well-formed
     */
    public static XmlElement parse(byte[] body) {
        try {
            XMLStreamReader r = XmlRoot.inputFactory().createXMLStreamReader(new ByteArrayInputStream(body));
            try {
                while (r.hasNext()) {
                    if (r.next() == XMLStreamConstants.START_ELEMENT) {
                        return read(r, Map.of());
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

    /** Reads the element at the reader's START_ELEMENT and its subtree; leaves the reader at its END_ELEMENT. */
    public static XmlElement read(XMLStreamReader r, Map<String, String> outerNamespaces) throws XMLStreamException {
        Map<String, String> ns = new HashMap<>(outerNamespaces);
        for (int i = 0; i < r.getNamespaceCount(); i++) {
            ns.put(r.getNamespacePrefix(i) == null ? "" : r.getNamespacePrefix(i), r.getNamespaceURI(i));
        }
        Map<String, String> attrs = new LinkedHashMap<>();
        for (int i = 0; i < r.getAttributeCount(); i++) {
            String attrNs = r.getAttributeNamespace(i);
            String key = attrNs == null || attrNs.isEmpty() ? r.getAttributeLocalName(i)
                    : "{" + attrNs + "}" + r.getAttributeLocalName(i);
            attrs.put(key, r.getAttributeValue(i));
        }
        String elementNs = r.getNamespaceURI();
        String name = r.getLocalName();
        List<XmlElement> kids = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                kids.add(read(r, ns));
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                sb.append(r.getText());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            }
        }
        return new XmlElement(elementNs, name, attrs, kids, sb.toString(), ns);
    }

    public String namespace() {
        return namespace;
    }

    public String localName() {
        return localName;
    }

    /** Whether this element has that local name (namespace not checked). */
    public boolean is(String name) {
        return localName.equals(name);
    }

    /** An attribute without namespace, or null. */
    public String attribute(String name) {
        return attributes.get(name);
    }

    /** A namespaced attribute, or null. */
    public String attribute(String ns, String name) {
        return attributes.get("{" + ns + "}" + name);
    }

    public List<XmlElement> children() {
        return children;
    }

    /** Children with a local name. */
    public List<XmlElement> children(String name) {
        return children.stream().filter(c -> c.is(name)).toList();
    }

    /** The first child with a local name. */
    public Optional<XmlElement> child(String name) {
        return children.stream().filter(c -> c.is(name)).findFirst();
    }

    /** Direct text content, trimmed. */
    public String text() {
        return text.trim();
    }

    /** Direct text content as written. */
    public String rawText() {
        return text;
    }

    /** The namespace URI bound to a prefix here ("" = default namespace), or null. */
    public String namespaceOf(String prefix) {
        return namespaces.get(prefix);
    }

    /** All in-scope bindings. */
    public Map<String, String> namespaces() {
        return namespaces;
    }
}
