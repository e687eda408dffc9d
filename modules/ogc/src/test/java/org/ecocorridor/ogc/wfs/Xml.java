package org.ecocorridor.ogc.wfs;

import java.io.ByteArrayInputStream;
import java.util.Map;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** XPath over response documents, with the OGC prefixes bound. */
final class Xml {
    private static final Map<String, String> NS = Map.of("wfs", WfsNames.WFS_20, "wfs11", WfsNames.WFS_11,
            "ows", WfsNames.OWS_11, "ows10", WfsNames.OWS_10, "fes", WfsNames.FES_20, "gml", "http://www.opengis.net/gml/3.2",
            "gml311", "http://www.opengis.net/gml", "xsd", WfsNames.XSD, "eco", WfsNames.ECO_NS, "xlink", WfsNames.XLINK);
    private final Document doc;
    private final XPath xpath;

    Xml(byte[] bytes) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
        xpath = XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return NS.get(prefix);
            }

            @Override
            public String getPrefix(String uri) {
                return null;
            }

            @Override
            public java.util.Iterator<String> getPrefixes(String uri) {
                return null;
            }
        });
    }

    String text(String path) throws Exception {
        return xpath.evaluate(path, doc);
    }

    int count(String path) throws Exception {
        return ((NodeList) xpath.evaluate(path, doc, XPathConstants.NODESET)).getLength();
    }
}
