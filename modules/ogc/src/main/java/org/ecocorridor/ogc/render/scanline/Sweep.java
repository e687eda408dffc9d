package org.ecocorridor.ogc.render.scanline;

/**
 * Scan conversion of {@link Edges} into per-pixel coverage, composited row by row.
 *
 * <p>Algorithm (the active-edge sweep of Marlin, libart and stb_truetype): edges sorted by first
 * sub-scanline (a counting sort over the shape's sub-scanlines) enter an active list, leave it
 * after their last one, and step their fixed-point x by a constant per sub-scanline. The active list is kept sorted by crossing with an insertion sort,
 * which is linear when, as usual, few crossings change order between sub-scanlines. The crossings
 * give the inside spans (even-odd: between crossings 1–2, 3–4…; non-zero: where the running sum
 * of directions is not 0). A span [xa, xb) in sub-pixels adds its exact sub-pixel count to each
 * pixel it touches, written as differences into a row buffer: +(256 − xa mod 256) at pixel
 * ⌊xa/256⌋ and +(xa mod 256) at the next, the opposite at xb. After the row's 8 sub-scanlines a
 * prefix sum gives each pixel's coverage c in 0..2048, mapped to alpha as Marlin's
 * {@code MarlinCache.buildAlphaMap} does: ⌊(255·c + 512) / 2048⌋.
 *
 * <p>Cost: only the shape's rows and, per row, the columns its spans touch are visited, so a
 * 2 px polygon costs a few dozen sub-scanlines and a few pixels.
 *
 * <p>Not thread-safe; one per canvas.
 */
final class Sweep {
    private static final int MAX_COVERAGE = Edges.SUB_X * Edges.SUB_Y;
    private final int width;
    private final int widthSub;
    private final int[] cover;
    private int[] order = new int[64];
    private int[] bucket = new int[64];
    private long[] active = new long[64];
    private int rowMin;
    private int rowMax;

    Sweep(int widthPx) {
        this.width = widthPx;
        this.widthSub = widthPx * Edges.SUB_X;
        this.cover = new int[widthPx + 2];
    }

    /** Fills the edges' inside with the colour of {@code paint}. */
    void fill(Edges edges, boolean nonZero, SrcOver paint, int[] pixels) {
        int n = edges.count;
        if (n == 0) {
            return;
        }
        if (order.length < n) {
            order = new int[Math.max(n, 2 * order.length)];
            active = new long[order.length];
        }
        int[] first = edges.first;
        int minSub = edges.minSub;
        int rows = edges.maxSub - minSub;
        if (bucket.length < rows + 1) {
            bucket = new int[Math.max(rows + 1, 2 * bucket.length)];
        }
        // counting sort by first sub-scanline: bucket[r] = number of edges starting before minSub + r
        for (int r = 0; r <= rows; r++) {
            bucket[r] = 0;
        }
        for (int i = 0; i < n; i++) {
            bucket[first[i] - minSub + 1]++;
        }
        for (int r = 1; r <= rows; r++) {
            bucket[r] += bucket[r - 1];
        }
        for (int i = 0; i < n; i++) {
            order[bucket[first[i] - minSub]++] = i;
        }
        int[] end = edges.end;
        int[] down = edges.down;
        long[] x = edges.x;
        long[] step = edges.step;
        long[] act = active;
        int next = 0;
        int count = 0;
        rowMin = Integer.MAX_VALUE;
        rowMax = -1;
        int last = edges.maxSub - 1;
        for (int s = minSub; s <= last; s++) {
            // Active edges as (crossing << 1 | direction) << 32 | edge, kept sorted: step each edge,
            // drop those past their end, and insert each at its place among those already done
            // (insertion sort: linear when the order did not change since the last sub-scanline).
            int kept = 0;
            for (int i = 0; i < count; i++) {
                int e = (int) act[i];
                if (end[e] > s) {
                    kept = insert(act, kept, e, x, step, down);
                }
            }
            while (next < n && first[order[next]] == s) {
                kept = insert(act, kept, order[next++], x, step, down);
            }
            count = kept;
            if (nonZero) {
                int winding = 0;
                int start = 0;
                for (int i = 0; i < count; i++) {
                    int key = (int) (act[i] >>> 32);
                    if (winding == 0) {
                        start = key >> 1;
                    }
                    winding += (key & 1) == 0 ? -1 : 1;
                    if (winding == 0) {
                        span(start, key >> 1);
                    }
                }
            } else {
                for (int i = 0; i + 1 < count; i += 2) {
                    span((int) (act[i] >>> 33), (int) (act[i + 1] >>> 33));
                }
            }
            if ((s & (Edges.SUB_Y - 1)) == Edges.SUB_Y - 1 || s == last) {
                flush(s >> Edges.SUB_Y_SHIFT, paint, pixels);
            }
        }
    }

    /** Steps edge e, inserts it into act[0..kept) by crossing, and returns kept + 1. */
    private int insert(long[] act, int kept, int e, long[] x, long[] step, int[] down) {
        long xe = x[e];
        x[e] = xe + step[e];
        long cx = xe >> 32;
        int c = cx <= 0 ? 0 : cx >= widthSub ? widthSub : (int) cx;
        long item = (long) (c << 1 | down[e]) << 32 | e;
        int j = kept - 1;
        while (j >= 0 && act[j] > item) {
            act[j + 1] = act[j];
            j--;
        }
        act[j + 1] = item;
        return kept + 1;
    }

    private void span(int xa, int xb) {
        if (xa >= xb) {
            return;
        }
        int pa = xa >> Edges.SUB_X_SHIFT;
        int pb = xb >> Edges.SUB_X_SHIFT;
        int fa = xa & (Edges.SUB_X - 1);
        int fb = xb & (Edges.SUB_X - 1);
        cover[pa] += Edges.SUB_X - fa;
        cover[pa + 1] += fa;
        cover[pb] -= Edges.SUB_X - fb;
        cover[pb + 1] -= fb;
        if (pa < rowMin) {
            rowMin = pa;
        }
        if (pb + 1 > rowMax) {
            rowMax = pb + 1;
        }
    }

    private void flush(int y, SrcOver paint, int[] pixels) {
        int sum = 0;
        int base = y * width;
        int stop = Math.min(rowMax, width - 1);
        for (int p = rowMin; p <= stop; p++) {
            sum += cover[p];
            cover[p] = 0;
            if (sum != 0) {
                int alpha = (sum * 255 + MAX_COVERAGE / 4) / MAX_COVERAGE;
                if (alpha != 0) {
                    paint.blend(pixels, base + p, alpha);
                }
            }
        }
        for (int p = Math.max(rowMin, stop + 1); p <= rowMax; p++) {
            cover[p] = 0;
        }
        rowMin = Integer.MAX_VALUE;
        rowMax = -1;
    }
}
