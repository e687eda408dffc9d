package org.ecocorridor.ogc.style.sld;

import java.io.InputStream;
import java.util.Set;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A thin walker over a secure, namespace-aware {@link XMLStreamReader}: DTDs and external entities
 * are refused (XXE, billion laughs), elements of unknown namespaces are reported under the name
 * {@link #FOREIGN} so that readers skip them.
 *
 * <p>Protocol: a reader method is called positioned on its element's start tag and returns
 * positioned on that element's end tag; {@link #nextChild()} walks the children in between.
 *
 * <p>Not thread-safe; one per document.
 */
final class StaxCursor implements AutoCloseable {
    static final String SLD = "http://www.opengis.net/sld";
    static final String SE = "http://www.opengis.net/se";
    static final String OGC = "http://www.opengis.net/ogc";
    static final String FES = "http://www.opengis.net/fes/2.0";
    static final String XLINK = "http://www.w3.org/1999/xlink";
    /** Local name reported for elements outside the SLD, SE and filter namespaces. */
    static final String FOREIGN = "#foreign";

    private static final Set<String> KNOWN = Set.of(SLD, SE, OGC, FES, "");

    private final XMLStreamReader reader;

    private StaxCursor(XMLStreamReader reader) {
        this.reader = reader;
    }

    static StaxCursor open(InputStream in, String systemId) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        try {
            return new StaxCursor(systemId == null ? factory.createXMLStreamReader(in)
                    : factory.createXMLStreamReader(systemId, in));
        } catch (XMLStreamException e) {
            throw new SldParseException(null, line(e.getLocation()), column(e.getLocation()), e.getMessage(), e);
        }
    }

    /** Advances to the root element. */
    void toRoot() {
        if (nextEvent(true) != XMLStreamConstants.START_ELEMENT) {
            throw error("the document has no root element");
        }
    }

    /**
     * From a start tag (or a child's end tag) moves to the next child's start tag and returns true,
     * or to the enclosing element's end tag and returns false. Text between children is ignored.
     */
    boolean nextChild() {
        int event = nextEvent(false);
        return event == XMLStreamConstants.START_ELEMENT;
    }

    private int nextEvent(boolean untilStart) {
        try {
            while (reader.hasNext()) {
                int event = reader.next();
                switch (event) {
                    case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE ->
                            throw error("DTDs and entity references are not allowed in style documents");
                    case XMLStreamConstants.START_ELEMENT -> {
                        return event;
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        if (!untilStart) {
                            return event;
                        }
                    }
                    default -> {
                        // characters, comments, processing instructions: not structure
                    }
                }
            }
            return XMLStreamConstants.END_DOCUMENT;
        } catch (XMLStreamException e) {
            throw new SldParseException(localNameOrNull(), line(e.getLocation()), column(e.getLocation()),
                    e.getMessage(), e);
        }
    }

    /** Local name of the current element, or {@link #FOREIGN} for an unknown namespace. */
    String name() {
        String ns = reader.getNamespaceURI();
        return KNOWN.contains(ns == null ? "" : ns) ? reader.getLocalName() : FOREIGN;
    }

    String rawLocalName() {
        return reader.getLocalName();
    }

    String namespace() {
        String ns = reader.getNamespaceURI();
        return ns == null ? "" : ns;
    }

    /** An attribute by local name, in no namespace; null when absent. */
    String attribute(String localName) {
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            String ns = reader.getAttributeNamespace(i);
            if ((ns == null || ns.isEmpty()) && reader.getAttributeLocalName(i).equals(localName)) {
                return reader.getAttributeValue(i);
            }
        }
        return null;
    }

    /** An attribute in a namespace (e.g. xlink:href); null when absent. */
    String attribute(String namespace, String localName) {
        return reader.getAttributeValue(namespace, localName);
    }

    /** The text content of a simple element, trimmed; positions on its end tag. Child elements are an error. */
    String text() {
        StringBuilder sb = new StringBuilder();
        String element = reader.getLocalName();
        try {
            while (reader.hasNext()) {
                int event = reader.next();
                switch (event) {
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                            sb.append(reader.getText());
                    case XMLStreamConstants.END_ELEMENT -> {
                        return sb.toString().trim();
                    }
                    case XMLStreamConstants.START_ELEMENT ->
                            throw error("element <" + element + "> must contain text only");
                    case XMLStreamConstants.ENTITY_REFERENCE, XMLStreamConstants.DTD ->
                            throw error("DTDs and entity references are not allowed in style documents");
                    default -> {
                        // comments
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw new SldParseException(element, line(e.getLocation()), column(e.getLocation()), e.getMessage(), e);
        }
        throw error("unexpected end of document");
    }

    /** Advances one event and returns its type (for mixed-content readers); DTD and entity events are errors. */
    int advanceMixed() {
        try {
            int event = reader.next();
            if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw error("DTDs and entity references are not allowed in style documents");
            }
            return event;
        } catch (XMLStreamException e) {
            throw new SldParseException(localNameOrNull(), line(e.getLocation()), column(e.getLocation()),
                    e.getMessage(), e);
        }
    }

    String eventText() {
        return reader.getText();
    }

    /** Skips the current element and everything inside it; positions on its end tag. */
    void skip() {
        int depth = 1;
        while (depth > 0) {
            int event = nextEvent(false);
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else {
                throw error("unexpected end of document");
            }
        }
    }

    /** A parse error at the current position, naming the current element. */
    SldParseException error(String problem) {
        return error(problem, null);
    }

    SldParseException error(String problem, Throwable cause) {
        Location loc = reader.getLocation();
        return new SldParseException(localNameOrNull(), line(loc), column(loc), problem, cause);
    }

    private String localNameOrNull() {
        int event = reader.getEventType();
        return event == XMLStreamConstants.START_ELEMENT || event == XMLStreamConstants.END_ELEMENT
                ? reader.getLocalName() : null;
    }

    private static int line(Location loc) {
        return loc == null ? -1 : loc.getLineNumber();
    }

    private static int column(Location loc) {
        return loc == null ? -1 : loc.getColumnNumber();
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (XMLStreamException e) {
            // nothing left to release
        }
    }
}
