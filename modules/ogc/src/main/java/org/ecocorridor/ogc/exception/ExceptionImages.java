package org.ecocorridor.ogc.exception;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * The image forms of WMS exceptions (WMS 1.3.0 §7.3.3.11, 1.1.1 §7.2.3.10):
 * {@code EXCEPTIONS=INIMAGE} (1.1.1: {@code application/vnd.ogc.se_inimage}) draws the message,
 * word-wrapped, in dark red on the map's background; {@code BLANK}
 * ({@code application/vnd.ogc.se_blank}) returns only the background. Both have the size of the
 * requested map and are returned in its format, so a client's map shows the error (or nothing)
 * in place of the layer.
 *
 * <p>Thread-safe (stateless).
 */
public final class ExceptionImages {
    private static final Color TEXT = new Color(0x99, 0x00, 0x00);

    private ExceptionImages() {
    }

    /** An empty image: transparent, or filled with {@code background}. */
    public static BufferedImage blank(int widthPx, int heightPx, boolean transparent, Color background) {
        BufferedImage img = new BufferedImage(widthPx, heightPx, BufferedImage.TYPE_INT_ARGB);
        if (!transparent) {
            Graphics2D g = img.createGraphics();
            g.setColor(background);
            g.fillRect(0, 0, widthPx, heightPx);
            g.dispose();
        }
        return img;
    }

    /** The background with "code: message" written on it from the top-left corner. */
    public static BufferedImage inImage(OgcException e, int widthPx, int heightPx, boolean transparent,
            Color background) {
        BufferedImage img = blank(widthPx, heightPx, transparent, background);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            g.setColor(TEXT);
            FontMetrics fm = g.getFontMetrics();
            int y = 4 + fm.getAscent();
            for (String line : wrap(e.code() + ": " + e.getMessage(), fm, Math.max(20, widthPx - 8))) {
                g.drawString(line, 4, y);
                y += fm.getHeight();
                if (y > heightPx) {
                    break;
                }
            }
        } finally {
            g.dispose();
        }
        return img;
    }

    private static List<String> wrap(String text, FontMetrics fm, int widthPx) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (fm.stringWidth(candidate) > widthPx && !line.isEmpty()) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
