package org.ecocorridor.ogc.render.scanline;

import java.util.Arrays;

/**
 * The edges of one shape in Marlin's sampling grid, clipped to the canvas rows.
 *
 * <p>Sampling (as Marlin, {@code sun.java2d.marlin.Renderer.addLine}): each pixel row has
 * {@value #SUB_Y} sub-scanlines sampled at y = (s + ½) / {@value #SUB_Y}; each sub-scanline has
 * {@value #SUB_X} sub-pixel positions per pixel, sampled at their centres. An edge from y0 to y1
 * (y0 &lt; y1) crosses sub-scanlines s with y0 ≤ (s + ½)/8 &lt; y1, i.e. s ∈ [⌈8·y0 − ½⌉, ⌈8·y1 − ½⌉);
 * on sub-scanline s its crossing is the first sub-pixel whose centre lies right of the edge,
 * ⌈256·x(s) − ½⌉. Horizontal edges cross no sub-scanline and are dropped.
 *
 * <p>Per edge: first and end (exclusive) sub-scanline, x − ½ at the first one in sub-pixels, its
 * step per sub-scanline, and the direction bit (1 when the edge goes down the screen, +1 winding).
 *
 * <p>Not thread-safe; one per canvas.
 */
final class Edges {
    static final int SUB_Y_SHIFT = 3;
    static final int SUB_Y = 1 << SUB_Y_SHIFT;
    static final int SUB_X_SHIFT = 8;
    static final int SUB_X = 1 << SUB_X_SHIFT;

    private final int heightSub;
    int count;
    int[] first = new int[64];
    int[] end = new int[64];
    int[] down = new int[64];
    double[] x = new double[64];
    double[] step = new double[64];
    /** Smallest first and largest end sub-scanline of the edges (empty when minSub ≥ maxSub). */
    int minSub;
    int maxSub;

    Edges(int heightPx) {
        this.heightSub = heightPx * SUB_Y;
        reset();
    }

    void reset() {
        count = 0;
        minSub = Integer.MAX_VALUE;
        maxSub = Integer.MIN_VALUE;
    }

    /** Adds the edge from (x0, y0) to (x1, y1), in pixels; the coordinates must be finite. */
    void line(double x0, double y0, double x1, double y1) {
        int dir = 1;
        if (y0 > y1) {
            double t = y0;
            y0 = y1;
            y1 = t;
            t = x0;
            x0 = x1;
            x1 = t;
            dir = 0;
        }
        double sy0 = y0 * SUB_Y - 0.5;
        double sy1 = y1 * SUB_Y - 0.5;
        double s0 = Math.max(0, Math.ceil(sy0));
        double s1 = Math.min(heightSub, Math.ceil(sy1));
        if (s0 >= s1) {
            return; // horizontal, or outside the canvas rows
        }
        double stepSub = (x1 - x0) / (y1 - y0) * ((double) SUB_X / SUB_Y);
        if (count == first.length) {
            grow();
        }
        int i = count++;
        first[i] = (int) s0;
        end[i] = (int) s1;
        down[i] = dir;
        x[i] = x0 * SUB_X + (s0 - sy0) * stepSub - 0.5;
        step[i] = stepSub;
        minSub = Math.min(minSub, first[i]);
        maxSub = Math.max(maxSub, end[i]);
    }

    private void grow() {
        int n = first.length * 2;
        first = Arrays.copyOf(first, n);
        end = Arrays.copyOf(end, n);
        down = Arrays.copyOf(down, n);
        x = Arrays.copyOf(x, n);
        step = Arrays.copyOf(step, n);
    }
}
