package org.ecocorridor.ogc.wms;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.catalog.CatalogFeatures;
import javax.xml.catalog.CatalogManager;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.ecocorridor.ogc.testing.ProjectFolders;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * Validates documents against the official schemas in {@code ../shared/ogc-schemas} (XSD through
 * its {@code catalog.xml}; WMS 1.1.1 against its DTD); skips when the folder is absent.
 */
final class OgcSchemas {
    private OgcSchemas() {
    }

    static Path root() {
        Optional<Path> shared = ProjectFolders.shared();
        assumeTrue(shared.isPresent(), "../shared/ogc-schemas not present");
        Path root = shared.get().resolve("ogc-schemas");
        assumeTrue(Files.isRegularFile(root.resolve("catalog.xml")), "ogc-schemas/catalog.xml missing");
        return root;
    }

    /** Validates against an XSD given relative to the schema folder; throws on the first error. */
    static void validateXsd(byte[] xml, String schemaPath) throws Exception {
        Path root = root();
        URI catalog = root.resolve("catalog.xml").toUri();
        SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        f.setResourceResolver(CatalogManager.catalogResolver(
                CatalogFeatures.builder().with(CatalogFeatures.Feature.RESOLVE, "continue").build(), catalog));
        f.newSchema(root.resolve(schemaPath).toFile()).newValidator()
                .validate(new StreamSource(new ByteArrayInputStream(xml)));
    }

    /** Validates a document that declares a DOCTYPE against a local DTD. */
    static void validateDtd(byte[] xml, String dtdPath) throws Exception {
        Path dtd = root().resolve(dtdPath);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setValidating(true);
        f.setNamespaceAware(false);
        var builder = f.newDocumentBuilder();
        builder.setEntityResolver((publicId, systemId) -> new InputSource(Files.newInputStream(dtd)));
        builder.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) throws SAXParseException {
                throw e;
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXParseException {
                throw e;
            }
        });
        builder.parse(new ByteArrayInputStream(xml));
    }
}
