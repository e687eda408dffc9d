package org.ecocorridor.ogc.style;

import java.util.List;

/**
 * A label font (SLD 1.0 §11.4.2 {@code Font}: {@code font-family} (several allowed, first
 * available wins), {@code font-style}, {@code font-weight}, {@code font-size}). The default is a
 * 10-unit sans-serif.
 *
 * <p>Immutable.
 *
 * @param families family names in order of preference ({@code SansSerif}, {@code Serif} are always present)
 * @param italic   italic or oblique
 * @param bold     bold weight
 * @param size     size in the symbolizer's unit, &gt; 0
 */
public record TextFont(List<String> families, boolean italic, boolean bold, double size) {

    /** SansSerif, 10. */
    public static final TextFont DEFAULT = new TextFont(List.of("SansSerif"), false, false, 10);

    public TextFont {
        families = List.copyOf(families);
        if (families.isEmpty()) {
            families = List.of("SansSerif");
        }
        if (!(size > 0) || !Double.isFinite(size)) {
            throw new IllegalArgumentException("font-size must be positive, got " + size);
        }
    }
}
