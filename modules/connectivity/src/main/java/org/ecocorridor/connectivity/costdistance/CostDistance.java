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
 * Dijkstra (1959) with Dial's bucket queue ({@link BucketQueue}): buckets as wide as the cheapest step,
 * drained in order, need no order inside a bucket, so each queue operation is O(1) (for 8 neighbours the
 * queue is drained inside the search loop, {@link BucketSearch}). When the cheapest
 * step may cost 0 (zero resistances) or the dearest step exceeds ~16,000 times the cheapest, a 4-ary
 * heap of (float key, cell) longs ({@link CellHeap}) replaces it: O(log F) per operation for a frontier
 * of F cells. Either way the search is label-correcting: a cell is queued whenever its cost improves
 * and expanded whenever it is popped with a cost improved since its last expansion (older queue
 * entries are skipped), so a queue that pops cells out of exact order (the heap's float keys, bucket
 * boundaries under rounding) only costs extra expansions. At the end no step can lower any cost, so
 * costs are the exact shortest-path costs; the search order, hence every tie, depends on the input alone.
 *
 * <p>The search runs on a copy of the grid padded with a border of NaN cells ({@link PaddedLayout}), so
 * its inner loop has no bounds checks. Memory per cell: 4 (resistance input) + 4 (padded copy, garbage
 * after the search) + 8 (cost) + 1 (back direction) bytes, plus 4 bytes per bucket-queue entry (8 in
 * the heap). The allocation is not tracked during the search but derived from the back directions on
 * demand ({@link CostDistanceResult#allocation()}), so it always names the source the back directions
 * lead to.
 *
 * <p>Thread-safe: stateless; each call allocates its own arrays, so several searches may run in
 * parallel on the same (unmodified) resistance grid.
 */
public final class CostDistance {
    private static final int PROGRESS_MASK = (1 << 16) - 1;
    /** Flag in a cell's back-direction byte during the search: expanded at its current cost. */
    static final int EXPANDED = 0x20;

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
        return compute(resistance, sourceCells, sourceIds, options, listener, true);
    }

    /**
     * As {@link #compute(FloatGrid, int[], int[], CostDistanceOptions, ProgressListener)};
     * {@code fastPath = false} keeps the generic loop even where {@link BucketSearch} applies (tests
     * compare the two).
     */
    static CostDistanceResult compute(FloatGrid resistance, int[] sourceCells, int[] sourceIds,
            CostDistanceOptions options, ProgressListener listener, boolean fastPath) {
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
        ResistanceRange range = ResistanceRange.of(g, r);
        StepTable steps = new StepTable(g, options.neighbourhood(), options.units());
        PaddedLayout layout = new PaddedLayout(g, steps.margin);
        double[] cost = new double[layout.size()];
        Arrays.fill(cost, Double.POSITIVE_INFINITY);
        byte[] back = new byte[layout.size()];
        Arrays.fill(back, (byte) BackDirection.UNREACHED);
        CellQueue queue = queueFor(steps, range, sourceCells.length);
        int n = g.cellCount();
        for (int i = 0; i < sourceCells.length; i++) {
            int s = sourceCells[i];
            if (s < 0 || s >= n) {
                throw new IllegalArgumentException("Source cell index must be in [0, " + n + "), got " + s);
            }
            if (Float.isNaN(r[s])) {
                throw new IllegalArgumentException("Source cell (" + g.rowOfIndex(s) + ", " + g.colOfIndex(s)
                        + ") is NoData in the resistance grid");
            }
            int p = layout.indexOf(s);
            if (back[p] == BackDirection.SOURCE) {
                continue;
            }
            cost[p] = 0;
            back[p] = BackDirection.SOURCE;
            queue.push(p, 0);
        }
        float[] padded = layout.pad(r);
        if (fastPath && queue instanceof BucketQueue buckets && steps.count == 8) {
            BucketSearch.run(padded, steps, options.maxCost(), cost, back, buckets, range.passable(), listener);
        } else {
            search(padded, steps, options.maxCost(), cost, back, queue, range.passable(), listener);
        }
        layout.unpadInPlace(cost);
        layout.unpadInPlace(back);
        int reached = 0;
        for (int i = 0; i < n; i++) {
            byte b = back[i];
            if (b != BackDirection.UNREACHED) {
                back[i] = (byte) (b & ~EXPANDED);
                reached++;
            }
        }
        listener.progress(1, "Cost distance done");
        return new CostDistanceResult(g, options, cost, back, SourceIds.of(sourceCells, sourceIds), reached);
    }

    /**
     * A bucket queue when every step costs more than 0 and the dearest step is at most ~16,000 times the
     * cheapest (the usual case: O(1) per operation), else a heap.
     */
    private static CellQueue queueFor(StepTable steps, ResistanceRange range, int sourceCount) {
        BucketQueue buckets = BucketQueue.forSteps(steps.cheapestStep(range.min()), steps.dearestStep(range.max()));
        return buckets != null ? buckets : new CellHeap(Math.max(1024, 2 * sourceCount));
    }

    /**
     * Runs the search from the queued sources over the padded arrays, with either queue and either
     * neighbourhood ({@link BucketSearch} is the same loop for 8 neighbours over buckets). Label-correcting:
     * a cell is expanded again whenever its cost improved since its last expansion, so the result does not
     * depend on the queue popping cells in exact cost order.
     *
     * <p>NaN resistances (NoData and the border) need no test: a step touching one costs NaN, and
     * NaN &lt; cost is false, so it never relaxes. The eight queen's moves are written out with the
     * stride and the three step factors (east-west, north-south, diagonal) in locals and the back codes
     * as constants: a loop over the step table's arrays was about 15 % slower.
     */
    private static void search(float[] r, StepTable t, double maxCost, double[] cost, byte[] back, CellQueue queue,
            int passable, ProgressListener listener) {
        final int s = t.stride;
        final double ew = t.factor[BackDirection.EAST - 1];
        final double ns = t.factor[BackDirection.SOUTH - 1];
        final double diagonal = t.factor[BackDirection.SOUTH_EAST - 1];
        final boolean knights = t.count > 8;
        int expanded = 0;
        while (!queue.isEmpty()) {
            int u = queue.pop();
            int bu = back[u];
            if ((bu & EXPANDED) != 0) {
                continue; // an older entry: the cell was expanded at its current cost already
            }
            back[u] = (byte) (bu | EXPANDED);
            if ((++expanded & PROGRESS_MASK) == 0) {
                listener.throwIfCancelled();
                listener.progress(Math.min(1, (double) expanded / passable), "Cost distance");
            }
            double d = cost[u];
            double ru = r[u];
            // The cell reached by moving east looks back west, and so on.
            relax(u + 1, d + (ru + r[u + 1]) * ew, BackDirection.WEST, maxCost, cost, back, queue);
            relax(u + s + 1, d + (ru + r[u + s + 1]) * diagonal, BackDirection.NORTH_WEST, maxCost, cost, back, queue);
            relax(u + s, d + (ru + r[u + s]) * ns, BackDirection.NORTH, maxCost, cost, back, queue);
            relax(u + s - 1, d + (ru + r[u + s - 1]) * diagonal, BackDirection.NORTH_EAST, maxCost, cost, back, queue);
            relax(u - 1, d + (ru + r[u - 1]) * ew, BackDirection.EAST, maxCost, cost, back, queue);
            relax(u - s - 1, d + (ru + r[u - s - 1]) * diagonal, BackDirection.SOUTH_EAST, maxCost, cost, back, queue);
            relax(u - s, d + (ru + r[u - s]) * ns, BackDirection.SOUTH, maxCost, cost, back, queue);
            relax(u - s + 1, d + (ru + r[u - s + 1]) * diagonal, BackDirection.SOUTH_WEST, maxCost, cost, back, queue);
            if (knights) {
                for (int k = 8; k < 16; k++) {
                    int v = u + t.indexOffset[k];
                    // Any NaN among the four cells (NoData at the end, or jumped over) makes the step NaN.
                    double step = (ru + r[v] + r[u + t.mid1[k]] + r[u + t.mid2[k]]) * t.factor[k];
                    relax(v, d + step, t.backCode[k], maxCost, cost, back, queue);
                }
            }
        }
    }

    /** Lowers v's cost to nd if that is an improvement within the maximum, and queues v (again). */
    private static void relax(int v, double nd, int code, double maxCost, double[] cost, byte[] back,
            CellQueue queue) {
        if (nd < cost[v] && nd <= maxCost) {
            cost[v] = nd;
            back[v] = (byte) code; // also clears EXPANDED: v must be expanded (again) at its new cost
            queue.push(v, nd);
        }
    }
}
