package org.ecocorridor.ogc.style.sld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.ecocorridor.ogc.testing.ProjectFolders;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;

/**
 * Validates every shipped style against the official OGC schemas in {@code ../shared/ogc-schemas}
 * (SLD 1.0.0, SLD 1.1.0 with SE 1.1.0), offline: an {@link LSResourceResolver} maps
 * {@code http://schemas.opengis.net/…} and the W3C xlink/xml schema URLs to the local copies, and
 * {@code ACCESS_EXTERNAL_SCHEMA=file} forbids any network access. Skipped when the folder is absent.
 *
 * <p>One vendor extension is accepted and checked separately: the {@code type} attribute
 * (ramp|intervals|values) on SLD 1.0 {@code ColorMap}, written by GeoServer and QGIS, because SLD 1.0
 * has no other way to express class (values) maps. It is removed before validation.
 */
class DefaultStylesSchemaTest {
    private static final String SLD = "http://www.opengis.net/sld";
    private static final String SE = "http://www.opengis.net/se";
    private static final Map<String, Schema> SCHEMAS = new HashMap<>();

    static Stream<Path> styleFiles() throws Exception {
        return DefaultStylesTest.styleFiles();
    }

    @ParameterizedTest
    @MethodSource("styleFiles")
    void validatesAgainstTheOgcSchemas(Path file) throws Exception {
        Optional<Path> shared = ProjectFolders.shared();
        assumeTrue(shared.isPresent(), "../shared/ogc-schemas not present");
        Path schemas = shared.get().resolve("ogc-schemas");
        Document doc = parse(file);
        Element root = doc.getDocumentElement();
        String schemaPath;
        if (SLD.equals(root.getNamespaceURI()) && "1.0.0".equals(root.getAttribute("version"))) {
            schemaPath = "sld/1.0.0/StyledLayerDescriptor.xsd";
            removeColorMapTypes(doc);
        } else if (SLD.equals(root.getNamespaceURI()) && "1.1.0".equals(root.getAttribute("version"))) {
            schemaPath = "sld/1.1.0/StyledLayerDescriptor.xsd";
        } else if (SE.equals(root.getNamespaceURI())) {
            schemaPath = "se/1.1.0/FeatureStyle.xsd";
        } else {
            throw new AssertionError(file + ": unknown root " + root.getNamespaceURI() + " " + root.getLocalName());
        }
        schema(schemas, schemaPath).newValidator().validate(new DOMSource(doc, file.toUri().toString()));
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (InputStream in = Files.newInputStream(file)) {
            return f.newDocumentBuilder().parse(in, file.toUri().toString());
        }
    }

    /** Checks and removes the GeoServer/QGIS {@code type} attribute of SLD 1.0 colour maps. */
    private static void removeColorMapTypes(Document doc) {
        NodeList maps = doc.getElementsByTagNameNS(SLD, "ColorMap");
        for (int i = 0; i < maps.getLength(); i++) {
            Element map = (Element) maps.item(i);
            if (map.hasAttribute("type")) {
                assertThat(map.getAttribute("type")).isIn(List.of("ramp", "intervals", "values"));
                map.removeAttribute("type");
            }
        }
    }

    private static synchronized Schema schema(Path schemas, String path) throws Exception {
        Schema cached = SCHEMAS.get(path);
        if (cached == null) {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setResourceResolver(new LocalSchemas(schemas));
            cached = factory.newSchema(schemas.resolve(path).toFile());
            SCHEMAS.put(path, cached);
        }
        return cached;
    }

    /** Maps OGC and W3C schema URLs to the local mirror, as ../shared/ogc-schemas/catalog.xml does. */
    private record LocalSchemas(Path root) implements LSResourceResolver {
        @Override
        public LSInput resolveResource(String type, String namespace, String publicId, String systemId,
                String baseUri) {
            if (systemId == null) {
                return null;
            }
            String local = null;
            for (String prefix : List.of("http://schemas.opengis.net/", "https://schemas.opengis.net/")) {
                if (systemId.startsWith(prefix)) {
                    local = systemId.substring(prefix.length());
                }
            }
            if (systemId.equals("http://www.w3.org/1999/xlink.xsd")) {
                local = "w3c/1999/xlink.xsd";
            } else if (systemId.equals("http://www.w3.org/2001/xml.xsd")) {
                local = "w3c/2001/xml.xsd";
            }
            return local == null ? null : new Input(publicId, root.resolve(local).toUri().toString(), baseUri);
        }
    }

    /** An LSInput naming a local file by system id (the parser opens it, so relative includes resolve). */
    private record Input(String publicId, String systemId, String baseUri) implements LSInput {
        @Override public Reader getCharacterStream() { return null; }
        @Override public void setCharacterStream(Reader r) { }
        @Override public InputStream getByteStream() { return null; }
        @Override public void setByteStream(InputStream s) { }
        @Override public String getStringData() { return null; }
        @Override public void setStringData(String s) { }
        @Override public String getSystemId() { return systemId; }
        @Override public void setSystemId(String s) { }
        @Override public String getPublicId() { return publicId; }
        @Override public void setPublicId(String s) { }
        @Override public String getBaseURI() { return baseUri; }
        @Override public void setBaseURI(String s) { }
        @Override public String getEncoding() { return null; }
        @Override public void setEncoding(String e) { }
        @Override public boolean getCertifiedText() { return false; }
        @Override public void setCertifiedText(boolean c) { }
    }
}
