package org.ecocorridor.ogc.style;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A well-known shape filled and outlined (SLD 1.0 §11.3.2): {@code square}, {@code circle},
 * {@code triangle}, {@code star}, {@code cross}, {@code x}. An unknown name renders as a square,
 * as the specification asks. Fill or stroke may be null (not drawn); a mark declared with neither
 * gets the SLD defaults (grey fill, black outline).
 *
 * <p>Immutable.
 *
 * @param wellKnownName shape name, lower case
 * @param fill          interior, or null
 * @param stroke        outline, or null
 */
public record Mark(String wellKnownName, Fill fill, Stroke stroke) implements GraphicSymbol {

    /** The shapes every SLD renderer must know. */
    public static final Set<String> WELL_KNOWN_NAMES = Set.of("square", "circle", "triangle", "star", "cross", "x");

    /** The SLD default mark: a grey square with a black outline. */
    public static final Mark DEFAULT = new Mark("square", Fill.DEFAULT, Stroke.DEFAULT);

    public Mark {
        Objects.requireNonNull(wellKnownName, "wellKnownName");
        wellKnownName = wellKnownName.trim().toLowerCase(Locale.ROOT);
    }
}
