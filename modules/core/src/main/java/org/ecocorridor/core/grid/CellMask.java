package org.ecocorridor.core.grid;

import java.util.BitSet;
import java.util.Objects;
import java.util.function.IntConsumer;

/**
 * A set of cells of one grid, stored as a bit per cell (row-major index), e.g. the cells covered by a
 * rasterised geometry or the cells of a truncated corridor.
 *
 * <p>Not thread-safe: mutable through {@link #add(int)} and {@link #or(CellMask)}.
 */
public final class CellMask {
    private final GridGeometry geometry;
    private final BitSet bits;

    /** An empty mask. */
    public CellMask(GridGeometry geometry) {
        this.geometry = Objects.requireNonNull(geometry, "geometry");
        this.bits = new BitSet(geometry.cellCount());
    }

    public GridGeometry geometry() {
        return geometry;
    }

    /** Whether the cell with this row-major index is in the mask. */
    public boolean contains(int index) {
        return bits.get(index);
    }

    public boolean contains(int row, int col) {
        return geometry.contains(row, col) && bits.get(geometry.index(row, col));
    }

    /** Adds a cell by row-major index. */
    public void add(int index) {
        if (index < 0 || index >= geometry.cellCount()) {
            throw new IllegalArgumentException("Cell index must be in [0, " + geometry.cellCount() + "), got " + index);
        }
        bits.set(index);
    }

    /** Adds a cell when it lies inside the grid; ignores it otherwise. */
    public void addIfInside(int row, int col) {
        if (geometry.contains(row, col)) {
            bits.set(geometry.index(row, col));
        }
    }

    /** Adds the cells {@code (row, fromCol..toCol)} that lie inside the grid (inclusive bounds). */
    public void addRun(int row, int fromCol, int toCol) {
        if (row < 0 || row >= geometry.rows()) {
            return;
        }
        int a = Math.max(0, fromCol);
        int b = Math.min(geometry.cols() - 1, toCol);
        if (a <= b) {
            int base = row * geometry.cols();
            bits.set(base + a, base + b + 1);
        }
    }

    /** Adds every cell of another mask on the same grid. */
    public void or(CellMask other) {
        if (!geometry.equals(other.geometry)) {
            throw new IllegalArgumentException("Masks must share one grid, got " + geometry + " and " + other.geometry);
        }
        bits.or(other.bits);
    }

    /** Number of cells in the mask. */
    public int cardinality() {
        return bits.cardinality();
    }

    public boolean isEmpty() {
        return bits.isEmpty();
    }

    /** Calls {@code action} with each cell index, in ascending order. */
    public void forEach(IntConsumer action) {
        for (int i = bits.nextSetBit(0); i >= 0; i = bits.nextSetBit(i + 1)) {
            action.accept(i);
        }
    }

    /** The cell indices in ascending order. */
    public int[] toIndexArray() {
        return bits.stream().toArray();
    }

    /** First cell index ≥ {@code from} in the mask, or −1. */
    public int nextCell(int from) {
        return bits.nextSetBit(from);
    }
}
