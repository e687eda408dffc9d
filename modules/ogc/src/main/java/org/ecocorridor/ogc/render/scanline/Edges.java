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
 * <p>Per edge: first and end (exclusive) sub-scanline, direction bit (1 when the edge goes down the
 * screen), and x in sub-pixels as Marlin keeps it: 32.32 fixed point biased by 2³¹ − 1, so that the
 * crossing is the integer part ({@code ⌈v − ½⌉ = ⌊v + ½ − 2⁻³²⌋}), with its step per sub-scanline.
 * Edges reaching more than {@value #FAR_PX} px beyond the canvas sides are first clipped to
 * vertical lines just outside them (which keeps the winding and the crossings, clamped to the
 * canvas anyway), so that the fixed-point values cannot overflow.
 *
 * <p>Not thread-safe; one per canvas.
 */
final class Edges {
    static final int SUB_Y_SHIFT = 3;
    static final int SUB_Y = 1 << SUB_Y_SHIFT;
    static final int SUB_X_SHIFT = 8;
    static final int SUB_X = 1 << SUB_X_SHIFT;
    /** Distance beyond the canvas sides past which edges are clipped, pixels (2²⁰: x·2⁴⁰ stays under 2⁶³). */
    static final double FAR_PX = 1 << 20;
    private static final double TWO_32 = 4294967296.0;
    /**
     * Largest step kept, 2⁶¹. An edge crossing two sub-scanlines or more is at least ⅛ px high and,
     * after clipping, under 2²¹ + width px wide, so its step is under about 2²⁹·2³²; an edge crossing
     * one sub-scanline never steps, and its step is only kept from overflowing.
     */
    private static final double MAX_STEP = 2.305843009213694E18;

    private final int widthPx;
    private final int heightSub;
    int count;
    int[] first = new int[64];
    int[] end = new int[64];
    int[] down = new int[64];
    long[] x = new long[64];
    long[] step = new long[64];
    /** Smallest first and largest end sub-scanline of the edges (empty when minSub ≥ maxSub). */
    int minSub;
    int maxSub;

    Edges(int widthPx, int heightPx) {
        this.widthPx = widthPx;
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
        if (Math.min(x0, x1) < -FAR_PX || Math.max(x0, x1) > widthPx + FAR_PX) {
            clipped(x0, y0, x1, y1);
            return;
        }
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
        int s0 = sy0 <= 0 ? 0 : ceil(Math.min(sy0, heightSub));
        int s1 = sy1 <= 0 ? 0 : ceil(Math.min(sy1, heightSub));
        if (s0 >= s1) {
            return; // horizontal, or outside the canvas rows
        }
        double slope = (x1 - x0) / (y1 - y0) * ((double) SUB_X / SUB_Y);
        double xAtFirst = x0 * SUB_X + (s0 - sy0) * slope;
        if (count == first.length) {
            grow();
        }
        int i = count++;
        first[i] = s0;
        end[i] = s1;
        down[i] = dir;
        x[i] = (long) (TWO_32 * xAtFirst) + 0x7FFFFFFFL;
        step[i] = (long) Math.max(-MAX_STEP, Math.min(MAX_STEP, TWO_32 * slope));
        if (s0 < minSub) {
            minSub = s0;
        }
        if (s1 > maxSub) {
            maxSub = s1;
        }
    }

    /** ⌈v⌉ for 0 ≤ v ≤ 2³¹ − 1. */
    private static int ceil(double v) {
        int i = (int) v;
        return i < v ? i + 1 : i;
    }

    /** The edge with its parts left of x = −1 and right of x = width + 1 moved onto those lines. */
    private void clipped(double x0, double y0, double x1, double y1) {
        double left = -1;
        double right = widthPx + 1;
        // split at the crossings of the two lines, in order along the edge
        double t0 = (left - x0) / (x1 - x0);
        double t1 = (right - x0) / (x1 - x0);
        double ta = Math.min(t0, t1);
        double tb = Math.max(t0, t1);
        double[] cuts = {0, Math.max(0, Math.min(1, ta)), Math.max(0, Math.min(1, tb)), 1};
        for (int k = 0; k < 3; k++) {
            if (cuts[k + 1] <= cuts[k]) {
                continue;
            }
            double ya = y0 + (y1 - y0) * cuts[k];
            double yb = k == 2 ? y1 : y0 + (y1 - y0) * cuts[k + 1];
            double xm = x0 + (x1 - x0) * (cuts[k] + cuts[k + 1]) / 2;
            double xa = xm < left ? left : xm > right ? right : x0 + (x1 - x0) * cuts[k];
            double xb = xm < left ? left : xm > right ? right : x0 + (x1 - x0) * cuts[k + 1];
            line(Math.max(left, Math.min(right, xa)), ya, Math.max(left, Math.min(right, xb)), yb);
        }
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
