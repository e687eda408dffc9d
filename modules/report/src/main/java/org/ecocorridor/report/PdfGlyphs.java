package org.ecocorridor.report;

import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * What text becomes when the PDF has no TrueType font and falls back to the standard Type 1 fonts
 * (Helvetica, Courier), whose WinAnsi encoding lacks many scientific characters: openhtmltopdf would
 * print them as '#'. Those are replaced deliberately by ASCII spellings ({@code ≥} → {@code >=},
 * {@code −} → {@code -}, {@code √} → {@code sqrt}, {@code ⁻⁵} → {@code ^-5}, thin spaces → spaces,
 * Greek letters by name); WinAnsi characters such as × · ² ³ ± µ ° – — … stay. Any other character
 * outside WinAnsi becomes {@code ?}.
 *
 * <p>Thread-safe: stateless.
 */
final class PdfGlyphs {
    /** Keeps every character (a TrueType font with wide coverage is embedded). */
    static final UnaryOperator<String> KEEP = s -> s;

    private static final Map<Character, String> REPLACEMENTS = Map.ofEntries(
            Map.entry('\u2212', "-"), Map.entry('\u2264', "<="), Map.entry('\u2265', ">="), Map.entry('\u2260', "!="),
            Map.entry('\u2248', "~"), Map.entry('\u221A', "sqrt"), Map.entry('\u221E', "inf"),
            Map.entry('\u2211', "sum"), Map.entry('\u2208', " in "), Map.entry('\u2192', "->"),
            Map.entry('\u2190', "<-"), Map.entry('\u2194', "<->"), Map.entry('\u2009', " "), Map.entry('\u202F', " "),
            Map.entry('\u2007', " "), Map.entry('\u00A0', " "), Map.entry('\u22C5', "·"), Map.entry('\u2032', "'"),
            Map.entry('\u2070', "^0"), Map.entry('\u2074', "^4"), Map.entry('\u2075', "^5"), Map.entry('\u2076', "^6"),
            Map.entry('\u2077', "^7"), Map.entry('\u2078', "^8"), Map.entry('\u2079', "^9"), Map.entry('\u207B', "^-"),
            Map.entry('\u2080', "_0"), Map.entry('\u2081', "_1"), Map.entry('\u2082', "_2"), Map.entry('\u2083', "_3"),
            Map.entry('\u03B1', "alpha"), Map.entry('\u03B2', "beta"), Map.entry('\u03B3', "gamma"),
            Map.entry('\u03B4', "delta"), Map.entry('\u0394', "Delta"), Map.entry('\u03B5', "epsilon"),
            Map.entry('\u03B8', "theta"), Map.entry('\u03BB', "lambda"), Map.entry('\u03C0', "pi"),
            Map.entry('\u03C1', "rho"), Map.entry('\u03C3', "sigma"), Map.entry('\u03A3', "Sigma"),
            Map.entry('\u03C6', "phi"), Map.entry('\u03C9', "omega"), Map.entry('\u03A9', "Ohm"),
            Map.entry('\u2713', "ok"), Map.entry('\u2717', "x"));

    /** Characters of WinAnsi (CP1252) above Latin-1 that the standard fonts have. */
    private static final String WIN_ANSI_EXTRA = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ";

    private PdfGlyphs() {
    }

    /** Replaces characters the standard PDF fonts cannot show. */
    static String toWinAnsi(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String replacement = null;
            if (c >= 0x100 && WIN_ANSI_EXTRA.indexOf(c) < 0) {
                replacement = REPLACEMENTS.getOrDefault(c, "?");
            } else if (c >= 0x80 && c < 0xA0) {
                replacement = "?";
            }
            if (replacement != null && out == null) {
                out = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (out != null) {
                out.append(replacement != null ? replacement : String.valueOf(c));
            }
            if (Character.isHighSurrogate(c) && i + 1 < s.length()) {
                i++; // one '?' for the whole code point
            }
        }
        return out == null ? s : out.toString();
    }
}
