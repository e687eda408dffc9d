package org.ecocorridor.core.grid;

import java.util.Arrays;
import java.util.Objects;

/**
 * A single-band grid of 32-bit floats with NoData as {@link Float#NaN}, laid out row-major
 * (row 0 is the northern edge). 4 bytes per cell.
 *
 * <p>Not thread-safe for writes; the array is shared, not copied, so that large grids
 * are not duplicated (use {@link #copy()} when you need an independent grid).
 */
public final class FloatGrid {
    private final GridGeometry geometry;
    private final float[] values;

    /** A grid filled with NoData. */
    public FloatGrid(GridGeometry geometry) {
        this(geometry, filledWithNaN(geometry.cellCount()));
    }

    /**
     * Wraps an array of {@code geometry.cellCount()} values (row-major, NaN = NoData) without copying it.
     */
    public FloatGrid(GridGeometry geometry, float[] values) {
        this.geometry = Objects.requireNonNull(geometry, "geometry");
        this.values = Objects.requireNonNull(values, "values");
        if (values.length != geometry.cellCount()) {
            throw new IllegalArgumentException("Expected " + geometry.cellCount() + " values for "
                    + geometry.cols() + " x " + geometry.rows() + " cells, got " + values.length);
        }
    }

    private static float[] filledWithNaN(int n) {
        float[] a = new float[n];
        Arrays.fill(a, Float.NaN);
        return a;
    }

    public GridGeometry geometry() {
        return geometry;
    }

    public int rows() {
        return geometry.rows();
    }

    public int cols() {
        return geometry.cols();
    }

    /** Value at (row, col); NaN for NoData. */
    public float get(int row, int col) {
        return values[geometry.index(row, col)];
    }

    public void set(int row, int col, float value) {
        values[geometry.index(row, col)] = value;
    }

    public boolean isNoData(int row, int col) {
        return Float.isNaN(get(row, col));
    }

    /** The backing array (row-major, shared, not copied). */
    public float[] values() {
        return values;
    }

    /** An independent copy. */
    public FloatGrid copy() {
        return new FloatGrid(geometry, values.clone());
    }
}
