package org.ecocorridor.connectivity.costdistance;

import java.util.Arrays;
import org.ecocorridor.core.grid.GridGeometry;

/**
 * The working layout of a {@link CostDistance} search: the grid with a border of {@code margin}
 * impassable (NaN) cells on every side, row-major with {@code stride = cols + 2 margin}. Every move
 * from an inside cell then lands in the array (on a border cell at worst, which the NaN resistance
 * refuses), so the search needs no row or column bounds checks. Cell (row, col) has index
 * (row + margin) × stride + col + margin.
 *
 * <p>Immutable.
 */
final class PaddedLayout {
    final int rows;
    final int cols;
    final int margin;
    final int stride;

    PaddedLayout(GridGeometry g, int margin) {
        this.rows = g.rows();
        this.cols = g.cols();
        this.margin = margin;
        this.stride = cols + 2 * margin;
        if ((long) stride * (rows + 2L * margin) > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("Grid too large for cost distance: " + cols + " x " + rows
                    + " cells with a border of " + margin + " must stay under 2^31 cells");
        }
    }

    /** Number of cells of the padded array. */
    int size() {
        return stride * (rows + 2 * margin);
    }

    /** The padded index of a row-major cell index. */
    int indexOf(int cell) {
        int row = cell / cols;
        return (row + margin) * stride + margin + (cell - row * cols);
    }

    /** A padded copy of row-major values, NaN in the border. */
    float[] pad(float[] values) {
        float[] out = new float[size()];
        Arrays.fill(out, 0, margin * stride + margin, Float.NaN);
        for (int row = 0; row < rows; row++) {
            int start = (row + margin) * stride + margin;
            System.arraycopy(values, row * cols, out, start, cols);
            // The right margin of this row and the left margin of the next are contiguous.
            Arrays.fill(out, start + cols, start + cols + 2 * margin, Float.NaN);
        }
        Arrays.fill(out, (rows + margin) * stride, out.length, Float.NaN);
        return out;
    }

    /**
     * Moves the inside cells of a padded array to its first rows × cols entries, row-major (in place:
     * each row moves towards the start, so it never overwrites a row still to move).
     */
    void unpadInPlace(Object paddedArray) {
        for (int row = 0; row < rows; row++) {
            System.arraycopy(paddedArray, (row + margin) * stride + margin, paddedArray, row * cols, cols);
        }
    }
}
