package org.ecocorridor.ogc.render.scanline;

import java.util.Arrays;

/**
 * Scan conversion of {@link Edges} into per-pixel coverage, composited row by row.
 *
 * <p>Algorithm (the active-edge sweep of Marlin, libart and stb_truetype): edges sorted by first
 * sub-scanline enter an active list, leave it after their last one, and step their x by a
 * constant per sub-scanline. The active list is kept sorted by crossing with an insertion sort,
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
    private long[] order = new long[64];
    private int[] active = new int[64];
    private int[] crossing = new int[64];
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
            order = new long[Math.max(n, 2 * order.length)];
            active = new int[order.length];
            crossing = new int[order.length];
        }
        int[] first = edges.first;
        for (int i = 0; i < n; i++) {
            order[i] = (long) first[i] << 32 | i;
        }
        Arrays.sort(order, 0, n);
        int[] end = edges.end;
        int[] down = edges.down;
        double[] x = edges.x;
        double[] step = edges.step;
        int next = 0;
        int count = 0;
        rowMin = Integer.MAX_VALUE;
        rowMax = -1;
        int last = edges.maxSub - 1;
        for (int s = edges.minSub; s <= last; s++) {
            int kept = 0;
            for (int i = 0; i < count; i++) {
                int e = active[i];
                if (end[e] > s) {
                    active[kept++] = e;
                }
            }
            count = kept;
            while (next < n && (int) (order[next] >>> 32) == s) {
                active[count++] = (int) order[next++];
            }
            for (int i = 0; i < count; i++) {
                int e = active[i];
                double cx = Math.ceil(x[e]);
                x[e] += step[e];
                int c = cx <= 0 ? 0 : cx >= widthSub ? widthSub : (int) cx;
                int key = c << 1 | down[e];
                int j = i - 1;
                while (j >= 0 && crossing[j] > key) {
                    crossing[j + 1] = crossing[j];
                    active[j + 1] = active[j];
                    j--;
                }
                crossing[j + 1] = key;
                active[j + 1] = e;
            }
            if (nonZero) {
                int winding = 0;
                int start = 0;
                for (int i = 0; i < count; i++) {
                    int key = crossing[i];
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
                    span(crossing[i] >> 1, crossing[i + 1] >> 1);
                }
            }
            if ((s & (Edges.SUB_Y - 1)) == Edges.SUB_Y - 1 || s == last) {
                flush(s >> Edges.SUB_Y_SHIFT, paint, pixels);
            }
        }
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
