package org.ecocorridor.connectivity.corridor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ecocorridor.core.grid.FloatGrid;
import org.ecocorridor.core.grid.GridGeometry;
import org.ecocorridor.core.grid.IntGrid;

/** Hand-built test landscapes: a resistance grid and rectangular cores given in cells. */
final class Landscape {
    final GridGeometry grid;
    final float[] resistance;
    final int[] cores;

    Landscape(int cols, int rows, double cellSize, float resistance) {
        this.grid = new GridGeometry(cols, rows, 500000, 4700000, cellSize, cellSize, 32652);
        this.resistance = new float[grid.cellCount()];
        Arrays.fill(this.resistance, resistance);
        this.cores = new int[grid.cellCount()];
    }

    /** Core {@code id} on rows r0..r1 and columns c0..c1 (inclusive). */
    Landscape core(int id, int r0, int r1, int c0, int c1) {
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                cores[grid.index(r, c)] = id;
            }
        }
        return this;
    }

    Landscape resistance(int row, int col, float value) {
        resistance[grid.index(row, col)] = value;
        return this;
    }

    FloatGrid resistanceGrid() {
        return new FloatGrid(grid, resistance.clone());
    }

    CoreAreas coreAreas() {
        return CoreAreas.fromRaster(new IntGrid(grid, cores.clone()));
    }

    /** Cells of a core. */
    List<Integer> cellsOf(int id) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < cores.length; i++) {
            if (cores[i] == id) {
                out.add(i);
            }
        }
        return out;
    }
}
