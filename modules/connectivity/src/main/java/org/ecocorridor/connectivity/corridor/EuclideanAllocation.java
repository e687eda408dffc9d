package org.ecocorridor.connectivity.corridor;

import java.util.Arrays;
import org.ecocorridor.core.grid.GridGeometry;
import org.ecocorridor.core.grid.IntGrid;

/**
 * Euclidean allocation: every cell gets the id of the nearest feature cell, distance measured between
 * cell centres in CRS units (anisotropic cells allowed), like ArcGIS Euclidean Allocation.
 *
 * <p>Algorithm: exact Euclidean feature transform in two separable passes (Meijster, Roerdink &amp;
 * Hesselink 2000, "A general algorithm for computing distance transforms in linear time"; the lower
 * envelope of parabolas of Felzenszwalb &amp; Huttenlocher 2012, Theory of Computing 8:415–428):
 * per column the nearest feature row, then per row the lower envelope of
 * f<sub>c</sub>(x) = (w·(x − c))² + (h·(r − row<sub>c</sub>))². O(cells) time, 8 bytes per cell.
 * Ties are broken towards the smaller row, then the smaller column.
 *
 * <p>Thread-safe: stateless.
 */
public final class EuclideanAllocation {

    private EuclideanAllocation() {
    }

    /**
     * Allocates every cell to the nearest cell whose id is neither {@link IntGrid#NO_DATA} nor 0.
     *
     * @return the allocation grid; all {@link IntGrid#NO_DATA} when there is no feature cell
     */
    public static IntGrid allocate(IntGrid features) {
        GridGeometry g = features.geometry();
        int rows = g.rows();
        int cols = g.cols();
        int[] ids = features.values();
        int[] nearestRow = new int[g.cellCount()];
        for (int c = 0; c < cols; c++) {
            int last = -1;
            for (int r = 0; r < rows; r++) {
                if (isFeature(ids[r * cols + c])) {
                    last = r;
                }
                nearestRow[r * cols + c] = last;
            }
            last = -1;
            for (int r = rows - 1; r >= 0; r--) {
                if (isFeature(ids[r * cols + c])) {
                    last = r;
                }
                int up = nearestRow[r * cols + c];
                if (last >= 0 && (up < 0 || last - r < r - up)) {
                    nearestRow[r * cols + c] = last;
                }
            }
        }
        int[] out = new int[g.cellCount()];
        Arrays.fill(out, IntGrid.NO_DATA);
        double w2 = g.cellWidth() * g.cellWidth();
        double h = g.cellHeight();
        int[] v = new int[cols];
        double[] z = new double[cols + 1];
        double[] f = new double[cols];
        for (int r = 0; r < rows; r++) {
            int base = r * cols;
            for (int c = 0; c < cols; c++) {
                int nr = nearestRow[base + c];
                f[c] = nr < 0 ? Double.POSITIVE_INFINITY : Math.pow(h * (r - nr), 2);
            }
            int k = envelope(f, cols, w2, v, z);
            if (k < 0) {
                continue;
            }
            int j = 0;
            for (int c = 0; c < cols; c++) {
                while (j < k && z[j + 1] < c) {
                    j++;
                }
                int source = v[j];
                out[base + c] = ids[nearestRow[base + source] * cols + source];
            }
        }
        return new IntGrid(g, out);
    }

    private static boolean isFeature(int id) {
        return id != IntGrid.NO_DATA && id != 0;
    }

    /**
     * Lower envelope of the parabolas y = w²(x − q)² + f[q] over finite f; fills v (parabola columns)
     * and z (boundaries: parabola v[j] is lowest on [z[j], z[j+1]]). Returns the index of the last
     * parabola, or −1 when all f are infinite.
     */
    private static int envelope(double[] f, int n, double w2, int[] v, double[] z) {
        int k = -1;
        for (int q = 0; q < n; q++) {
            if (f[q] == Double.POSITIVE_INFINITY) {
                continue;
            }
            if (k < 0) {
                k = 0;
                v[0] = q;
                z[0] = Double.NEGATIVE_INFINITY;
                z[1] = Double.POSITIVE_INFINITY;
                continue;
            }
            double s = intersection(f, w2, v[k], q);
            while (s <= z[k]) {
                k--;
                if (k < 0) {
                    break;
                }
                s = intersection(f, w2, v[k], q);
            }
            if (k < 0) {
                k = 0;
                v[0] = q;
                z[0] = Double.NEGATIVE_INFINITY;
            } else {
                k++;
                v[k] = q;
                z[k] = s;
            }
            z[k + 1] = Double.POSITIVE_INFINITY;
        }
        return k;
    }

    /** x where the parabolas of columns p &lt; q are equal. */
    private static double intersection(double[] f, double w2, int p, int q) {
        return ((f[q] + w2 * q * q) - (f[p] + w2 * p * p)) / (2 * w2 * (q - p));
    }
}
