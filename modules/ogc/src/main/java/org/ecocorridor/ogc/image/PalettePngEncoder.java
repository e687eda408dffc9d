package org.ecocorridor.ogc.image;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;

/**
 * 8-bit paletted PNG (colour type 3) with a {@code tRNS} chunk for transparency, the WMS
 * {@code image/png8} / {@code image/png; mode=8bit} format: at most 256 colours chosen by
 * {@link MedianCutQuantizer} (exact when the image has ≤ 256 colours). Rows use filter type None,
 * as the PNG specification recommends for palette images (§12.8).
 *
 * <p>Immutable and thread-safe.
 */
public final class PalettePngEncoder implements ImageEncoder {
    private final int compressionLevel;

    public PalettePngEncoder() {
        this(PngEncoder.DEFAULT_COMPRESSION_LEVEL + 2);
    }

    /** @param compressionLevel zlib level 0 to 9 */
    public PalettePngEncoder(int compressionLevel) {
        if (compressionLevel < 0 || compressionLevel > 9) {
            throw new IllegalArgumentException("compressionLevel must be in [0, 9], got " + compressionLevel);
        }
        this.compressionLevel = compressionLevel;
    }

    @Override
    public String mimeType() {
        return "image/png; mode=8bit";
    }

    @Override
    public void encode(BufferedImage image, OutputStream out) throws IOException {
        int w = image.getWidth();
        int h = image.getHeight();
        Pixels pixels = new Pixels(image);
        int[] argb = new int[w * h];
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            pixels.row(y, row);
            System.arraycopy(row, 0, argb, y * w, w);
        }
        MedianCutQuantizer.Palette palette = MedianCutQuantizer.quantize(argb, 256);
        int[] colours = palette.colors();
        PngWriter png = new PngWriter(out);
        png.header(w, h, 3);
        byte[] plte = new byte[3 * colours.length];
        int transparentCount = 0;
        for (int i = 0; i < colours.length; i++) {
            plte[3 * i] = (byte) (colours[i] >>> 16);
            plte[3 * i + 1] = (byte) (colours[i] >>> 8);
            plte[3 * i + 2] = (byte) colours[i];
            if ((colours[i] >>> 24) != 255) {
                transparentCount = i + 1;
            }
        }
        png.chunk("PLTE", plte, plte.length);
        if (transparentCount > 0) {
            byte[] trns = new byte[transparentCount];
            for (int i = 0; i < transparentCount; i++) {
                trns[i] = (byte) (colours[i] >>> 24);
            }
            png.chunk("tRNS", trns, trns.length);
        }
        byte[] line = new byte[1 + w];
        try (OutputStream idat = png.imageData(compressionLevel)) {
            int lastColour = 0;
            int lastIndex = palette.index(0);
            for (int y = 0; y < h; y++) {
                line[0] = 0;
                for (int x = 0; x < w; x++) {
                    int c = argb[y * w + x];
                    if (c != lastColour) {
                        lastColour = c;
                        lastIndex = palette.index(c);
                    }
                    line[1 + x] = (byte) lastIndex;
                }
                idat.write(line);
            }
        }
        png.end();
    }
}
