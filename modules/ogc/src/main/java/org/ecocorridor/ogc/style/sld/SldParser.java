package org.ecocorridor.ogc.style.sld;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ecocorridor.ogc.style.FeatureTypeStyle;
import org.ecocorridor.ogc.style.NamedStyle;
import org.ecocorridor.ogc.style.Rule;
import org.ecocorridor.ogc.style.StyledLayer;
import org.ecocorridor.ogc.style.StyledLayerDescriptor;
import org.ecocorridor.ogc.style.Symbolizer;
import org.ecocorridor.ogc.style.filter.Filter;

/**
 * Parses style documents with StAX: SLD 1.0.0 ({@code http://www.opengis.net/sld} with
 * {@code ogc:} filters), SLD 1.1.0 with SE 1.1 content ({@code http://www.opengis.net/se}), and bare
 * SE 1.1 {@code FeatureTypeStyle} / {@code CoverageStyle} documents. Elements are matched by local
 * name within those namespaces (and the no-namespace of sloppy documents); elements of other
 * namespaces are skipped.
 *
 * <p>Security: DTDs and external entities are disabled ({@code SUPPORT_DTD=false},
 * {@code IS_SUPPORTING_EXTERNAL_ENTITIES=false}) and a DOCTYPE is an error, so documents from
 * clients ({@code SLD_BODY}) can neither read files nor expand entity bombs. Graphic links are only
 * resolved here, never fetched.
 *
 * <p>Errors are {@link SldParseException}s (an {@link IllegalArgumentException}) naming the
 * element, line and column.
 *
 * <p>Thread-safe: stateless (each call creates its own reader).
 */
public final class SldParser {

