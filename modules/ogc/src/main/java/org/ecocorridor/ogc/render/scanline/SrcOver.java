package org.ecocorridor.ogc.render.scanline;

/**
 * SrcOver of one solid colour, scaled by a coverage, into premultiplied ARGB pixels, with the
 * integer arithmetic of Java2D's {@code IntArgbPreSrcOverMaskFill} ({@code AlphaMacros.h}): the
 * colour is premultiplied once, c' = mul8(a, c); per pixel with coverage m: s = mul8(m, s') for
 * each of a, r, g, b (unchanged when m = 255), then d ← s + mul8(255 − s_a, d) per channel.
 * {@link #mul8} is {@code AlphaMath.c}'s {@code mul8table}: ⌊(i·j·65793 + 2²³) / 2²⁴⌋ ≈ i·j / 255.
 * Shortcuts with the same results: a transparent destination takes the source as is, and a
 * full-coverage blend onto the same destination as the previous one reuses its result.
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
    /** The last full-coverage blend: its destination and result (runs of one background repeat). */
    private int lastDst;
    private int lastResult;

    /** Sets the colour, non-premultiplied ARGB ({@link java.awt.Color#getRGB()}); false when fully transparent. */
    boolean color(int argb) {
        a = argb >>> 24;
        r = mul8(a, (argb >> 16) & 0xFF);
        g = mul8(a, (argb >> 8) & 0xFF);
        b = mul8(a, argb & 0xFF);
        opaque = a == 0xFF;
        opaquePixel = argb;
        lastDst = 0;
        lastResult = a << 24 | r << 16 | g << 8 | b; // over a transparent pixel: the colour itself
        return a != 0;
    }

    /** Composites the colour with coverage {@code m} (1..255) over pixel {@code i}. */
    void blend(int[] pixels, int i, int m) {
        if (m == 0xFF) {
            if (opaque) {
                pixels[i] = opaquePixel;
                return;
            }
            int d = pixels[i];
            if (d == lastDst) {
                pixels[i] = lastResult;
                return;
            }
            lastDst = d;
            lastResult = over(a, r, g, b, d);
            pixels[i] = lastResult;
            return;
        }
        int d = pixels[i];
        pixels[i] = d == 0 ? mul8(m, a) << 24 | mul8(m, r) << 16 | mul8(m, g) << 8 | mul8(m, b)
                : over(mul8(m, a), mul8(m, r), mul8(m, g), mul8(m, b), d);
    }

    /** Premultiplied source (sa, sr, sg, sb) over premultiplied pixel d. */
    private static int over(int sa, int sr, int sg, int sb, int d) {
        if (sa == 0xFF) {
            return sa << 24 | sr << 16 | sg << 8 | sb;
        }
        int f = 0xFF - sa;
        return sa + mul8(f, d >>> 24) << 24 | sr + mul8(f, (d >> 16) & 0xFF) << 16
                | sg + mul8(f, (d >> 8) & 0xFF) << 8 | sb + mul8(f, d & 0xFF);
    }

    /**
     * Java2D's mul8table[i][j] for i, j in 0..255. The product i·j·65793 + 2²³ stays under 2³²,
     * so the unsigned shift of the wrapped int is exact.
     */
    static int mul8(int i, int j) {
        return (i * j * 65793 + (1 << 23)) >>> 24;
    }
}
