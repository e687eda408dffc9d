package org.ecocorridor.connectivity.corridor;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.ecocorridor.connectivity.costdistance.CostDistance;
import org.ecocorridor.connectivity.costdistance.CostDistanceOptions;
import org.ecocorridor.core.grid.FloatGrid;
import org.ecocorridor.core.grid.GridGeometry;
import org.ecocorridor.core.grid.IntGrid;
import org.ecocorridor.core.progress.ProgressListener;

/**
 * Candidate links from allocation adjacency (Linkage Mapper steps 1–2): two cores are linked when
 * their allocation zones touch, i.e. some pair of 8-neighbouring cells is allocated one to each.
 * Cost-weighted zones come from one multi-source {@link CostDistance} run from every passable core
 * cell (NoData cells are unallocated, so zones separated only by a barrier do not touch); Euclidean
 * zones from {@link EuclideanAllocation} over the whole grid.
 *
 * <p>Thread-safe: stateless.
 */
public final class CandidateLinks {

    private CandidateLinks() {
    }

    /**
     * The candidate links, ordered by (coreA, coreB).
     *
     * @param resistance resistance grid on the cores' grid
     * @param options    neighbourhood and units of the cost allocation (its max cost is honoured)
     */
    public static List<CandidateLink> find(FloatGrid resistance, CoreAreas cores, AdjacencyMethod method,
            CostDistanceOptions options, ProgressListener listener) {
        if (!resistance.geometry().equals(cores.grid())) {
            throw new IllegalArgumentException("Resistance and core grids differ: " + resistance.geometry() + " vs "
                    + cores.grid());
        }
        TreeSet<Long> costPairs = new TreeSet<>();
        TreeSet<Long> euclideanPairs = new TreeSet<>();
        if (method != AdjacencyMethod.EUCLIDEAN) {
            IntGrid allocation = costAllocation(resistance, cores, options, listener.range(0, 0.8));
            if (allocation != null) {
                costPairs = adjacentPairs(allocation);
            }
        }
        if (method != AdjacencyMethod.COST_WEIGHTED) {
            listener.throwIfCancelled();
            euclideanPairs = adjacentPairs(EuclideanAllocation.allocate(cores.coreIdGrid()));
        }
        TreeSet<Long> all = new TreeSet<>(costPairs);
        all.addAll(euclideanPairs);
        List<CandidateLink> links = new ArrayList<>();
        for (long pair : all) {
            links.add(new CandidateLink((int) (pair >>> 32), (int) pair, costPairs.contains(pair),
                    euclideanPairs.contains(pair)));
        }
        listener.progress(1, "Candidate links found");
        return links;
    }

    /** Cost allocation from all passable core cells, or null when no core cell is passable. */
    static IntGrid costAllocation(FloatGrid resistance, CoreAreas cores, CostDistanceOptions options,
            ProgressListener listener) {
        float[] r = resistance.values();
        int n = 0;
        for (int id : cores.ids()) {
            for (int c : cores.cellsOf(id)) {
                n += Float.isNaN(r[c]) ? 0 : 1;
            }
        }
        if (n == 0) {
            return null;
        }
        int[] cells = new int[n];
        int[] ids = new int[n];
        int k = 0;
        for (int id : cores.ids()) {
            for (int c : cores.cellsOf(id)) {
                if (!Float.isNaN(r[c])) {
                    cells[k] = c;
                    ids[k++] = id;
                }
            }
        }
        return CostDistance.compute(resistance, cells, ids, options, listener).allocation();
    }

    /** Pairs (a &lt; b, packed as a·2³² + b) of different allocations in 8-neighbouring cells. */
    static TreeSet<Long> adjacentPairs(IntGrid allocation) {
        GridGeometry g = allocation.geometry();
        int[] a = allocation.values();
        int cols = g.cols();
        int rows = g.rows();
        TreeSet<Long> pairs = new TreeSet<>();
        int[][] forward = {{0, 1}, {1, -1}, {1, 0}, {1, 1}};
        for (int row = 0; row < rows; row++) {
            for (int col = 0; col < cols; col++) {
                int u = a[row * cols + col];
                if (u == IntGrid.NO_DATA) {
                    continue;
                }
                for (int[] d : forward) {
                    int rr = row + d[0];
                    int cc = col + d[1];
                    if (rr >= rows || cc < 0 || cc >= cols) {
                        continue;
                    }
                    int v = a[rr * cols + cc];
                    if (v != IntGrid.NO_DATA && v != u) {
                        pairs.add(((long) Math.min(u, v) << 32) | Math.max(u, v));
                    }
                }
            }
        }
        return pairs;
    }
}
