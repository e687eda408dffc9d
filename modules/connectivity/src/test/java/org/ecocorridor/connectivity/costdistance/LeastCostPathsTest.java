package org.ecocorridor.connectivity.costdistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.ecocorridor.core.grid.FloatGrid;
import org.ecocorridor.core.grid.GridGeometry;
import org.ecocorridor.core.progress.ProgressListener;
import org.locationtech.jts.geom.Coordinate;
import org.junit.jupiter.api.Test;

class LeastCostPathsTest {
    /** 12 x 9 cells of 50 m, UTM 52N. */
    private static final GridGeometry G = new GridGeometry(12, 9, 600000, 4800450, 50, 50, 32652);

    private static FloatGrid uniform(float value) {
        float[] v = new float[G.cellCount()];
        Arrays.fill(v, value);
        return new FloatGrid(G, v);
    }

    @Test
    void straightPathOnAUniformSurface() {
        LeastCostPath path = LeastCostPaths.between(uniform(3), new int[] {G.index(4, 1)}, new int[] {G.index(4, 9)},
                CostDistanceOptions.defaults(), ProgressListener.NONE).orElseThrow();

        // 8 steps east of 50 m at resistance 3: cost 8 * 50 * 3 = 1200, length 400 m.
        assertThat(path.cost()).isCloseTo(1200, within(1e-9));
        assertThat(path.lengthMetres()).isCloseTo(400, within(1e-9));
        assertThat(path.cellCount()).isEqualTo(9);
        // Two vertices only: the centres of (4, 1) and (4, 9).
        assertThat(path.line().getCoordinates()).containsExactly(
                new Coordinate(600075, 4800225), new Coordinate(600475, 4800225));
        assertThat(path.line().getSRID()).isEqualTo(32652);
        assertThat(path.line().getLength()).isCloseTo(path.lengthMetres(), within(1e-9));
    }

    @Test
    void pathGoesRoundABarrierAndItsCostIsTheSumOfItsSteps() {
        FloatGrid grid = uniform(1);
        for (int r = 0; r < 7; r++) {
            grid.set(r, 6, Float.NaN); // wall in column 6 from the top, open at rows 7-8
        }
        grid.set(8, 3, 50); // an expensive cell to avoid

        LeastCostPath path = LeastCostPaths.between(grid, new int[] {G.index(1, 2)}, new int[] {G.index(1, 10)},
                CostDistanceOptions.defaults(), ProgressListener.NONE).orElseThrow();

        int[] cells = path.cells();
        double sum = 0;
        double length = 0;
        for (int i = 1; i < cells.length; i++) {
            int a = cells[i - 1];
            int b = cells[i];
            assertThat(grid.values()[b]).isNotNaN();
            double step = Math.hypot(50.0 * (G.colOfIndex(b) - G.colOfIndex(a)), 50.0 * (G.rowOfIndex(b) - G.rowOfIndex(a)));
            sum += (grid.values()[a] + grid.values()[b]) / 2 * step;
            length += step;
        }
        assertThat(path.cost()).isCloseTo(sum, within(1e-9));
        assertThat(path.lengthMetres()).isCloseTo(length, within(1e-9));
        // Must pass the gap below the wall: a cell of column 6 in row 7 or 8.
        assertThat(Arrays.stream(cells).anyMatch(c -> G.colOfIndex(c) == 6 && G.rowOfIndex(c) >= 7)).isTrue();
        assertThat(cells).doesNotContain(G.index(8, 3));
    }

    @Test
    void unreachableTargetGivesNoPath() {
        FloatGrid grid = uniform(1);
        for (int r = 0; r < G.rows(); r++) {
            grid.set(r, 6, Float.NaN);
        }

        assertThat(LeastCostPaths.between(grid, new int[] {G.index(1, 2)}, new int[] {G.index(1, 10)},
                CostDistanceOptions.defaults(), ProgressListener.NONE)).isEmpty();
    }
}
