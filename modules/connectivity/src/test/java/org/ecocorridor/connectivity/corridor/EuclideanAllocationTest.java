package org.ecocorridor.connectivity.corridor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.ecocorridor.core.grid.GridGeometry;
import org.ecocorridor.core.grid.IntGrid;
import org.junit.jupiter.api.Test;

class EuclideanAllocationTest {

    /** Brute force: the allocated feature is at the minimum centre-to-centre distance (ties allowed). */
    @Test
    void allocatesEveryCellToANearestFeatureOnRandomAnisotropicGrids() {
        Random random = new Random(12);
        for (int trial = 0; trial < 40; trial++) {
            int cols = 1 + random.nextInt(25);
            int rows = 1 + random.nextInt(25);
            double w = 10 + random.nextInt(30);
            double h = trial % 2 == 0 ? w : 10 + random.nextInt(30);
            GridGeometry g = new GridGeometry(cols, rows, 0, rows * h, w, h, 0);
            int[] ids = new int[g.cellCount()];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = random.nextDouble() < 0.05 ? 1 + random.nextInt(5) : 0;
            }

            IntGrid out = EuclideanAllocation.allocate(new IntGrid(g, ids));

            for (int cell = 0; cell < ids.length; cell++) {
                double best = Double.POSITIVE_INFINITY;
                double bestOfAllocated = Double.POSITIVE_INFINITY;
                for (int f = 0; f < ids.length; f++) {
                    if (ids[f] == 0) {
                        continue;
                    }
                    double d = Math.hypot((g.colOfIndex(f) - g.colOfIndex(cell)) * w, (g.rowOfIndex(f) - g.rowOfIndex(cell)) * h);
                    best = Math.min(best, d);
                    if (ids[f] == out.values()[cell]) {
                        bestOfAllocated = Math.min(bestOfAllocated, d);
                    }
                }
                if (best == Double.POSITIVE_INFINITY) {
                    assertThat(out.values()[cell]).isEqualTo(IntGrid.NO_DATA);
                } else {
                    assertThat(bestOfAllocated).as("trial %d cell %d", trial, cell).isEqualTo(best);
                }
            }
        }
    }
}
