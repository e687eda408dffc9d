package org.ecocorridor.connectivity.costdistance;

import org.ecocorridor.core.grid.GridGeometry;

/**
 * The passable cells of a resistance grid: how many, and the smallest and largest resistance (which
 * bound the step costs, see {@link StepTable#cheapestStep}).
 *
 * <p>Immutable.
 *
 * @param passable number of passable cells, at least 1 (for progress fractions)
 * @param min      smallest resistance (+∞ when no cell is passable)
 * @param max      largest resistance (0 when no cell is passable)
 */
record ResistanceRange(int passable, float min, float max) {

    /**
     * Validates resistances (NaN, or finite ≥ 0) and measures their range.
     *
     * @throws IllegalArgumentException naming the first bad cell
     */
    static ResistanceRange of(GridGeometry g, float[] r) {
        int passable = 0;
        float min = Float.POSITIVE_INFINITY;
        float max = 0;
        // One test for the usual cell, plain comparisons rather than Math.min/max (whose NaN and -0.0
        // handling is not needed here): about twice as fast on 16 M cells (12 ms against 22-30 ms). With
        // zeros of both signs, min may be either zero; both make the cheapest step 0, hence the heap.
        for (int i = 0; i < r.length; i++) {
            float v = r[i];
            if (v >= 0 && v < Float.POSITIVE_INFINITY) {
                passable++;
                if (v < min) {
                    min = v;
                }
                if (v > max) {
                    max = v;
                }
            } else if (v == v) {
                throw new IllegalArgumentException("Resistance must be finite and >= 0 (NaN for impassable), got "
                        + v + " at cell (" + g.rowOfIndex(i) + ", " + g.colOfIndex(i) + ")");
            }
        }
        return new ResistanceRange(Math.max(1, passable), min, max);
    }
}
