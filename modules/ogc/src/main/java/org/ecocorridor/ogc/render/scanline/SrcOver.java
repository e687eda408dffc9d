package org.ecocorridor.ogc.render.scanline;

/**
 * SrcOver of one solid colour, scaled by a coverage, into premultiplied ARGB pixels, with the
 * integer arithmetic of Java2D's {@code IntArgbPreSrcOverMaskFill} ({@code AlphaMacros.h}): the
 * colour is premultiplied once, c' = mul8(a, c); per pixel with coverage m: s = mul8(m, s') for
 * each of a, r, g, b (unchanged when m = 255), then d ← s + mul8(255 − s_a, d) per channel.
 * {@link #mul8} is {@code AlphaMath.c}'s {@code mul8table}: ⌊(i·j·65793 + 2²³) / 2²⁴⌋ ≈ i·j / 255.
 *
 * <p>Not thread-safe; one per canvas.
 */
final class SrcOver {
    private int a;
    private int r;
    private int g;
    private int b;
    private int opaquePixel;
    private boolean opaque;

    /** Sets the colour, non-premultiplied ARGB ({@link java.awt.Color#getRGB()}); false when fully transparent. */
    boolean color(int argb) {
        a = argb >>> 24;
        r = mul8(a, (argb >> 16) & 0xFF);
        g = mul8(a, (argb >> 8) & 0xFF);
        b = mul8(a, argb & 0xFF);
        opaque = a == 0xFF;
        opaquePixel = argb;
        return a != 0;
    }

    /** Composites the colour with coverage {@code m} (1..255) over pixel {@code i}. */
    void blend(int[] pixels, int i, int m) {
        int ra;
        int rr;
        int rg;
        int rb;
        if (m == 0xFF) {
            if (opaque) {
                pixels[i] = opaquePixel;
                return;
            }
            ra = a;
            rr = r;
            rg = g;
            rb = b;
        } else {
            ra = mul8(m, a);
            rr = mul8(m, r);
            rg = mul8(m, g);
            rb = mul8(m, b);
        }
        if (ra != 0xFF) {
            int f = 0xFF - ra;
            int d = pixels[i];
            ra += mul8(f, d >>> 24);
            rr += mul8(f, (d >> 16) & 0xFF);
            rg += mul8(f, (d >> 8) & 0xFF);
            rb += mul8(f, d & 0xFF);
        }
        pixels[i] = ra << 24 | rr << 16 | rg << 8 | rb;
    }

    /**
     * Java2D's mul8table[i][j] for i, j in 0..255. The product i·j·65793 + 2²³ stays under 2³²,
     * so the unsigned shift of the wrapped int is exact.
     */
    static int mul8(int i, int j) {
        return (i * j * 65793 + (1 << 23)) >>> 24;
    }
}
