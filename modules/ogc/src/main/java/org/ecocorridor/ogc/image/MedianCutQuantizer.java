package org.ecocorridor.ogc.image;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Colour quantisation by median cut (Heckbert 1982, "Color image quantization for frame buffer
 * display", SIGGRAPH '82) in ARGB space, weighted by pixel counts:
 * <ol>
 *   <li>fully transparent pixels become one colour (0), kept out of the cut and given its own
 *   entry;</li>
 *   <li>if at most {@code maxColors} colours remain, they are the palette (exact);</li>
 *   <li>otherwise (after dropping low bits while there are more than 65 536 distinct colours) the
 *   box with the widest channel range is split at the weighted median of that channel until there
 *   are enough boxes; each box's palette colour is the count-weighted mean;</li>
 *   <li>every distinct colour maps to the entry of its own box (the usual median-cut mapping: no
 *   per-colour nearest search, so the cost stays O(n log n) in the number of colours).</li>
 * </ol>
 * Entries with alpha &lt; 255 come first so the {@code tRNS} chunk stays short. No dithering (map
 * symbols look cleaner without).
 *
 * <p>Thread-safe: stateless.
 */
final class MedianCutQuantizer {
    private static final int MAX_DISTINCT = 1 << 16;
    private static final int[] MASKS = {0xFFFFFFFF, 0xFEFEFEFE, 0xFCFCFCFC, 0xF8F8F8F8, 0xF0F0F0F0};

    private MedianCutQuantizer() {
    }

    /**
     * A palette and the colour → index mapping.
     *
     * @param colors  ARGB palette entries, non-opaque first
     * @param indexOf palette index by (masked) colour
     * @param mask    mask applied to a colour before looking it up
     */
    record Palette(int[] colors, IntIntMap indexOf, int mask) {
        int index(int argb) {
            int c = (argb >>> 24) == 0 ? 0 : argb & mask;
            return indexOf.get(c, 0);
        }
    }

    static Palette quantize(int[] argb, int maxColors) {
        IntIntMap counts = null;
        int mask = 0;
        for (int m : MASKS) {
            mask = m;
            counts = count(argb, m);
            if (counts.size() <= MAX_DISTINCT) {
                break;
            }
        }
        int[] distinct = counts.keys();
        boolean transparent = counts.containsKey(0);
        int[] colours = Arrays.stream(distinct).filter(c -> c != 0).toArray();
        int budget = maxColors - (transparent ? 1 : 0);
        List<Box> boxes = colours.length <= budget ? singletons(colours) : cut(colours, counts, budget);
        int offset = transparent ? 1 : 0;
        int[] palette = new int[boxes.size() + offset];
        for (int b = 0; b < boxes.size(); b++) {
            palette[b + offset] = boxes.get(b).mean(colours, counts);
        }
        int[] order = nonOpaqueFirst(palette);
        int[] sorted = new int[palette.length];
        int[] newIndex = new int[palette.length];
        for (int i = 0; i < order.length; i++) {
            sorted[i] = palette[order[i]];
            newIndex[order[i]] = i;
        }
        IntIntMap index = new IntIntMap(distinct.length);
        if (transparent) {
            index.put(0, newIndex[0]);
        }
        for (int b = 0; b < boxes.size(); b++) {
            Box box = boxes.get(b);
            for (int i = box.start; i < box.end; i++) {
                index.put(colours[i], newIndex[b + offset]);
            }
        }
        return new Palette(sorted, index, mask);
    }

    /** A run colours[start, end) of the (partially sorted) colour array, with its widest channel. */
    private static final class Box {
        final int start;
        final int end;
        int channel;
        int range;

        Box(int[] colours, int start, int end) {
            this.start = start;
            this.end = end;
            for (int ch = 0; ch < 4; ch++) {
                int lo = 255;
                int hi = 0;
                for (int i = start; i < end; i++) {
                    int v = (colours[i] >>> (8 * ch)) & 0xFF;
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
                if (hi - lo > range || ch == 0) {
                    range = hi - lo;
                    channel = ch;
                }
            }
        }

        int mean(int[] colours, IntIntMap counts) {
            double a = 0;
            double r = 0;
            double g = 0;
            double b = 0;
            double n = 0;
            for (int i = start; i < end; i++) {
                int c = colours[i];
                double w = counts.get(c, 0);
                a += w * (c >>> 24);
                r += w * ((c >> 16) & 0xFF);
                g += w * ((c >> 8) & 0xFF);
                b += w * (c & 0xFF);
                n += w;
            }
            return ((int) Math.round(a / n) << 24) | ((int) Math.round(r / n) << 16)
                    | ((int) Math.round(g / n) << 8) | (int) Math.round(b / n);
        }
    }

    private static List<Box> singletons(int[] colours) {
        List<Box> boxes = new ArrayList<>(colours.length);
        for (int i = 0; i < colours.length; i++) {
            boxes.add(new Box(colours, i, i + 1));
        }
        return boxes;
    }

    private static IntIntMap count(int[] argb, int mask) {
        IntIntMap counts = new IntIntMap(1024);
        int last = 0;
        int run = 0;
        for (int p : argb) {
            int c = (p >>> 24) == 0 ? 0 : p & mask;
            if (run > 0 && c == last) {
                run++;
                continue;
            }
            if (run > 0) {
                counts.add(last, run);
            }
            last = c;
            run = 1;
        }
        if (run > 0) {
            counts.add(last, run);
        }
        return counts;
    }

    private static List<Box> cut(int[] colours, IntIntMap counts, int budget) {
        List<Box> boxes = new ArrayList<>();
        boxes.add(new Box(colours, 0, colours.length));
        while (boxes.size() < budget) {
            int best = -1;
            for (int b = 0; b < boxes.size(); b++) {
                Box box = boxes.get(b);
                if (box.end - box.start >= 2 && box.range > 0 && (best < 0 || box.range > boxes.get(best).range)) {
                    best = b;
                }
            }
            if (best < 0) {
                break;
            }
            Box box = boxes.get(best);
            int split = splitAtMedian(colours, counts, box.start, box.end, box.channel);
            boxes.set(best, new Box(colours, box.start, split));
            boxes.add(new Box(colours, split, box.end));
        }
        return boxes;
    }

    /** Sorts colours[start, end) by one channel and returns the weighted median split index. */
    private static int splitAtMedian(int[] colours, IntIntMap counts, int start, int end, int channel) {
        long[] keyed = new long[end - start];
        long total = 0;
        for (int i = start; i < end; i++) {
            long v = (colours[i] >>> (8 * channel)) & 0xFF;
            keyed[i - start] = (v << 32) | (colours[i] & 0xFFFFFFFFL);
            total += counts.get(colours[i], 0);
        }
        Arrays.sort(keyed);
        for (int i = start; i < end; i++) {
            colours[i] = (int) keyed[i - start];
        }
        long acc = 0;
        for (int i = start; i < end - 1; i++) {
            acc += counts.get(colours[i], 0);
            if (2 * acc >= total) {
                return i + 1;
            }
        }
        return end - 1;
    }

    /** The indices of the palette, entries with alpha &lt; 255 first (stable). */
    private static int[] nonOpaqueFirst(int[] palette) {
        int[] order = new int[palette.length];
        int n = 0;
        for (int i = 0; i < palette.length; i++) {
            if ((palette[i] >>> 24) != 255) {
                order[n++] = i;
            }
        }
        for (int i = 0; i < palette.length; i++) {
            if ((palette[i] >>> 24) == 255) {
                order[n++] = i;
            }
        }
        return order;
    }
}
