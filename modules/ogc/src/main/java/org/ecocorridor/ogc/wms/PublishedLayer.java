package org.ecocorridor.ogc.wms;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ecocorridor.core.catalog.LayerInfo;
import org.ecocorridor.core.catalog.LayerKind;
import org.ecocorridor.ogc.style.NamedStyle;

/**
 * A layer as map services publish it: its catalog entry and its styles (default first). Immutable.
 *
 * @param info   catalog entry
 * @param styles styles and their version
 */
public record PublishedLayer(LayerInfo info, StyleCatalog.LayerStyles styles) {
    public PublishedLayer {
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(styles, "styles");
    }

    public String name() {
        return info.name();
    }

    public boolean isVector() {
        return info.kind() == LayerKind.VECTOR;
    }

    public NamedStyle defaultStyle() {
        return styles.defaultStyle();
    }

    public List<NamedStyle> styleList() {
        return styles.styles();
    }

    /** The style of that name; the default for null, empty or {@code default}. */
    public Optional<NamedStyle> style(String name) {
        if (name == null || name.isBlank() || name.equalsIgnoreCase(StyleCatalog.FALLBACK_NAME)) {
            return Optional.of(defaultStyle());
        }
        return styleList().stream().filter(s -> name.equals(s.name())).findFirst();
    }

    /**
     * A version string that changes whenever the layer's data or definition (catalog
     * {@code updatedAt}) or its style file changes: the key of cached tiles and ETags.
     */
    public String version() {
        java.time.Instant at = info.updatedAt();
        long micros = at == null ? 0 : at.getEpochSecond() * 1_000_000L + at.getNano() / 1_000;
        return micros + "-" + styles.version();
    }
}
