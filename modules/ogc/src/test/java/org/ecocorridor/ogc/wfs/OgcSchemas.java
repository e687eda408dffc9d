package org.ecocorridor.ogc.wfs;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.catalog.CatalogFeatures;
import javax.xml.catalog.CatalogManager;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.ecocorridor.ogc.testing.ProjectFolders;
import org.junit.jupiter.api.Assumptions;

/**
 * Validates documents against the official OGC schemas in {@code ../shared/ogc-schemas}, resolved
 * offline through its {@code catalog.xml}; tests are skipped when that folder is absent.
 */
final class OgcSchemas {
    private static final Map<String, Schema> CACHE = new HashMap<>();

    private OgcSchemas() {
    }

    static Path root() {
        Path shared = ProjectFolders.shared().orElse(null);
        Assumptions.assumeTrue(shared != null, "../shared/ogc-schemas is absent");
        return shared.resolve("ogc-schemas");
    }

    /**
     * Validates a document against a main schema (path under ogc-schemas) plus optional
     * application schemas given as bytes (e.g. a DescribeFeatureType answer).
     */
    static void validate(byte[] document, String mainSchema, byte[]... applicationSchemas) throws Exception {
        Schema schema = schema(mainSchema, applicationSchemas);
        schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(document)));
    }

    private static synchronized Schema schema(String main, byte[]... extra) throws Exception {
        String key = main + "#" + (extra.length == 0 ? "" : java.util.Arrays.hashCode(extra[0]));
        Schema cached = CACHE.get(key);
        if (cached == null) {
            Path root = root();
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setResourceResolver(CatalogManager.catalogResolver(
                    CatalogFeatures.builder().with(CatalogFeatures.Feature.RESOLVE, "continue").build(),
                    root.resolve("catalog.xml").toUri()));
            List<Source> sources = new ArrayList<>();
            sources.add(new StreamSource(root.resolve(main).toFile()));
            int i = 0;
            for (byte[] s : extra) {
                sources.add(new StreamSource(new ByteArrayInputStream(s), "urn:application-schema:" + (i++)));
            }
            cached = factory.newSchema(sources.toArray(Source[]::new));
            CACHE.put(key, cached);
        }
        return cached;
    }
}
