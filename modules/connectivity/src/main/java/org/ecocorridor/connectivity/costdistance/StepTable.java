package org.ecocorridor.connectivity.costdistance;

import org.ecocorridor.core.grid.GridGeometry;

/**
 * The moves of one search on one grid, precomputed: index offsets, step lengths and, for knight's
 * moves, the two cells the move passes between.
 *
 * <p>Step cost (see {@link CostDistance}): queen's move = (r<sub>u</sub> + r<sub>v</sub>)/2 × L,
 * knight's move = (r<sub>u</sub> + r<sub>v</sub> + r<sub>m1</sub> + r<sub>m2</sub>)/4 × L, so the
 * table stores the factor L/2 or L/4 ({@link #factor}).
 *
 * <p>Immutable.
 */
final class StepTable {
    final int count;
    final int[] rowOffset;
    final int[] colOffset;
    final int[] indexOffset;
    /** Index offsets of the two in-between cells of a knight's move (unused for queen's moves). */
    final int[] mid1;
    final int[] mid2;
    /** L/2 for queen's moves and L/4 for knight's moves, L the step length in cost units. */
    final double[] factor;
    /** Map length of the step (CRS units), for path lengths. */
    final double[] mapLength;
    /** Back-direction code to store at the cell reached by the move (the reverse move). */
    final byte[] backCode;
    /** Cells of margin within which every move stays inside the grid: 1 or 2. */
    final int margin;

    StepTable(GridGeometry g, Neighbourhood neighbourhood, CostUnits units) {
        count = neighbourhood.moves();
        rowOffset = new int[count];
        colOffset = new int[count];
        indexOffset = new int[count];
        mid1 = new int[count];
        mid2 = new int[count];
        factor = new double[count];
        mapLength = new double[count];
        backCode = new byte[count];
        margin = count > 8 ? 2 : 1;
        int cols = g.cols();
        for (int k = 0; k < count; k++) {
            int code = k + 1;
            int dr = BackDirection.rowOffset(code);
            int dc = BackDirection.colOffset(code);
            rowOffset[k] = dr;
            colOffset[k] = dc;
            indexOffset[k] = dr * cols + dc;
            double length = Math.hypot(dc * g.cellWidth(), dr * g.cellHeight());
            mapLength[k] = length;
            double unitLength = units == CostUnits.MAP ? length : length / g.cellWidth();
            boolean knight = code > 8;
            factor[k] = knight ? unitLength / 4 : unitLength / 2;
            backCode[k] = (byte) BackDirection.reverse(code);
            if (knight) {
                // The straight move crosses, besides start and end, the two cells between them:
                // for |Δrow| = 2: (Δrow/2, 0) and (Δrow/2, Δcol); for |Δcol| = 2: (0, Δcol/2) and (Δrow, Δcol/2).
                if (Math.abs(dr) == 2) {
                    mid1[k] = (dr / 2) * cols;
                    mid2[k] = (dr / 2) * cols + dc;
                } else {
                    mid1[k] = dc / 2;
                    mid2[k] = dr * cols + dc / 2;
                }
            }
        }
    }
}
