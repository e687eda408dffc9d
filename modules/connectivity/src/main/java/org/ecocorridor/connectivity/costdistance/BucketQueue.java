package org.ecocorridor.connectivity.costdistance;

import java.util.Arrays;

/**
 * Dial's bucket queue with buckets of width δ no wider than the cheapest step (Dial 1969; this choice of
 * width is Dinitz's, 1978), on a circular array of buckets, each a FIFO array of cell indices. A cell
 * queued at cost c goes to bucket ⌊c / δ⌋; buckets are drained in increasing order, each in insertion
 * order.
 *
 * <p>Why no order is needed inside a bucket: when bucket i is drained, every cell in it has cost
 * c &lt; (i + 1)δ, and expanding any of them offers its neighbours costs ≥ iδ + δ (every step costs ≥ δ),
 * which fall in a later bucket; so no cell of bucket i can still improve, and each is expanded once with
 * its final cost, as in Dijkstra's algorithm. With rounding at a bucket boundary the argument may fail
 * by an ulp; {@link CostDistance} is label-correcting (a cell improved after its expansion is queued and
 * expanded again), so the result stays exact. Cells are never put in a bucket already drained.
 *
 * <p>Cost: O(1) per push and per pop, plus one step per empty bucket passed (largest cost / δ in all).
 * The circular array needs more buckets than the dearest step spans: dearest / δ + 3. The number of
 * buckets is capped ({@link #MAX_BUCKETS}) because the empty-bucket steps grow with the ratio: on an
 * adversarial grid (a long winding path over the dearest cells, a few cells at the cheapest) they
 * reach path length × dearest / cheapest; on ordinary grids they are a small fraction of the pops.
 *
 * <p>Not thread-safe.
 */
final class BucketQueue implements CellQueue {
    /** Above this many buckets (dearest step above about 16,000 times the cheapest), use {@link CellHeap}. */
    static final int MAX_BUCKETS = 1 << 14;

    /** The buckets (circular, {@link #mask} + 1 of them) and the number of cells in each. */
    final int[][] buckets;
    final int[] sizes;
    /** Number of buckets − 1 (a power of two − 1): bucket number n lives at index n &amp; mask. */
    final int mask;
    /** 1 / δ. */
    final double inverseWidth;
    /** Number of the bucket being drained (not wrapped round) and the read position in it. */
    private long current;
    private int next;
    private long size;

    private BucketQueue(int count, double width) {
        buckets = new int[count][];
        sizes = new int[count];
        mask = count - 1;
        inverseWidth = 1 / width;
    }

    /**
     * A bucket queue for steps costing from {@code cheapestStep} to {@code dearestStep}, or null when
     * the cheapest step may be 0 or the ratio needs more than {@link #MAX_BUCKETS} buckets.
     */
    static BucketQueue forSteps(double cheapestStep, double dearestStep) {
        if (!(cheapestStep > 0) || !(dearestStep / cheapestStep < MAX_BUCKETS - 3)) {
            return null;
        }
        int span = (int) Math.ceil(dearestStep / cheapestStep) + 3;
        return new BucketQueue(Integer.highestOneBit(span - 1) << 1, cheapestStep);
    }

    /** Number (not wrapped round) of the bucket being drained. */
    long currentBucket() {
        return current;
    }

    @Override
    public boolean isEmpty() {
        return size == 0;
    }

    @Override
    public void push(int cell, double cost) {
        push(buckets, sizes, mask, inverseWidth, current, cell, cost);
        size++;
    }

    /**
     * Appends a cell to bucket max(current, ⌊cost / δ⌋): never to a drained bucket (possible only by
     * rounding, see the class comment). Static, on the queue's arrays, so that {@link BucketSearch} can
     * keep them in locals; both searches share this one rule.
     */
    static void push(int[][] buckets, int[] sizes, int mask, double inverseWidth, long current, int cell,
            double cost) {
        long number = Math.max(current, (long) (cost * inverseWidth));
        int b = (int) number & mask;
        int[] bucket = buckets[b];
        int s = sizes[b];
        if (bucket == null || s == bucket.length) {
            bucket = bucket == null ? new int[64] : Arrays.copyOf(bucket, s + (s >> 1));
            buckets[b] = bucket;
        }
        bucket[s] = cell;
        sizes[b] = s + 1;
    }

    @Override
    public int pop() {
        int b = (int) current & mask;
        while (next == sizes[b]) {
            sizes[b] = 0;
            next = 0;
            current++;
            b = (int) current & mask;
        }
        size--;
        return buckets[b][next++];
    }
}
