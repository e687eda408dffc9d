package org.ecocorridor.ogc.wms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ecocorridor.core.catalog.LayerKind;
import java.awt.Color;
import org.ecocorridor.ogc.style.Fill;
import org.ecocorridor.ogc.style.UnitOfMeasure;
import org.ecocorridor.ogc.style.FeatureTypeStyle;
import org.ecocorridor.ogc.style.LineSymbolizer;
import org.ecocorridor.ogc.style.NamedStyle;
import org.ecocorridor.ogc.style.PolygonSymbolizer;
import org.ecocorridor.ogc.style.RasterSymbolizer;
import org.ecocorridor.ogc.style.Rule;
import org.ecocorridor.ogc.style.Stroke;
import org.ecocorridor.ogc.style.StyledLayerDescriptor;
import org.ecocorridor.ogc.style.sld.SldParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The styles of published layers, read from {@code <folder>/<name>.sld} (see {@code styles/README.md}):
 * a layer whose catalog default style is {@code name} offers every {@code UserStyle} of that file,
 * the one marked {@code IsDefault} first. A file is parsed again when its modification time changes,
 * and that time is the style's version for tile caches. Layers without a style file get a plain
 * built-in style ({@value #FALLBACK_NAME}): translucent grey areas and grey lines for vectors (points
 * stay invisible: style rules cannot test the geometry type), a grey stretch for rasters.
 *
 * <p>Thread-safe.
 */
public final class StyleCatalog {
    /** Name of the built-in style of layers without a style file. */
    public static final String FALLBACK_NAME = "default";
    private static final Logger LOG = LoggerFactory.getLogger(StyleCatalog.class);
    private static final int MAX_FILES = 1024;

    /** The styles of one layer: default first, and a version that changes with the file. Immutable. */
    public record LayerStyles(List<NamedStyle> styles, long version) {
        public LayerStyles {
            styles = List.copyOf(styles);
            if (styles.isEmpty()) {
                throw new IllegalArgumentException("A layer needs at least one style");
            }
        }

        /** The default style. */
        public NamedStyle defaultStyle() {
            return styles.get(0);
        }
    }

    private record Parsed(long modifiedMillis, StyledLayerDescriptor sld) {
    }

    private final Path folder;
    private final SldParser parser = new SldParser();
    private final Map<String, Parsed> files = new ConcurrentHashMap<>();

    /** @param folder the styles folder; may be missing (every layer then gets the built-in style) */
    public StyleCatalog(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    public Path folder() {
        return folder;
    }

    /** The styles of a layer whose catalog names {@code styleName} (may be null) as its default. */
    public LayerStyles stylesFor(String styleName, LayerKind kind) {
        if (styleName != null && styleName.matches("[A-Za-z0-9_\\-]+")) {
            Path file = folder.resolve(styleName + ".sld");
            try {
                if (Files.isRegularFile(file)) {
                    long modified = Files.getLastModifiedTime(file).toMillis();
                    Parsed p = files.get(styleName);
                    if (p == null || p.modifiedMillis() != modified) {
                        p = new Parsed(modified, parser.parse(file));
                        if (files.size() >= MAX_FILES) {
                            files.clear();
                        }
                        files.put(styleName, p);
                    }
                    List<NamedStyle> styles = ordered(p.sld());
                    if (!styles.isEmpty()) {
                        return new LayerStyles(styles, modified);
                    }
                }
            } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
                LOG.warn("Style file {} unusable, using the built-in style: {}", file, e.getMessage());
            }
        }
        return new LayerStyles(List.of(fallback(kind)), 0);
    }

    private static List<NamedStyle> ordered(StyledLayerDescriptor sld) {
        List<NamedStyle> all = sld.styles().stream().filter(s -> !s.isReference() && s.name() != null).toList();
        NamedStyle def = sld.defaultStyle().filter(all::contains).orElse(all.isEmpty() ? null : all.get(0));
        if (def == null) {
            return List.of();
        }
        List<NamedStyle> result = new java.util.ArrayList<>();
        result.add(def);
        all.stream().filter(s -> s != def).forEach(result::add);
        return result;
    }

    /** The built-in style: grey for vectors, a grey stretch (no colour map) for rasters. */
    static NamedStyle fallback(LayerKind kind) {
        Color grey = new Color(0x55, 0x55, 0x55);
        UnitOfMeasure px = UnitOfMeasure.PIXEL;
        Rule rule = kind == LayerKind.RASTER
                ? Rule.of("Value", List.of(new RasterSymbolizer(1.0, null, px)))
                : Rule.of(null, List.of(
                        new PolygonSymbolizer(Fill.solid(new Color(0xcccccc), 0.5), Stroke.solid(grey, 1), px),
                        new LineSymbolizer(Stroke.solid(grey, 1), px)));
        return new NamedStyle(FALLBACK_NAME, "Default", null, true,
                List.of(new FeatureTypeStyle(null, null, List.of(rule))));
    }
}
