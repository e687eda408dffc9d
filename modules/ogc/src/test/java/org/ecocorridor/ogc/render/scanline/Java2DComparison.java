package org.ecocorridor.ogc.render.scanline;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * Draws the same shape with Java2D (Marlin, antialiasing, STROKE_PURE, SrcOver) and with a
 * {@link ScanlineCanvas} on copies of one background, and measures the per-channel difference of
 * the premultiplied pixels.
 */
final class Java2DComparison {
    final BufferedImage java2d;
    final BufferedImage scanline;
    /** Largest channel difference, 0..255. */
    int max;
    /** Mean channel difference over all channels of all pixels. */
    double mean;
    /** Pixel of the largest difference (x + y · width). */
    int worstPixel;

    private Java2DComparison(BufferedImage background) {
        java2d = copy(background);
        scanline = copy(background);
    }

    static BufferedImage canvas(int w, int h, int argb) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = img.createGraphics();
        g.setComposite(java.awt.AlphaComposite.Src);
        g.setColor(new Color(argb, true));
        g.fillRect(0, 0, w, h);
        g.dispose();
        return img;
    }

    static Java2DComparison fill(BufferedImage background, Shape shape, Color color) {
        Java2DComparison c = new Java2DComparison(background);
        Graphics2D g = graphics(c.java2d);
        g.setColor(color);
        g.fill(shape);
        g.dispose();
        if (!new ScanlineCanvas(c.scanline).fill(shape, color.getRGB())) {
            throw new AssertionError("the scanline canvas declined the fill");
        }
        c.measure();
        return c;
    }

    static Java2DComparison stroke(BufferedImage background, Shape shape, BasicStroke stroke, Color color) {
        Java2DComparison c = new Java2DComparison(background);
        Graphics2D g = graphics(c.java2d);
        g.setColor(color);
        g.setStroke(stroke);
        g.draw(shape);
        g.dispose();
        if (!new ScanlineCanvas(c.scanline).stroke(shape, stroke, color.getRGB())) {
            throw new AssertionError("the scanline canvas declined the stroke");
        }
        c.measure();
        return c;
    }

    static Graphics2D graphics(BufferedImage img) {
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        return g;
    }

    static int[] pixels(BufferedImage img) {
        return ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
    }

    private void measure() {
        int[] a = pixels(java2d);
        int[] b = pixels(scanline);
        long sum = 0;
        for (int i = 0; i < a.length; i++) {
            for (int shift = 0; shift < 32; shift += 8) {
                int d = Math.abs(((a[i] >>> shift) & 0xFF) - ((b[i] >>> shift) & 0xFF));
                sum += d;
                if (d > max) {
                    max = d;
                    worstPixel = i;
                }
            }
        }
        mean = sum / (4.0 * a.length);
    }

    @Override
    public String toString() {
        int w = java2d.getWidth();
        return String.format("max %d at (%d, %d): java2d %08x scanline %08x, mean %.4f", max, worstPixel % w,
                worstPixel / w, pixels(java2d)[worstPixel], pixels(scanline)[worstPixel], mean);
    }

    private static BufferedImage copy(BufferedImage src) {
        BufferedImage img = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_INT_ARGB_PRE);
        System.arraycopy(pixels(src), 0, pixels(img), 0, pixels(src).length);
        return img;
    }
}
