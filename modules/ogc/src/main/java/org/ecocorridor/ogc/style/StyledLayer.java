package org.ecocorridor.ogc.style;

import java.util.List;
import java.util.Optional;

/**
 * The styles given for one layer in an SLD document ({@code NamedLayer} or {@code UserLayer}).
 *
 * <p>Immutable.
 *
 * @param layerName the layer's name, or null (a bare SE feature type style names no layer)
 * @param styles    styles in document order
 */
public record StyledLayer(String layerName, List<NamedStyle> styles) {
    public StyledLayer {
        styles = List.copyOf(styles);
    }

    /** The style marked {@code IsDefault}, else the first; empty when there is none. */
    public Optional<NamedStyle> defaultStyle() {
        return styles.stream().filter(NamedStyle::isDefault).findFirst().or(() -> styles.stream().findFirst());
    }

    /** The style with this name. */
    public Optional<NamedStyle> style(String name) {
        return styles.stream().filter(s -> name.equals(s.name())).findFirst();
    }
}
