package org.ecocorridor.ogc.style;

import java.util.List;
import java.util.Optional;

/**
 * A parsed SLD 1.0 / SLD 1.1 document, or a bare SE 1.1 {@code FeatureTypeStyle} /
 * {@code CoverageStyle} wrapped as one unnamed layer with one default style.
 * Ecocorridor's default styles ({@code styles/<layer>.sld}) hold one named layer whose default
 * style bears the layer's name; further styles in the file are alternates.
 *
 * <p>Immutable.
 *
 * @param name   document name, or null
 * @param title  document title, or null
 * @param layers styled layers in document order
 */
public record StyledLayerDescriptor(String name, String title, List<StyledLayer> layers) {
    public StyledLayerDescriptor {
        layers = List.copyOf(layers);
    }

    /** The default style of the first layer. */
    public Optional<NamedStyle> defaultStyle() {
        return layers.stream().findFirst().flatMap(StyledLayer::defaultStyle);
    }

    /** Every style of every layer, in document order. */
    public List<NamedStyle> styles() {
        return layers.stream().flatMap(l -> l.styles().stream()).toList();
    }

    /** The first style with this name, in any layer. */
    public Optional<NamedStyle> style(String name) {
        return styles().stream().filter(s -> name.equals(s.name())).findFirst();
    }

    /** The styles given for a layer name. */
    public Optional<StyledLayer> layer(String layerName) {
        return layers.stream().filter(l -> layerName.equals(l.layerName())).findFirst();
    }
}