    /** Parses a style file; relative graphic links resolve against the file's location. */
    public StyledLayerDescriptor parse(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toAbsolutePath().toUri());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read style file " + file, e);
        }
    }

    /** Parses a document given as text (e.g. WMS {@code SLD_BODY}); relative links stay unresolved. */
    public StyledLayerDescriptor parse(String xml) {
        return parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), null);
    }

    /**
     * Parses a document from a stream (not closed here).
     *
     * @param baseUri location of the document for resolving relative graphic links, or null
     */
    public StyledLayerDescriptor parse(InputStream in, URI baseUri) {
        try (StaxCursor c = StaxCursor.open(in, baseUri == null ? null : baseUri.toString())) {
            c.toRoot();
            Reader reader = new Reader(new SymbolizerReader(baseUri));
            return switch (c.name()) {
                case "StyledLayerDescriptor" -> reader.descriptor(c);
                case "NamedLayer", "UserLayer" -> new StyledLayerDescriptor(null, null, List.of(reader.layer(c)));
                case "UserStyle" -> wrap(reader.userStyle(c));
                case "FeatureTypeStyle", "CoverageStyle" -> {
                    FeatureTypeStyle fts = reader.featureTypeStyle(c);
                    yield wrap(new NamedStyle(fts.name(), fts.title(), null, true, List.of(fts)));
                }
                default -> throw c.error("not an SLD or SE document: root <" + c.rawLocalName() + "> in namespace \""
                        + c.namespace() + "\"");
            };
        }
    }

    private static StyledLayerDescriptor wrap(NamedStyle style) {
        return new StyledLayerDescriptor(null, null, List.of(new StyledLayer(null, List.of(style))));
    }

    /** Title and abstract of SLD 1.0 elements or of an SE {@code Description}. */
    private record Texts(String name, String title, String abstractText) {
    }

    /** Walks the document structure; one per parse. Not thread-safe. */
    private static final class Reader {
        private final SymbolizerReader symbolizers;

        Reader(SymbolizerReader symbolizers) {
            this.symbolizers = symbolizers;
        }

        /** Reads Name, Title, Abstract or Description into {@code texts}; false for other elements. */
        private boolean readText(StaxCursor c, Texts[] texts) {
            Texts t = texts[0];
            switch (c.name()) {
                case "Name" -> texts[0] = new Texts(c.text(), t.title(), t.abstractText());
                case "Title" -> texts[0] = new Texts(t.name(), c.text(), t.abstractText());
                case "Abstract" -> texts[0] = new Texts(t.name(), t.title(), c.text());
                case "Description" -> {
                    while (c.nextChild()) {
                        readText(c, texts);
                    }
                }
                default -> {
                    return false;
                }
            }
            return true;
        }

        StyledLayerDescriptor descriptor(StaxCursor c) {
            Texts[] texts = {new Texts(null, null, null)};
            List<StyledLayer> layers = new ArrayList<>();
            while (c.nextChild()) {
                switch (c.name()) {
                    case "NamedLayer", "UserLayer" -> layers.add(layer(c));
                    default -> {
                        if (!readText(c, texts)) {
                            c.skip();
                        }
                    }
                }
            }
            return new StyledLayerDescriptor(texts[0].name(), texts[0].title(), layers);
        }

        StyledLayer layer(StaxCursor c) {
            Texts[] texts = {new Texts(null, null, null)};
            List<NamedStyle> styles = new ArrayList<>();
            while (c.nextChild()) {
                switch (c.name()) {
                    case "UserStyle" -> styles.add(userStyle(c));
                    case "NamedStyle" -> styles.add(namedStyleReference(c));
                    default -> {
                        if (!readText(c, texts)) {
                            c.skip(); // LayerFeatureConstraints, RemoteOWS, InlineFeature
                        }
                    }
                }
            }
            return new StyledLayer(texts[0].name(), styles);
        }

        private NamedStyle namedStyleReference(StaxCursor c) {
            Texts[] texts = {new Texts(null, null, null)};
            while (c.nextChild()) {
                if (!readText(c, texts)) {
                    c.skip();
                }
            }
            return new NamedStyle(texts[0].name(), texts[0].title(), texts[0].abstractText(), false, List.of());
        }

        NamedStyle userStyle(StaxCursor c) {
            Texts[] texts = {new Texts(null, null, null)};
            boolean isDefault = false;
            List<FeatureTypeStyle> passes = new ArrayList<>();
            while (c.nextChild()) {
                switch (c.name()) {
                    case "IsDefault" -> {
                        String v = Parameters.lower(c.text());
                        isDefault = v.equals("1") || v.equals("true");
                    }
                    case "FeatureTypeStyle", "CoverageStyle" -> passes.add(featureTypeStyle(c));
                    default -> {
                        if (!readText(c, texts)) {
                            c.skip();
                        }
                    }
                }
            }
            if (passes.isEmpty()) {
                throw c.error("UserStyle \"" + texts[0].name() + "\" has no FeatureTypeStyle");
            }
            return new NamedStyle(texts[0].name(), texts[0].title(), texts[0].abstractText(), isDefault, passes);
        }

        FeatureTypeStyle featureTypeStyle(StaxCursor c) {
            Texts[] texts = {new Texts(null, null, null)};
            List<Rule> rules = new ArrayList<>();
            while (c.nextChild()) {
                switch (c.name()) {
                    case "Rule" -> rules.add(rule(c));
                    case "OnlineResource" -> throw c.error("rules by reference (OnlineResource) are not supported");
                    default -> {
                        if (!readText(c, texts)) {
                            c.skip(); // FeatureTypeName, SemanticTypeIdentifier, Transformation
                        }
                    }
                }
            }
            if (rules.isEmpty()) {
                throw c.error("FeatureTypeStyle without a Rule");
            }
            return new FeatureTypeStyle(texts[0].name(), texts[0].title(), rules);
        }

        Rule rule(StaxCursor c) {
            Texts[] texts = {new Texts(null, null, null)};
            Filter filter = Filter.INCLUDE;
            boolean elseFilter = false;
            double min = 0;
            double max = Double.POSITIVE_INFINITY;
            List<Symbolizer> list = new ArrayList<>();
            while (c.nextChild()) {
                String name = c.name();
                if (SymbolizerReader.isSymbolizer(name)) {
                    list.add(symbolizers.read(c));
                    continue;
                }
                switch (name) {
                    case "Filter" -> filter = FilterReader.readFilter(c);
                    case "ElseFilter" -> {
                        elseFilter = true;
                        c.skip();
                    }
                    case "MinScaleDenominator" -> min = Parameters.number(c);
                    case "MaxScaleDenominator" -> max = Parameters.number(c);
                    default -> {
                        if (!readText(c, texts)) {
                            c.skip(); // LegendGraphic
                        }
                    }
                }
            }
            if (list.isEmpty()) {
                throw c.error("Rule \"" + texts[0].name() + "\" has no symbolizer");
            }
            Filter f = filter;
            boolean e = elseFilter;
            double lo = min;
            double hi = max;
            return GraphicReader.build(c, () -> new Rule(texts[0].name(), texts[0].title(), texts[0].abstractText(),
                    f, e, lo, hi, list));
        }
    }
}
