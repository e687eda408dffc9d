package org.ecocorridor.report;

import java.util.function.UnaryOperator;

/**
 * Writes well-formed XHTML: every text and attribute value is passed through a glyph filter (see
 * {@link PdfGlyphs}) and escaped; elements are opened and closed explicitly. Characters XML 1.0
 * forbids (C0 controls other than tab, CR, LF) are dropped.
 *
 * <p>Not thread-safe; one per document.
 */
final class Xhtml {
    private final StringBuilder out = new StringBuilder(64 * 1024);
    private final UnaryOperator<String> glyphs;

    Xhtml(UnaryOperator<String> glyphs) {
        this.glyphs = glyphs;
    }

    /** Opens an element; {@code attributes} are name, value pairs (null values are left out). */
    Xhtml open(String tag, String... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append('>');
        return this;
    }

    Xhtml close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** An empty element such as {@code <img/>}. */
    Xhtml empty(String tag, String... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append("/>");
        return this;
    }

    /** An element holding only text. */
    Xhtml element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    Xhtml text(String text) {
        escape(glyphs.apply(text == null ? "" : text), false);
        return this;
    }

    /** Markup written as is (only for constant, known-good fragments such as the style sheet). */
    Xhtml raw(String markup) {
        out.append(markup);
        return this;
    }

    /** Applies the glyph filter alone (for text that goes into CSS strings). */
    String glyphs(String text) {
        return glyphs.apply(text);
    }

    private void attributes(String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("Attributes come in name, value pairs");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("=\"");
                escape(attributes[i].equals("href") || attributes[i].equals("src") ? attributes[i + 1]
                        : glyphs.apply(attributes[i + 1]), true);
                out.append('"');
            }
        }
    }

    private void escape(String s, boolean attribute) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\n', '\r', '\t' -> out.append(attribute ? "&#" + (int) c + ";" : String.valueOf(c));
                default -> {
                    if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF) {
                        out.append(c);
                    }
                }
            }
        }
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
