package org.ecocorridor.ogc.style;

import java.util.List;

/**
 * A style of a layer, by name: SLD's {@code UserStyle} (with its feature type styles) or, when
 * {@link #isReference()}, an SLD {@code NamedStyle} that only names a style the server knows.
 *
 * <p>Immutable.
 *
 * @param name              style name (the WMS STYLES value), or null
 * @param title             human title, or null
 * @param abstractText      description, or null
 * @param isDefault         whether this is the layer's default style ({@code IsDefault})
 * @param featureTypeStyles drawing passes in order; empty for a reference
 */
public record NamedStyle(String name, String title, String abstractText, boolean isDefault,
        List<FeatureTypeStyle> featureTypeStyles) {
    public NamedStyle {
        featureTypeStyles = List.copyOf(featureTypeStyles);
    }

    /** Whether this only names a style defined elsewhere (SLD {@code NamedStyle}). */
    public boolean isReference() {
        return featureTypeStyles.isEmpty();
    }

    /** All rules of all feature type styles, in drawing order. */
    public List<Rule> rules() {
        return featureTypeStyles.stream().flatMap(f -> f.rules().stream()).toList();
    }
}
