package org.ecocorridor.connectivity.costdistance;

import java.util.Arrays;
import java.util.BitSet;
import org.ecocorridor.core.grid.FloatGrid;
import org.ecocorridor.core.grid.GridGeometry;
import org.ecocorridor.core.grid.IntGrid;

/**
 * The outcome of {@link CostDistance}: accumulated cost, back direction and allocation per cell.
 *
 * <p>Accumulated cost is in the units of {@link CostDistanceOptions#units()} (resistance × metres for
 * {@link CostUnits#MAP}); unreached cells (NoData, cut off by the maximum cost, or disconnected) have
 * cost +∞ here and NaN in {@link #accumulatedCost()}.
 *
 * <p>Immutable (arrays are private; the grid views are copies). Thread-safe.
 */
public final class CostDistanceResult {
    private final GridGeometry geometry;
    private final CostDistanceOptions options;
    private final double[] cost;
    private final byte[] back;
    private final SourceIds sources;
    private final int reachedCount;

    /** Cost and back direction of cell i at index i; the arrays may be longer than the grid (unused tail). */
    CostDistanceResult(GridGeometry geometry, CostDistanceOptions options, double[] cost, byte[] back,
            SourceIds sources, int reachedCount) {
        this.geometry = geometry;
        this.options = options;
        this.cost = cost;
        this.back = back;
        this.sources = sources;
        this.reachedCount = reachedCount;
    }

    public GridGeometry geometry() {
        return geometry;
    }

    public CostDistanceOptions options() {
        return options;
    }

    /** Number of reached cells (sources included). */
    public int reachedCount() {
        return reachedCount;
    }

    /** Accumulated cost at a cell (row-major index); +∞ when unreached. */
    public double costAt(int cell) {
        return cost[cell];
    }

    public boolean isReached(int cell) {
        return back[cell] != BackDirection.UNREACHED;
    }

    /** {@link BackDirection} code at a cell: −1 unreached, 0 source, 1–16 the move towards the source. */
    public int backDirectionAt(int cell) {
        return back[cell];
    }

    /** The next cell towards the nearest source along the least-cost path; −1 at sources and unreached cells. */
    public int predecessorOf(int cell) {
        int code = back[cell];
        if (code <= 0) {
            return -1;
        }
        return cell + BackDirection.rowOffset(code) * geometry.cols() + BackDirection.colOffset(code);
    }

    /**
     * Id of the nearest source (allocation): the source the back directions lead to;
     * {@link IntGrid#NO_DATA} when unreached. O(path length).
     */
    public int allocationAt(int cell) {
        if (!isReached(cell)) {
            return IntGrid.NO_DATA;
        }
        int c = cell;
        for (int steps = 0; back[c] > 0; steps++) {
            if (steps > back.length) {
                throw new IllegalStateException("Back directions form a cycle at cell " + c);
            }
            c = predecessorOf(c);
        }
        return sources.idOf(c);
    }

    /** Accumulated cost as floats, NaN where unreached (a new grid). */
    public FloatGrid accumulatedCost() {
        float[] out = new float[geometry.cellCount()];
        for (int i = 0; i < out.length; i++) {
            double c = cost[i];
            out[i] = c == Double.POSITIVE_INFINITY ? Float.NaN : (float) c;
        }
        return new FloatGrid(geometry, out);
    }

    /** Back-direction codes (0 source, 1–16 moves), {@link IntGrid#NO_DATA} where unreached (a new grid). */
    public IntGrid backDirection() {
        int[] out = new int[geometry.cellCount()];
        for (int i = 0; i < out.length; i++) {
            out[i] = back[i] == BackDirection.UNREACHED ? IntGrid.NO_DATA : back[i];
        }
        return new IntGrid(geometry, out);
    }

    /**
     * Allocation (nearest source id), {@link IntGrid#NO_DATA} where unreached (a new grid), derived from
     * the back directions in O(cells): each path is walked once and its cells filled on the way back.
     */
    public IntGrid allocation() {
        int n = geometry.cellCount();
        int[] out = new int[n];
        Arrays.fill(out, IntGrid.NO_DATA);
        BitSet resolved = new BitSet(n);
        int[] stack = new int[64];
        for (int cell = 0; cell < n; cell++) {
            if (back[cell] == BackDirection.UNREACHED || resolved.get(cell)) {
                continue;
            }
            int depth = 0;
            int c = cell;
            while (!resolved.get(c) && back[c] > 0) {
                if (depth == stack.length) {
                    if (depth > n) {
                        throw new IllegalStateException("Back directions form a cycle at cell " + c);
                    }
                    stack = Arrays.copyOf(stack, 2 * depth);
                }
                stack[depth++] = c;
                c = predecessorOf(c);
            }
            int id = resolved.get(c) ? out[c] : sources.idOf(c);
            out[c] = id;
            resolved.set(c);
            while (depth > 0) {
                int d = stack[--depth];
                out[d] = id;
                resolved.set(d);
            }
        }
        return new IntGrid(geometry, out);
    }
}
