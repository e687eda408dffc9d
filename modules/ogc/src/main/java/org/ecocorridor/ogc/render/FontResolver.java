package org.ecocorridor.ogc.render;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.ecocorridor.ogc.style.TextFont;

/**
 * Turns a {@link TextFont} into a Java2D font: the first family installed (or a Java logical
 * family: SansSerif, Serif, Monospaced, Dialog, DialogInput), else SansSerif. With the identity
 * transform of an image, a font of size s points is s pixels high.
 *
 * <p>Thread-safe: the family list is read once and never changed.
 */
final class FontResolver {
    private static final Set<String> LOGICAL = Set.of("sansserif", "serif", "monospaced", "dialog", "dialoginput");

    private final Set<String> installed;

    FontResolver() {
        Set<String> names = new HashSet<>();
        for (String f : GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.ROOT)) {
            names.add(f.toLowerCase(Locale.ROOT));
        }
        this.installed = Set.copyOf(names);
    }

    /** A font of {@code sizePx} pixels. */
    Font font(TextFont spec, double sizePx) {
        String family = "SansSerif";
        for (String f : spec.families()) {
            String key = f.toLowerCase(Locale.ROOT);
            if (LOGICAL.contains(key.replace("-", "").replace(" ", "")) || installed.contains(key)) {
                family = LOGICAL.contains(key.replace("-", "").replace(" ", "")) ? logical(key) : f;
                break;
            }
        }
        int style = (spec.bold() ? Font.BOLD : 0) | (spec.italic() ? Font.ITALIC : 0);
        return new Font(family, style, 1).deriveFont((float) sizePx);
    }

    private static String logical(String key) {
        return switch (key.replace("-", "").replace(" ", "")) {
            case "serif" -> Font.SERIF;
            case "monospaced" -> Font.MONOSPACED;
            case "dialog" -> Font.DIALOG;
            case "dialoginput" -> Font.DIALOG_INPUT;
            default -> Font.SANS_SERIF;
        };
    }
}
