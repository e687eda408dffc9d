package org.ecocorridor.ogc.render.scanline;

/**
 * SrcOver of one solid colour, scaled by a coverage, into premultiplied ARGB pixels, with the
 * integer arithmetic of Java2D's {@code IntArgbPreSrcOverMaskFill} ({@code AlphaMacros.h}): the
 * colour is premultiplied once, c' = mul8(a, c); per pixel with coverage m: s = mul8(m, s') for
 * each of a, r, g, b (unchanged when m = 255), then d ← s + mul8(255 − s_a, d) per channel.
 * {@code mul8} is {@code AlphaMath.c}'s {@code mul8table}, ⌊(i·j·65793 + 2²³) / 2²⁴⌋, which equals
 * round(i·j / 255) = (p + ⌊p / 256⌋) / 256 with p = i·j + 128 for all i, j in 0..255 (checked
 * exhaustively); the latter is computed for two channels at once in the 16-bit lanes of an int
 * ({@link #mul8Pair}), since p &lt; 2¹⁶ never carries into the next lane.
 *
 * <p>Shortcuts with the same results: a transparent destination takes the source as is, and a
 * full-coverage blend onto the same destination as the previous one reuses its result.
 *
 * <p>Not thread-safe; one per canvas.
 */
final class SrcOver {
    private static final int LANES = 0x00FF00FF;
    /** Premultiplied colour: alpha and green in the lanes of {@code ag}, red and blue in {@code rb}. */
    private int ag;
    private int rb;
    private int opaquePixel;
    private boolean opaque;
    /** The last full-coverage blend: its destination and result (runs of one background repeat). */
    private int lastDst;
    private int lastResult;

    /** Sets the colour, non-premultiplied ARGB ({@link java.awt.Color#getRGB()}); false when fully transparent. */
    boolean color(int argb) {
        int a = argb >>> 24;
        ag = a << 16 | mul8(a, (argb >> 8) & 0xFF);
        rb = mul8(a, (argb >> 16) & 0xFF) << 16 | mul8(a, argb & 0xFF);
        opaque = a == 0xFF;
        opaquePixel = argb;
        lastDst = 0;
        lastResult = ag << 8 | rb; // over a transparent pixel: the colour itself
        return a != 0;
    }

    /** Composites the colour with coverage {@code m} (1..255) over pixel {@code i}. */
    void blend(int[] pixels, int i, int m) {
        int d = pixels[i];
        if (m == 0xFF) {
            if (opaque) {
                pixels[i] = opaquePixel;
            } else if (d == lastDst) {
                pixels[i] = lastResult;
            } else {
                lastDst = d;
                lastResult = over(ag, rb, d);
                pixels[i] = lastResult;
            }
            return;
        }
        int sag = mul8Pair(ag, m);
        int srb = mul8Pair(rb, m);
        pixels[i] = d == 0 ? sag << 8 | srb : over(sag, srb, d);
    }

    /** Premultiplied source (lanes sag, srb) over premultiplied pixel d. */
    private static int over(int sag, int srb, int d) {
        int f = 0xFF - (sag >>> 16);
        if (f == 0) {
            return sag << 8 | srb;
        }
        return (sag + mul8Pair((d >>> 8) & LANES, f)) << 8 | (srb + mul8Pair(d & LANES, f));
    }

    /** mul8(x, f) for each of the two bytes of {@code lanes} = 0x00XX00YY. */
    static int mul8Pair(int lanes, int f) {
        int p = lanes * f + 0x00800080;
        return ((p + ((p >>> 8) & LANES)) >>> 8) & LANES;
    }

    /** Java2D's mul8table[i][j] for i, j in 0..255: ⌊(i·j·65793 + 2²³) / 2²⁴⌋ (under 2³², hence >>>). */
    static int mul8(int i, int j) {
        return (i * j * 65793 + (1 << 23)) >>> 24;
    }
}
