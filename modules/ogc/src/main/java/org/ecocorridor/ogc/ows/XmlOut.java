package org.ecocorridor.ogc.ows;

import java.io.OutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A terse wrapper over a StAX {@link XMLStreamWriter} for writing OGC documents: elements by
 * (namespace URI, local name) with prefixes bound once at the root. Not thread-safe; one per
 * document.
 */
public final class XmlOut {
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();
    private final XMLStreamWriter w;

    private XmlOut(XMLStreamWriter w) {
        this.w = w;
    }

    /** A UTF-8 document writer on a stream; prefixes are (prefix, uri) pairs. */
    public static XmlOut open(OutputStream out, String... prefixes) throws XMLStreamException {
        XMLStreamWriter w = FACTORY.createXMLStreamWriter(out, "UTF-8");
        w.writeStartDocument("UTF-8", "1.0");
        for (int i = 0; i < prefixes.length; i += 2) {
            w.setPrefix(prefixes[i], prefixes[i + 1]);
        }
        return new XmlOut(w);
    }

    public XMLStreamWriter writer() {
        return w;
    }

    /** Declares every prefix given to {@link #open} on the current (root) element. */
    public XmlOut declare(String... prefixes) throws XMLStreamException {
        for (int i = 0; i < prefixes.length; i += 2) {
            w.writeNamespace(prefixes[i], prefixes[i + 1]);
        }
        return this;
    }

    public XmlOut start(String ns, String name) throws XMLStreamException {
        w.writeStartElement(ns, name);
        return this;
    }

    public XmlOut attr(String name, String value) throws XMLStreamException {
        w.writeAttribute(name, value);
        return this;
    }

    public XmlOut attr(String ns, String name, String value) throws XMLStreamException {
        w.writeAttribute(ns, name, value);
        return this;
    }

    public XmlOut text(String text) throws XMLStreamException {
        w.writeCharacters(text);
        return this;
    }

    public XmlOut end() throws XMLStreamException {
        w.writeEndElement();
        return this;
    }

    /** {@code <name>text</name>}. */
    public XmlOut element(String ns, String name, String text) throws XMLStreamException {
        w.writeStartElement(ns, name);
        w.writeCharacters(text);
        w.writeEndElement();
        return this;
    }

    /** {@code <name/>} with one attribute. */
    public XmlOut empty(String ns, String name, String attr, String value) throws XMLStreamException {
        w.writeEmptyElement(ns, name);
        w.writeAttribute(attr, value);
        return this;
    }

    public void finish() throws XMLStreamException {
        w.writeEndDocument();
        w.flush();
        w.close();
    }
}
