package org.ecocorridor.connectivity.costdistance;

import org.ecocorridor.core.progress.ProgressListener;

/**
 * The {@link CostDistance} search for the common case, 8 neighbours over a {@link BucketQueue}, with the
 * queue drained in this loop rather than through {@link CellQueue#pop()}.
 *
 * <p>Same algorithm, same order: buckets are drained in increasing number, each in insertion order
 * (entries appended to the bucket being drained, possible only by rounding, are drained with it), and
 * pushes go through {@link BucketQueue#push(int[][], int[], int, double, long, int, double)}. Every cell
 * is therefore expanded in the same order as by the generic loop, so costs, back directions and ties are
 * bit for bit the same ({@code BucketSearchTest}).
 *
 * <p>Why a second loop: with the bucket arrays, the mask and the current bucket number in locals, the
 * JIT (C2) no longer reloads and stores the queue's fields ({@code current}, {@code next}, {@code size})
 * on every push and pop, and a pop is a plain array read. On the 4000 × 4000 random surface this took
 * 12–14 % off the CPU time of a cost distance (docs/benchmarks.md, "2026-11-22, later").
 *
 * <p>The loop stops when a whole turn of the circular array is empty: every queued cell lies within one
 * turn of the current bucket (the array is longer than the dearest step spans), so no cell is left.
 * The queue's own position fields are not updated: it must not be used after {@link #run}.
 *
 * <p>Thread-safe: stateless; each run works only on the arrays and queue its caller passes.
 */
final class BucketSearch {
    private static final int PROGRESS_MASK = (1 << 16) - 1;

    private BucketSearch() {
    }

    /**
     * Runs the search from the cells already in the queue, over the padded arrays (see
     * {@link CostDistance}): label-correcting, a popped cell is skipped when its back byte carries
     * {@link CostDistance#EXPANDED} (already expanded at its current cost).
     */
    static void run(float[] r, StepTable t, double maxCost, double[] cost, byte[] back, BucketQueue queue,
            int passable, ProgressListener listener) {
        final int s = t.stride;
        final double ew = t.factor[BackDirection.EAST - 1];
        final double ns = t.factor[BackDirection.SOUTH - 1];
        final double diagonal = t.factor[BackDirection.SOUTH_EAST - 1];
        final int[][] buckets = queue.buckets;
        final int[] sizes = queue.sizes;
        final int mask = queue.mask;
        final double inv = queue.inverseWidth;
        long current = queue.currentBucket();
        int expansions = 0;
        for (int emptyInARow = 0; emptyInARow <= mask; current++) {
            int b = (int) current & mask;
            if (sizes[b] == 0) {
                emptyInARow++;
                continue;
            }
            emptyInARow = 0;
            // A push may append to this bucket (by rounding) and even move it to a larger array, so at
            // the end of what is known the bucket is read again; the entries before stay valid in the
            // old array (Arrays.copyOf). Reading sizes[b] and buckets[b] once per bucket rather than per
            // pop took another 4-6 % off.
            int[] bucket = buckets[b];
            int size = sizes[b];
            for (int i = 0; ; i++) {
                if (i == size) {
                    bucket = buckets[b];
                    size = sizes[b];
                    if (i == size) {
                        break;
                    }
                }
                int u = bucket[i];
                int bu = back[u];
                if ((bu & CostDistance.EXPANDED) != 0) {
                    continue; // an older entry: the cell was expanded at its current cost already
                }
                back[u] = (byte) (bu | CostDistance.EXPANDED);
                if ((++expansions & PROGRESS_MASK) == 0) {
                    listener.throwIfCancelled();
                    listener.progress(Math.min(1, (double) expansions / passable), "Cost distance");
                }
                double d = cost[u];
                double ru = r[u];
                // The moves in StepTable order (E, SE, S, SW, W, NW, N, NE); the cell reached by moving
                // east looks back west, and so on. NaN steps (NoData, border) never pass the test.
                int v = u + 1;
                double nd = d + (ru + r[v]) * ew;
                if (nd < cost[v] && nd <= maxCost) {
                    cost[v] = nd;
                    back[v] = BackDirection.WEST;
                    BucketQueue.push(buckets, sizes, mask, inv, current, v, nd);
                }
                v = u + s + 1;
                nd = d + (ru + r[v]) * diagonal;
                if (nd < cost[v] && nd <= maxCost) {
                    cost[v] = nd;
                    back[v] = BackDirection.NORTH_WEST;
                    BucketQueue.push(buckets, sizes, mask, inv, current, v, nd);
                }
                v = u + s;
                nd = d + (ru + r[v]) * ns;
                if (nd < cost[v] && nd <= maxCost) {
                    cost[v] = nd;
                    back[v] = BackDirection.NORTH;
                    BucketQueue.push(buckets, sizes, mask, inv, current, v, nd);
                }
                v = u + s - 1;
                nd = d + (ru + r[v]) * diagonal;
                if (nd < cost[v] && nd <= maxCost) {
                    cost[v] = nd;
                    back[v] = BackDirection.NORTH_EAST;
                    BucketQueue.push(buckets, sizes, mask, inv, current, v, nd);
                }
                v = u - 1;
                nd = d + (ru + r[v]) * ew;
                if (nd < cost[v] && nd <= maxCost) {
                    cost[v] = nd;
                    back[v] = BackDirection.EAST;
                    BucketQueue.push(buckets, sizes, mask, inv, current, v, nd);
                }
                v = u - s - 1;
                nd = d + (ru + r[v]) * diagonal;
                if (nd < cost[v] && nd <= maxCost) {
                    cost[v] = nd;
                    back[v] = BackDirection.SOUTH_EAST;
                    BucketQueue.push(buckets, sizes, mask, inv, current, v, nd);
                }
                v = u - s;
                nd = d + (ru + r[v]) * ns;
                if (nd < cost[v] && nd <= maxCost) {
                    cost[v] = nd;
                    back[v] = BackDirection.SOUTH;
                    BucketQueue.push(buckets, sizes, mask, inv, current, v, nd);
                }
                v = u - s + 1;
                nd = d + (ru + r[v]) * diagonal;
                if (nd < cost[v] && nd <= maxCost) {
                    cost[v] = nd;
                    back[v] = BackDirection.SOUTH_WEST;
                    BucketQueue.push(buckets, sizes, mask, inv, current, v, nd);
                }
            }
            sizes[b] = 0;
        }
    }
}
