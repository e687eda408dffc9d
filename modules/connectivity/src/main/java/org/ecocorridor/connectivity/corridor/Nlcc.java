package org.ecocorridor.connectivity.corridor;

import org.ecocorridor.core.grid.CellMask;
import org.ecocorridor.core.grid.FloatGrid;
import org.ecocorridor.core.grid.GridGeometry;

/**
 * Normalised least-cost corridor of a link between cores A and B (Linkage Mapper step 5;
 * McRae &amp; Kavanagh 2011, Linkage Mapper Connectivity Analysis Software; WHRC 2007 / Beier et al. 2008):
 *
 * <pre>NLCC(x) = CWD_A(x) + CWD_B(x) − LCD_AB</pre>
 *
 * where CWD_X is the accumulated cost from all cells of core X. NLCC(x) is the extra cost of the
 * cheapest A–B route forced through cell x, compared with the least-cost path: 0 on the least-cost
 * path, positive elsewhere.
 *
 * <h2>The normalising constant</h2>
 * With the step cost (r<sub>u</sub> + r<sub>v</sub>)/2 × L, costs are additive along a path with no
 * half-cell terms, and symmetric; so for a cell x on a least-cost path CWD_A(x) + CWD_B(x) equals the
 * path cost exactly, and everywhere else it is larger. Hence
 * min<sub>x</sub> (CWD_A + CWD_B) = LCD_AB = min<sub>b ∈ B</sub> CWD_A(b) (at b, CWD_B = 0).
 * We normalise by the minimum of the sum as stored (float CWD grids summed in double), so that the
 * minimum NLCC is exactly 0 whatever the float rounding of the stored CWDs; this constant equals the
 * double-precision LCD within the float rounding of the CWDs (relative 6·10⁻⁸).
 *
 * <p>Thread-safe: stateless.
 */
public final class Nlcc {

    private Nlcc() {
    }

    /** min over cells of CWD_A + CWD_B (double sum of the stored floats); +∞ when no cell has both. */
    public static double normalisation(float[] cwdA, float[] cwdB) {
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < cwdA.length; i++) {
            double s = (double) cwdA[i] + cwdB[i];
            if (s < min) {
                min = s; // NaN never compares smaller
            }
        }
        return min;
    }

    /** The NLCC grid of one link (NaN where either CWD is NaN). */
    public static FloatGrid compute(FloatGrid cwdA, FloatGrid cwdB) {
        if (!cwdA.geometry().equals(cwdB.geometry())) {
            throw new IllegalArgumentException("CWD grids differ: " + cwdA.geometry() + " vs " + cwdB.geometry());
        }
        float[] a = cwdA.values();
        float[] b = cwdB.values();
        double norm = normalisation(a, b);
        float[] out = new float[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = (float) ((double) a[i] + b[i] - norm);
        }
        return new FloatGrid(cwdA.geometry(), out);
    }

    /** Cells with NLCC ≤ width (the truncated corridor), computed in double. */
    public static CellMask corridorCells(GridGeometry grid, float[] cwdA, float[] cwdB, double norm, double width) {
        CellMask mask = new CellMask(grid);
        for (int i = 0; i < cwdA.length; i++) {
            if ((double) cwdA[i] + cwdB[i] - norm <= width) {
                mask.add(i);
            }
        }
        return mask;
    }
}
