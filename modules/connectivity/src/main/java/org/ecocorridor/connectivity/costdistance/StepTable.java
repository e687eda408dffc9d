package org.ecocorridor.connectivity.costdistance;

import org.ecocorridor.core.grid.GridGeometry;

/**
 * The moves of one search on one grid, precomputed for the {@link PaddedLayout}: index offsets, step
 * factors and, for knight's moves, the two cells the move passes between.
 *
 * <p>Step cost (see {@link CostDistance}): queen's move = (r<sub>u</sub> + r<sub>v</sub>)/2 × L,
 * knight's move = (r<sub>u</sub> + r<sub>v</sub> + r<sub>m1</sub> + r<sub>m2</sub>)/4 × L, so the
 * table stores the factor L/2 or L/4 ({@link #factor}).
 *
 * <p>Immutable.
 */
final class StepTable {
    final int count;
    /** Index offsets in the padded layout. */
    final int[] indexOffset;
    /** Padded index offsets of the two in-between cells of a knight's move (unused for queen's moves). */
    final int[] mid1;
    final int[] mid2;
    /** L/2 for queen's moves and L/4 for knight's moves, L the step length in cost units. */
    final double[] factor;
    /** Back-direction code to store at the cell reached by the move (the reverse move). */
    final byte[] backCode;
    /** Cells of margin a move can reach beyond its start: 1, or 2 with knight's moves. */
    final int margin;
    /** Row length of the padded layout. */
    final int stride;

    StepTable(GridGeometry g, Neighbourhood neighbourhood, CostUnits units) {
        count = neighbourhood.moves();
        indexOffset = new int[count];
        mid1 = new int[count];
        mid2 = new int[count];
        factor = new double[count];
        backCode = new byte[count];
        margin = count > 8 ? 2 : 1;
        stride = g.cols() + 2 * margin;
        for (int k = 0; k < count; k++) {
            int code = k + 1;
            int dr = BackDirection.rowOffset(code);
            int dc = BackDirection.colOffset(code);
            indexOffset[k] = dr * stride + dc;
            double length = Math.hypot(dc * g.cellWidth(), dr * g.cellHeight());
            double unitLength = units == CostUnits.MAP ? length : length / g.cellWidth();
            boolean knight = code > 8;
            factor[k] = knight ? unitLength / 4 : unitLength / 2;
            backCode[k] = (byte) BackDirection.reverse(code);
            if (knight) {
                // The straight move crosses, besides start and end, the two cells between them:
                // for |Δrow| = 2: (Δrow/2, 0) and (Δrow/2, Δcol); for |Δcol| = 2: (0, Δcol/2) and (Δrow, Δcol/2).
                if (Math.abs(dr) == 2) {
                    mid1[k] = (dr / 2) * stride;
                    mid2[k] = (dr / 2) * stride + dc;
                } else {
                    mid1[k] = dc / 2;
                    mid2[k] = dr * stride + dc / 2;
                }
            }
        }
    }

    /**
     * A lower bound of every step cost when all resistances are ≥ {@code minResistance}: (cells touched ×
     * minimum) × factor. The search evaluates (r<sub>u</sub> + r<sub>v</sub> …) × factor, and rounded
     * additions and products are monotonic, so the bound holds for the rounded step costs too.
     */
    double cheapestStep(double minResistance) {
        double min = Double.POSITIVE_INFINITY;
        for (int k = 0; k < count; k++) {
            min = Math.min(min, cellsTouched(k) * minResistance * factor[k]);
        }
        return min;
    }

    /** An upper bound of every step cost when all resistances are ≤ {@code maxResistance} (as above). */
    double dearestStep(double maxResistance) {
        double max = 0;
        for (int k = 0; k < count; k++) {
            max = Math.max(max, cellsTouched(k) * maxResistance * factor[k]);
        }
        return max;
    }

    private int cellsTouched(int k) {
        return k < 8 ? 2 : 4;
    }
}
