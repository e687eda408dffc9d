package org.ecocorridor.connectivity.costdistance;

import java.util.Arrays;

/**
 * The allocation id of each source cell, sorted by cell for binary search (the first id given for a
 * duplicated cell wins).
 *
 * <p>Immutable.
 */
final class SourceIds {
    private final int[] cells;
    private final int[] ids;

    private SourceIds(int[] cells, int[] ids) {
        this.cells = cells;
        this.ids = ids;
    }

    static SourceIds of(int[] sourceCells, int[] sourceIds) {
        // Sort (cell, position) pairs packed in longs: by cell, then by position, so that among
        // duplicates the first given comes first. Cells are non-negative.
        long[] order = new long[sourceCells.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = ((long) sourceCells[i] << 32) | i;
        }
        Arrays.sort(order);
        int[] cells = new int[order.length];
        int[] ids = new int[order.length];
        int n = 0;
        for (long packed : order) {
            int cell = (int) (packed >>> 32);
            if (n > 0 && cells[n - 1] == cell) {
                continue;
            }
            cells[n] = cell;
            ids[n++] = sourceIds[(int) packed];
        }
        return new SourceIds(Arrays.copyOf(cells, n), Arrays.copyOf(ids, n));
    }

    /** Id of a source cell. */
    int idOf(int sourceCell) {
        int i = Arrays.binarySearch(cells, sourceCell);
        if (i < 0) {
            throw new IllegalStateException("Cell " + sourceCell + " is not a source");
        }
        return ids[i];
    }
}
