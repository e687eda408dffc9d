package org.ecocorridor.connectivity.costdistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.ecocorridor.core.grid.FloatGrid;
import org.ecocorridor.core.grid.GridGeometry;
import org.ecocorridor.core.grid.IntGrid;
import org.ecocorridor.core.progress.ProgressListener;
import org.junit.jupiter.api.Test;

class CostDistanceTest {
    private static final GridGeometry G = new GridGeometry(10, 8, 0, 800, 100, 100, 32652);

    private static FloatGrid uniform(float value) {
        float[] v = new float[G.cellCount()];
        Arrays.fill(v, value);
        return new FloatGrid(G, v);
    }

    @Test
    void uniformSurfaceGivesChamferDistanceTimesResistance() {
        CostDistanceResult result = CostDistance.compute(uniform(2), new int[] {G.index(0, 0)},
                CostDistanceOptions.defaults(), ProgressListener.NONE);

        // (3, 7): 3 diagonal + 4 orthogonal steps of 100 m at resistance 2: 2 * 100 * (3 sqrt 2 + 4).
        assertThat(result.costAt(G.index(3, 7))).isCloseTo(200 * (3 * Math.sqrt(2) + 4), within(1e-9));
        assertThat(result.backDirectionAt(G.index(0, 0))).isEqualTo(BackDirection.SOURCE);
        // (0, 5) is reached by moving east, so its back direction is west (5).
        assertThat(result.backDirectionAt(G.index(0, 5))).isEqualTo(5);
    }

    @Test
    void noDataIsImpassableAndMaxCostCutsTheSearch() {
        FloatGrid grid = uniform(1);
        for (int r = 0; r < G.rows(); r++) {
            grid.set(r, 4, Float.NaN); // a full-height wall
        }
        CostDistanceResult walled = CostDistance.compute(grid, new int[] {G.index(0, 0)},
                CostDistanceOptions.defaults(), ProgressListener.NONE);
        assertThat(walled.isReached(G.index(0, 9))).isFalse();
        assertThat(walled.accumulatedCost().get(0, 9)).isNaN();
        assertThat(walled.allocation().get(0, 9)).isEqualTo(IntGrid.NO_DATA);

        CostDistanceResult limited = CostDistance.compute(uniform(1), new int[] {G.index(0, 0)},
                CostDistanceOptions.defaults().withMaxCost(250), ProgressListener.NONE);
        // (0, 2) costs 200 <= 250, (0, 3) costs 300.
        assertThat(limited.isReached(G.index(0, 2))).isTrue();
        assertThat(limited.isReached(G.index(0, 3))).isFalse();
    }

    @Test
    void knightMayNotJumpOverNoData() {
        // Resistance 1 everywhere, NaN wall along column 1 except row 0: a knight's move (1, 2) from (5, 0)
        // to (6, 2) would pass between (5, 1) and (6, 1), both NaN.
        FloatGrid grid = uniform(1);
        for (int r = 1; r < G.rows(); r++) {
            grid.set(r, 1, Float.NaN);
        }
        CostDistanceResult result = CostDistance.compute(grid, new int[] {G.index(5, 0)},
                CostDistanceOptions.defaults().withNeighbourhood(Neighbourhood.SIXTEEN), ProgressListener.NONE);

        // The only way round is over row 0: up 5 (4 N + the diagonal onto row 0, or knight moves in column 0)...
        // whatever the route, it must pass through cell (0, 1).
        LeastCostPath path = LeastCostPaths.trace(result, G.index(6, 2)).orElseThrow();
        assertThat(path.cells()).contains(G.index(0, 1));
    }

    @Test
    void allocationGoesToTheNearestSourceAndDuplicatesKeepTheFirstId() {
        // Sources at columns 1 and 8 of row 4 on a uniform surface. The 8-neighbour cost to a cell dr rows
        // and dc columns away, sqrt2 min(dr, dc) + |dr - dc|, grows strictly with dc for a fixed dr, so
        // columns 0-4 belong to the first source and 5-9 to the second, on every row. The first source is
        // given twice, with ids 7 and 8: the first id wins.
        int a = G.index(4, 1);
        int b = G.index(4, 8);
        CostDistanceResult result = CostDistance.compute(uniform(1), new int[] {a, b, a}, new int[] {7, 9, 8},
                CostDistanceOptions.defaults(), ProgressListener.NONE);

        IntGrid allocation = result.allocation();
        for (int r = 0; r < G.rows(); r++) {
            for (int c = 0; c < G.cols(); c++) {
                int expected = Math.abs(c - 1) < Math.abs(c - 8) ? 7 : 9;
                assertThat(allocation.get(r, c)).as("cell %d,%d", r, c).isEqualTo(expected);
            }
        }
        for (int cell = 0; cell < G.cellCount(); cell++) {
            assertThat(allocation.values()[cell]).isEqualTo(result.allocationAt(cell));
        }
    }

    @Test
    void rejectsNegativeResistanceAndNoDataSources() {
        FloatGrid negative = uniform(1);
        negative.set(2, 3, -1);
        assertThatThrownBy(() -> CostDistance.compute(negative, new int[] {0}, CostDistanceOptions.defaults(),
                ProgressListener.NONE)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("(2, 3)");

        FloatGrid hole = uniform(1);
        hole.set(0, 0, Float.NaN);
        assertThatThrownBy(() -> CostDistance.compute(hole, new int[] {0}, CostDistanceOptions.defaults(),
                ProgressListener.NONE)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NoData");
        assertThatThrownBy(() -> CostDistanceOptions.defaults().withMaxCost(-3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-3");
    }

    @Test
    void stopsWhenCancelled() {
        GridGeometry big = new GridGeometry(600, 600, 0, 600, 1, 1, 0);
        float[] v = new float[big.cellCount()];
        Arrays.fill(v, 1);
        AtomicInteger reports = new AtomicInteger();
        ProgressListener cancelAfterFirstReport = new ProgressListener() {
            @Override
            public void progress(double fraction, String message) {
                reports.incrementAndGet();
            }

            @Override
            public boolean isCancelled() {
                return reports.get() > 0;
            }
        };

        assertThatThrownBy(() -> CostDistance.compute(new FloatGrid(big, v), new int[] {0},
                CostDistanceOptions.defaults(), cancelAfterFirstReport)).isInstanceOf(CancellationException.class);
    }
}
