package org.ecocorridor.report;

import java.awt.image.BufferedImage;

/** Pixel counts for image assertions. */
final class Pixels {
    private Pixels() {
    }

    /** Pixels whose RGB is within {@code tolerance} per channel of {@code rgb} (alpha ignored). */
    static int count(BufferedImage image, int rgb, int tolerance) {
        return count(image, rgb, tolerance, 0, 0, image.getWidth(), image.getHeight());
    }

    static int count(BufferedImage image, int rgb, int tolerance, int x0, int y0, int x1, int y1) {
        int n = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                int p = image.getRGB(x, y);
                if (Math.abs(((p >> 16) & 255) - ((rgb >> 16) & 255)) <= tolerance
                        && Math.abs(((p >> 8) & 255) - ((rgb >> 8) & 255)) <= tolerance
                        && Math.abs((p & 255) - (rgb & 255)) <= tolerance) {
                    n++;
                }
            }
        }
        return n;
    }
}
