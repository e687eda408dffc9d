package org.ecocorridor.server.clients;

import java.awt.image.BufferedImage;

/**
 * Pixel-wise comparison of two equally sized images: a pixel differs when any ARGB channel differs by
 * more than a tolerance. Fully transparent pixels compare equal whatever their colour bits (PNG
 * encoders may keep or zero them). The fraction is taken over the <em>drawn</em> pixels (not fully
 * transparent in either image), not over the whole image: a sparse layer (a few points on a
 * transparent map) covers well under 1 % of the image, so a whole-image fraction would let a complete
 * recolouring of its symbols pass. Immutable.
 *
 * @param differingFraction differing pixels / drawn pixels (0 when nothing is drawn), in [0, 1]
 * @param mask the differing pixels in red on white, for a human to look at
 */
record ImageComparison(double differingFraction, BufferedImage mask) {

    static ImageComparison of(BufferedImage expected, BufferedImage actual, int channelTolerance) {
        if (expected.getWidth() != actual.getWidth() || expected.getHeight() != actual.getHeight()) {
            throw new AssertionError("image size " + actual.getWidth() + "x" + actual.getHeight()
                    + " differs from the reference's " + expected.getWidth() + "x" + expected.getHeight());
        }
        int w = expected.getWidth();
        int h = expected.getHeight();
        BufferedImage mask = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        long differing = 0;
        long drawn = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int e = expected.getRGB(x, y);
                int a = actual.getRGB(x, y);
                drawn += (e >>> 24) != 0 || (a >>> 24) != 0 ? 1 : 0;
                boolean differs = differs(e, a, channelTolerance);
                differing += differs ? 1 : 0;
                mask.setRGB(x, y, differs ? 0xFF0000 : 0xFFFFFF);
            }
        }
        return new ImageComparison(drawn == 0 ? 0 : (double) differing / drawn, mask);
    }

    static boolean differs(int argbA, int argbB, int tolerance) {
        if ((argbA >>> 24) == 0 && (argbB >>> 24) == 0) {
            return false;
        }
        for (int shift = 0; shift <= 24; shift += 8) {
            if (Math.abs(((argbA >>> shift) & 0xFF) - ((argbB >>> shift) & 0xFF)) > tolerance) {
                return true;
            }
        }
        return false;
    }
}
