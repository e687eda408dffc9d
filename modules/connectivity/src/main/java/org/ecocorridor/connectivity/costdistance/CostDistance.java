package org.ecocorridor.connectivity.costdistance;

import java.util.Arrays;
import java.util.Objects;
import org.ecocorridor.core.grid.FloatGrid;
import org.ecocorridor.core.grid.GridGeometry;
import org.ecocorridor.core.progress.ProgressListener;

/**
 * Accumulated least cost from a set of source cells over a resistance grid: multi-source Dijkstra on
 * the 8- or 16-neighbour cell graph.
 *
 * <h2>Step cost</h2>
 * Moving between adjacent cells u and v costs the mean resistance of the cells the move touches times
 * the step length L ({@link CostUnits}):
 * <ul>
 *   <li>queen's move (orthogonal, diagonal): c = (r<sub>u</sub> + r<sub>v</sub>) / 2 × L — the
 *   ArcGIS Cost Distance / WhiteboxTools / Linkage Mapper convention (Esri, "How Cost Distance tools
 *   work"); L = 1 or √2 cells;</li>
 *   <li>knight's move ({@link Neighbourhood#SIXTEEN}): c = (r<sub>u</sub> + r<sub>v</sub> +
 *   r<sub>m1</sub> + r<sub>m2</sub>) / 4 × L with m1, m2 the two cells the move passes between,
 *   L = √5 cells, as GRASS GIS {@code r.cost -k}.</li>
 * </ul>
 * With {@link CostUnits#CELLS} the result equals GRASS {@code r.cost} (checked against the r.cost
 * manual's example to 1e-4). Source cells have cost 0. Costs accumulate in double precision.
 * All step costs are symmetric, so the cost from A to B equals the cost from B to A.
 *
 * <h2>NoData, barriers and limits</h2>
 * NoData (NaN) cells are impassable: never entered, and a knight's move is refused when either
 * in-between cell is NoData (so a 4-connected barrier line cannot be jumped). Diagonal moves between
 * two NoData orthogonal neighbours are allowed, as in ArcGIS and GRASS. Resistances must be ≥ 0 and
 * finite. Cells beyond {@link CostDistanceOptions#maxCost()} stay unreached.
 *
 * <h2>Algorithm, cost and memory</h2>
 * Dijkstra (1959) with a 4-ary heap of packed (float key, cell) longs ({@link CellHeap}) and lazy
 * deletion. Keys are rounded to float while costs accumulate in a double array, so the search is
 * label-correcting: a cell whose cost improves after it was expanded is queued and expanded again
 * (this happens only between cells whose costs agree to float precision). The result is the exact
 * shortest-path cost; the set of queued cells, hence every tie, is determined by the input alone.
 * O(N log F) time for N cells and a frontier of F cells. Memory: 8 (cost) + 1 (back direction) bytes
 * per cell besides the 4-byte resistance input, plus 8 bytes per queue entry; the allocation is not
 * tracked during the search but derived from the back directions on demand
 * ({@link CostDistanceResult#allocation()}), so it always names the source the back directions lead to.
 *
 * <p>Thread-safe: stateless; each call allocates its own arrays, so several searches may run in
 * parallel on the same (unmodified) resistance grid.
 */
public final class CostDistance {
    private static final int PROGRESS_MASK = (1 << 16) - 1;

    private CostDistance() {
    }

    /**
     * Cost distance from the given cells; the allocation grid holds the index of the nearest source cell.
     *
     * @param resistance  resistance per cell (≥ 0, NaN = impassable)
     * @param sourceCells row-major indices of the source cells (at least one, all passable)
     */
    public static CostDistanceResult compute(FloatGrid resistance, int[] sourceCells, CostDistanceOptions options,
            ProgressListener listener) {
        return compute(resistance, sourceCells, sourceCells, options, listener);
    }

    /**
     * Cost distance from the given cells, allocating each reached cell to the id of its nearest source.
     *
     * @param resistance  resistance per cell (≥ 0, NaN = impassable)
     * @param sourceCells row-major indices of the source cells (at least one, all passable; duplicates
     *                    keep the first id)
     * @param sourceIds   allocation id of each source cell (same length), e.g. a core-area id
     * @throws IllegalArgumentException for a bad resistance value, an out-of-grid or NoData source
     * @throws java.util.concurrent.CancellationException when the listener cancels
     */
    public static CostDistanceResult compute(FloatGrid resistance, int[] sourceCells, int[] sourceIds,
            CostDistanceOptions options, ProgressListener listener) {
        Objects.requireNonNull(resistance, "resistance");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(listener, "listener");
        if (sourceCells.length == 0) {
            throw new IllegalArgumentException("At least one source cell is required");
        }
        if (sourceIds.length != sourceCells.length) {
            throw new IllegalArgumentException("sourceIds must have one id per source cell: " + sourceIds.length
                    + " ids for " + sourceCells.length + " cells");
        }
        GridGeometry g = resistance.geometry();
        float[] r = resistance.values();
        int passable = checkResistance(g, r);
        int n = g.cellCount();
        double[] cost = new double[n];
        Arrays.fill(cost, Double.POSITIVE_INFINITY);
        byte[] back = new byte[n];
        Arrays.fill(back, (byte) BackDirection.UNREACHED);
        CellHeap heap = new CellHeap(Math.max(1024, 2 * sourceCells.length));
        int reached = 0;
        for (int i = 0; i < sourceCells.length; i++) {
            int s = sourceCells[i];
            if (s < 0 || s >= n) {
                throw new IllegalArgumentException("Source cell index must be in [0, " + n + "), got " + s);
            }
            if (Float.isNaN(r[s])) {
                throw new IllegalArgumentException("Source cell (" + g.rowOfIndex(s) + ", " + g.colOfIndex(s)
                        + ") is NoData in the resistance grid");
            }
            if (back[s] == BackDirection.SOURCE) {
                continue;
            }
            cost[s] = 0;
            back[s] = BackDirection.SOURCE;
            heap.push(CellHeap.pack(s, 0));
            reached++;
        }
        StepTable steps = new StepTable(g, options.neighbourhood(), options.units());
        reached += search(g, r, steps, options.maxCost(), cost, back, heap, passable, listener);
        listener.progress(1, "Cost distance done");
        return new CostDistanceResult(g, options, cost, back, SourceIds.of(sourceCells, sourceIds), reached);
    }

