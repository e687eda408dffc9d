package org.ecocorridor.core.grid;

import java.util.Arrays;
import java.util.Objects;

/**
 * A single-band grid of 32-bit integers (class codes, identifiers, direction codes), row-major with
 * row 0 at the northern edge, NoData as {@link #NO_DATA}. 4 bytes per cell.
 *
 * <p>Not thread-safe for writes; the array is shared, not copied (use {@link #copy()}).
 */
public final class IntGrid {
    /** The NoData sentinel, {@link Integer#MIN_VALUE}. */
    public static final int NO_DATA = Integer.MIN_VALUE;

    private final GridGeometry geometry;
    private final int[] values;

    /** A grid filled with {@link #NO_DATA}. */
    public IntGrid(GridGeometry geometry) {
        this(geometry, filled(geometry.cellCount(), NO_DATA));
    }

    /** Wraps an array of {@code geometry.cellCount()} values (row-major) without copying it. */
    public IntGrid(GridGeometry geometry, int[] values) {
        this.geometry = Objects.requireNonNull(geometry, "geometry");
        this.values = Objects.requireNonNull(values, "values");
        if (values.length != geometry.cellCount()) {
            throw new IllegalArgumentException("Expected " + geometry.cellCount() + " values for "
                    + geometry.cols() + " x " + geometry.rows() + " cells, got " + values.length);
        }
    }

    private static int[] filled(int n, int value) {
        int[] a = new int[n];
        Arrays.fill(a, value);
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

    /** Value at (row, col); {@link #NO_DATA} for NoData. */
    public int get(int row, int col) {
        return values[geometry.index(row, col)];
    }

    public void set(int row, int col, int value) {
        values[geometry.index(row, col)] = value;
    }

    public boolean isNoData(int row, int col) {
        return get(row, col) == NO_DATA;
    }

    /** The backing array (row-major, shared, not copied). */
    public int[] values() {
        return values;
    }

    /** An independent copy. */
    public IntGrid copy() {
        return new IntGrid(geometry, values.clone());
    }

    /**
     * The same values as floats with {@link #NO_DATA} → NaN, for storage and GeoTIFF output
     * (exact for |value| ≤ 2²⁴).
     */
    public FloatGrid toFloatGrid() {
        float[] out = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i] == NO_DATA ? Float.NaN : values[i];
        }
        return new FloatGrid(geometry, out);
    }
}
