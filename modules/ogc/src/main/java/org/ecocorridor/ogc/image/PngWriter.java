package org.ecocorridor.ogc.image;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * PNG container writing (ISO/IEC 15948 / W3C PNG 2nd ed.): signature, chunks with CRC-32, and a
 * zlib stream split into IDAT chunks of at most {@value #IDAT_BYTES} bytes. Also the five scanline
 * filters (§9.2) with the "minimum sum of absolute differences" heuristic of §12.8 to choose one
 * per row.
 *
 * <p>Not thread-safe; one per image.
 */
final class PngWriter {
    static final int IDAT_BYTES = 1 << 16;
    private static final byte[] SIGNATURE = {(byte) 137, 80, 78, 71, 13, 10, 26, 10};

    private final OutputStream out;
    private final CRC32 crc = new CRC32();

    PngWriter(OutputStream out) throws IOException {
        this.out = out;
        out.write(SIGNATURE);
    }

    /** IHDR: size, bit depth 8, colour type (2 RGB, 3 palette, 6 RGBA), no interlace. */
    void header(int width, int height, int colourType) throws IOException {
        byte[] d = new byte[13];
        putInt(d, 0, width);
        putInt(d, 4, height);
        d[8] = 8;
        d[9] = (byte) colourType;
        chunk("IHDR", d, d.length);
    }

    void chunk(String type, byte[] data, int length) throws IOException {
        byte[] len = new byte[4];
        putInt(len, 0, length);
        out.write(len);
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        crc.reset();
        crc.update(t);
        crc.update(data, 0, length);
        out.write(t);
        out.write(data, 0, length);
        byte[] c = new byte[4];
        putInt(c, 0, (int) crc.getValue());
        out.write(c);
    }

    void end() throws IOException {
        chunk("IEND", new byte[0], 0);
        out.flush();
    }

    /** A stream whose deflated bytes become IDAT chunks; close it before {@link #end()}. */
    OutputStream imageData(int compressionLevel) {
        Deflater deflater = new Deflater(compressionLevel);
        OutputStream chunks = new OutputStream() {
            private final byte[] buffer = new byte[IDAT_BYTES];
            private int n;

            @Override
            public void write(int b) throws IOException {
                if (n == buffer.length) {
                    flushChunk();
                }
                buffer[n++] = (byte) b;
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                while (len > 0) {
                    if (n == buffer.length) {
                        flushChunk();
                    }
                    int k = Math.min(len, buffer.length - n);
                    System.arraycopy(b, off, buffer, n, k);
                    n += k;
                    off += k;
                    len -= k;
                }
            }

            private void flushChunk() throws IOException {
                if (n > 0) {
                    chunk("IDAT", buffer, n);
                    n = 0;
                }
            }

            @Override
            public void close() throws IOException {
                flushChunk();
            }
        };
        return new DeflaterOutputStream(chunks, deflater, 1 << 15) {
            @Override
            public void close() throws IOException {
                try {
                    super.close();
                } finally {
                    deflater.end();
                }
            }
        };
    }

    static void putInt(byte[] b, int off, int v) {
        b[off] = (byte) (v >>> 24);
        b[off + 1] = (byte) (v >>> 16);
        b[off + 2] = (byte) (v >>> 8);
        b[off + 3] = (byte) v;
    }

    /**
     * Filters one scanline: writes the filter type byte and the filtered bytes into {@code out}
     * (length 1 + raw.length), choosing among None, Sub, Up and Paeth the one with the smallest sum
     * of |signed byte| (PNG §12.8).
     *
     * @param raw  this row's bytes
     * @param prev previous row's bytes (zeros for the first row)
     * @param bpp  bytes per pixel
     * @param work scratch of length 4 · raw.length
     */
    static void filterRow(byte[] raw, byte[] prev, int bpp, byte[] out, byte[] work) {
        int n = raw.length;
        long[] sums = new long[4];
        for (int i = 0; i < n; i++) {
            int x = raw[i] & 0xFF;
            int a = i >= bpp ? raw[i - bpp] & 0xFF : 0;
            int b = prev[i] & 0xFF;
            int c = i >= bpp ? prev[i - bpp] & 0xFF : 0;
            byte none = (byte) x;
            byte sub = (byte) (x - a);
            byte up = (byte) (x - b);
            byte paeth = (byte) (x - paeth(a, b, c));
            work[i] = none;
            work[n + i] = sub;
            work[2 * n + i] = up;
            work[3 * n + i] = paeth;
            sums[0] += Math.abs(none);
            sums[1] += Math.abs(sub);
            sums[2] += Math.abs(up);
            sums[3] += Math.abs(paeth);
        }
        int best = 0;
        for (int k = 1; k < 4; k++) {
            if (sums[k] < sums[best]) {
                best = k;
            }
        }
        out[0] = (byte) (best == 0 ? 0 : best == 1 ? 1 : best == 2 ? 2 : 4);
        System.arraycopy(work, best * n, out, 1, n);
    }

    private static int paeth(int a, int b, int c) {
        int p = a + b - c;
        int pa = Math.abs(p - a);
        int pb = Math.abs(p - b);
        int pc = Math.abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