    /** Runs the search from the queued sources; returns the number of cells newly reached. */
    private static int search(GridGeometry g, float[] r, StepTable t, double maxCost, double[] cost, byte[] back,
            CellHeap heap, int passable, ProgressListener listener) {
        final int cols = g.cols();
        final int rows = g.rows();
        final int m = t.margin;
        final boolean knights = t.count > 8;
        final int[] offset = t.indexOffset;
        final double[] factor = t.factor;
        final byte[] code = t.backCode;
        int expanded = 0;
        int reached = 0;
        while (!heap.isEmpty()) {
            long entry = heap.pop();
            int u = CellHeap.cellOf(entry);
            double d = cost[u];
            if ((float) d < CellHeap.keyOf(entry)) {
                continue; // stale entry: the cell was reached more cheaply since and is queued again
            }
            if ((++expanded & PROGRESS_MASK) == 0) {
                listener.throwIfCancelled();
                listener.progress(Math.min(1, (double) reached / passable), "Cost distance");
            }
            int row = u / cols;
            int col = u - row * cols;
            double ru = r[u];
            if (row >= m && row < rows - m && col >= m && col < cols - m) {
                // Interior: every move stays in the grid, no bounds checks.
                for (int k = 0; k < 8; k++) {
                    int v = u + offset[k];
                    float rv = r[v];
                    if (rv == rv) {
                        reached += relax(v, d + (ru + rv) * factor[k], code[k], maxCost, cost, back, heap);
                    }
                }
                if (knights) {
                    for (int k = 8; k < 16; k++) {
                        reached += knight(r, u, k, t, d, ru, maxCost, cost, back, heap);
                    }
                }
                continue;
            }
            for (int k = 0; k < t.count; k++) {
                int rr = row + t.rowOffset[k];
                int cc = col + t.colOffset[k];
                if (rr < 0 || rr >= rows || cc < 0 || cc >= cols) {
                    continue;
                }
                if (k >= 8) {
                    reached += knight(r, u, k, t, d, ru, maxCost, cost, back, heap);
                    continue;
                }
                int v = u + offset[k];
                float rv = r[v];
                if (rv == rv) {
                    reached += relax(v, d + (ru + rv) * factor[k], code[k], maxCost, cost, back, heap);
                }
            }
        }
        return reached;
    }

    /** A knight's move k from u (in the grid): refused over NoData, else relaxed with the four-cell mean. */
    private static int knight(float[] r, int u, int k, StepTable t, double d, double ru, double maxCost,
            double[] cost, byte[] back, CellHeap heap) {
        int v = u + t.indexOffset[k];
        float rv = r[v];
        float m1 = r[u + t.mid1[k]];
        float m2 = r[u + t.mid2[k]];
        if (rv != rv || m1 != m1 || m2 != m2) {
            return 0; // NoData at the end, or a knight jumping over NoData
        }
        return relax(v, d + (ru + rv + m1 + m2) * t.factor[k], t.backCode[k], maxCost, cost, back, heap);
    }

    /** Lowers v's cost to nd if that is an improvement within the maximum; returns 1 when v is newly reached. */
    private static int relax(int v, double nd, byte code, double maxCost, double[] cost, byte[] back, CellHeap heap) {
        double old = cost[v];
        if (nd < old && nd <= maxCost) {
            cost[v] = nd;
            back[v] = code;
            heap.push(CellHeap.pack(v, nd));
            return old == Double.POSITIVE_INFINITY ? 1 : 0;
        }
        return 0;
    }

    /** Validates resistances (NaN, or finite ≥ 0) and counts passable cells. */
    private static int checkResistance(GridGeometry g, float[] r) {
        int passable = 0;
        for (int i = 0; i < r.length; i++) {
            float v = r[i];
            if (v != v) {
                continue;
            }
            if (!(v >= 0) || v == Float.POSITIVE_INFINITY) {
                throw new IllegalArgumentException("Resistance must be finite and >= 0 (NaN for impassable), got "
                        + v + " at cell (" + g.rowOfIndex(i) + ", " + g.colOfIndex(i) + ")");
            }
            passable++;
        }
        return Math.max(1, passable);
    }
}
