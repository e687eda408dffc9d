package org.ecocorridor.connectivity.costdistance;

import java.util.Arrays;

/**
 * Priority queue of cells for {@link CostDistance} when a {@link BucketQueue} does not fit (zero
 * resistances, or a dearest step over ~16,000 times the cheapest): a 4-ary min-heap of {@code long}s,
 * each packing a cell's cost rounded to float (high 32 bits; non-negative float bit patterns order like
 * the floats) and its index (low 32 bits, which also breaks ties deterministically). One array, 8 bytes
 * per entry, no boxing; a 4-ary heap halves the depth of a binary one and keeps siblings in one cache
 * line.
 *
 * <p>Because keys are rounded, cells whose costs agree to float precision may leave the queue out of
 * exact order; {@link CostDistance} is label-correcting (a cell improved after its expansion is queued
 * and expanded again), which keeps the result exact while the double costs live in their own array.
 *
 * <p>Not thread-safe.
 */
final class CellHeap implements CellQueue {
    private long[] heap;
    private int size;

    CellHeap(int initialCapacity) {
        heap = new long[Math.max(16, initialCapacity)];
    }

    @Override
    public boolean isEmpty() {
        return size == 0;
    }

    @Override
    public void push(int cell, double cost) {
        // Non-negative float bit patterns order like the floats; the cell index breaks ties.
        long entry = ((long) Float.floatToRawIntBits((float) cost) << 32) | cell;
        if (size == heap.length) {
            heap = Arrays.copyOf(heap, heap.length + (heap.length >> 1));
        }
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 2;
            long p = heap[parent];
            if (p <= entry) {
                break;
            }
            heap[i] = p;
            i = parent;
        }
        heap[i] = entry;
    }

    /** Removes and returns the cell of the smallest entry; undefined when empty. */
    @Override
    public int pop() {
        long top = heap[0];
        int n = --size;
        if (n > 0) {
            long last = heap[n];
            int i = 0;
            while (true) {
                int child = 4 * i + 1;
                if (child >= n) {
                    break;
                }
                long best = heap[child];
                int end = Math.min(child + 4, n);
                for (int j = child + 1; j < end; j++) {
                    long h = heap[j];
                    if (h < best) {
                        best = h;
                        child = j;
                    }
                }
                if (last <= best) {
                    break;
                }
                heap[i] = best;
                i = child;
            }
            heap[i] = last;
        }
        return (int) top;
    }
}
