package org.ecocorridor.connectivity.costdistance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.ecocorridor.core.grid.FloatGrid;
import org.ecocorridor.core.grid.GridGeometry;
import org.ecocorridor.core.progress.ProgressListener;
import org.junit.jupiter.api.Test;

/**
 * {@link BucketSearch} (the 8-neighbour loop that drains the bucket queue itself) against the generic
 * loop over {@link CellQueue#pop()}: both must expand the cells in the same order, so that even the
 * back directions of tied cells, which depend on that order, are the same. Costs alone are checked
 * against Bellman–Ford in {@link CostDistanceBruteForceTest}, which runs through the fast path too.
 */
class BucketSearchTest {

    @Test
    void fastPathGivesTheGenericLoopsCostsAndBackDirectionsBitForBit() {
        // Integer resistances 1-5 make many exact ties (two predecessors offering the same sum), where
        // the back direction is whichever was expanded first; NoData holes, several sources, both units,
        // with and without a maximum cost. 150 x 120 cells put thousands of cells in some buckets, so
        // the bucket arrays grow while being filled.
        Random random = new Random(11);
        for (int round = 0; round < 6; round++) {
            GridGeometry g = new GridGeometry(150, 120, 0, 3600, 30, 25, 32652);
            float[] r = new float[g.cellCount()];
            for (int i = 0; i < r.length; i++) {
                r[i] = random.nextDouble() < 0.05 ? Float.NaN : 1 + random.nextInt(5);
            }
            int[] sources = new int[1 + round % 3];
            for (int k = 0; k < sources.length; k++) {
                sources[k] = g.index(random.nextInt(g.rows()), random.nextInt(g.cols()));
                r[sources[k]] = 1;
            }
            CostDistanceOptions options = CostDistanceOptions.defaults()
                    .withUnits(round % 2 == 0 ? CostUnits.CELLS : CostUnits.MAP)
                    .withMaxCost(round == 5 ? 3000 : Double.POSITIVE_INFINITY);
            StepTable steps = new StepTable(g, options.neighbourhood(), options.units());
            assertThat(BucketQueue.forSteps(steps.cheapestStep(1), steps.dearestStep(5))).isNotNull();

            FloatGrid grid = new FloatGrid(g, r);
            CostDistanceResult fast = CostDistance.compute(grid, sources, sources, options, ProgressListener.NONE,
                    true);
            CostDistanceResult generic = CostDistance.compute(grid, sources, sources, options, ProgressListener.NONE,
                    false);

            assertThat(fast.reachedCount()).isEqualTo(generic.reachedCount());
            int ties = 0;
            for (int cell = 0; cell < g.cellCount(); cell++) {
                assertThat(Double.doubleToRawLongBits(fast.costAt(cell)))
                        .as("cost bits of cell %d, round %d", cell, round)
                        .isEqualTo(Double.doubleToRawLongBits(generic.costAt(cell)));
                assertThat(fast.backDirectionAt(cell)).as("back direction of cell %d, round %d", cell, round)
                        .isEqualTo(generic.backDirectionAt(cell));
                ties += tiedPredecessors(g, r, steps, fast, cell) > 1 ? 1 : 0;
            }
            // The comparison would be weak without ties: there are hundreds on every round.
            assertThat(ties).as("cells with two or more tied predecessors, round %d", round).isGreaterThan(100);
        }
    }

    /** Neighbours from which the search's own step sum lands exactly on the cell's cost. */
    private static int tiedPredecessors(GridGeometry g, float[] r, StepTable steps, CostDistanceResult result,
            int cell) {
        if (result.backDirectionAt(cell) <= 0) {
            return 0;
        }
        int row = g.rowOfIndex(cell);
        int col = g.colOfIndex(cell);
        int count = 0;
        for (int k = 0; k < 8; k++) {
            int code = k + 1;
            int rr = row + BackDirection.rowOffset(code);
            int cc = col + BackDirection.colOffset(code);
            if (!g.contains(rr, cc) || !result.isReached(g.index(rr, cc))) {
                continue;
            }
            int u = g.index(rr, cc);
            // The step from u to cell has the same length as the move k (moves are symmetric).
            double sum = result.costAt(u) + ((double) r[u] + r[cell]) * steps.factor[k];
            count += sum == result.costAt(cell) ? 1 : 0;
        }
        return count;
    }
}
