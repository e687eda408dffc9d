package org.ecocorridor.connectivity.costdistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.ecocorridor.core.grid.FloatGrid;
import org.ecocorridor.core.grid.GridGeometry;
import org.ecocorridor.core.progress.ProgressListener;
import org.junit.jupiter.api.Test;

/** The two queues of the search: bucket order, when each is chosen, and the heap path kept exact. */
class CellQueueTest {

    private static List<Integer> drain(CellQueue queue) {
        List<Integer> out = new ArrayList<>();
        while (!queue.isEmpty()) {
            out.add(queue.pop());
        }
        return out;
    }

    @Test
    void bucketQueuePopsBucketsInOrderAndEachInInsertionOrder() {
        // Width 10 (the cheapest step), dearest step 40: buckets 0-9, 10-19, ...; 4 + 3 = 7 needed, 8 made.
        BucketQueue queue = BucketQueue.forSteps(10, 40);
        queue.push(1, 0);
        assertThat(queue.pop()).isEqualTo(1);
        // While bucket 0 is drained, costs up to 0 + 40 may come in: 35 -> bucket 3, 12 and 19.5 -> bucket 1.
        queue.push(2, 35);
        queue.push(3, 19.5);
        queue.push(4, 12);
        queue.push(5, 40);
        assertThat(drain(queue)).containsExactly(3, 4, 2, 5);
    }

    @Test
    void bucketQueueWrapsRoundItsCircularArray() {
        BucketQueue queue = BucketQueue.forSteps(1, 2); // 2 + 3 = 5 buckets needed, 8 made
        List<Integer> popped = new ArrayList<>();
        queue.push(0, 0);
        // Each popped cell k queues cell k + 1 at cost k + 1.5: 100 buckets, the array turns round 12 times.
        for (int k = 0; k < 100; k++) {
            int cell = queue.pop();
            popped.add(cell);
            queue.push(cell + 1, cell + 1.5);
        }
        assertThat(popped).isEqualTo(IntStream.range(0, 100).boxed().toList());
    }

    @Test
    void bucketQueueIsRefusedForZeroOrVeryUnequalSteps() {
        assertThat(BucketQueue.forSteps(0, 10)).isNull();
        assertThat(BucketQueue.forSteps(1e-3, 1e3)).isNull(); // a million buckets
        assertThat(BucketQueue.forSteps(1, 20_000)).isNull(); // over the 16,384 cap
        assertThat(BucketQueue.forSteps(1, 16_000)).isNotNull(); // 16,003 buckets needed, 16,384 made
    }

    @Test
    void heapPathOnAWideResistanceRangeMatchesBellmanFord() {
        // Resistances 1e-3 and 1e3: the dearest step is 1e6 sqrt 2 times the cheapest, too many buckets,
        // so the search uses the heap. Expected costs: Bellman-Ford relaxation of the 8 queen's moves,
        // step = (r_u + r_v) / 2 x (1 or sqrt 2) in cell units, until nothing changes.
        GridGeometry g = new GridGeometry(40, 30, 0, 30, 1, 1, 0);
        Random random = new Random(3);
        float[] r = new float[g.cellCount()];
        for (int i = 0; i < r.length; i++) {
            double u = random.nextDouble();
            r[i] = u < 0.1 ? Float.NaN : u < 0.5 ? 1e-3f : 1e3f;
        }
        int source = g.index(15, 20);
        r[source] = 1;
        StepTable steps = new StepTable(g, Neighbourhood.EIGHT, CostUnits.CELLS);
        assertThat(BucketQueue.forSteps(steps.cheapestStep(1e-3f), steps.dearestStep(1e3f))).isNull();

        CostDistanceResult result = CostDistance.compute(new FloatGrid(g, r), new int[] {source},
                CostDistanceOptions.defaults().withUnits(CostUnits.CELLS), ProgressListener.NONE);

        double[] expected = new double[g.cellCount()];
        Arrays.fill(expected, Double.POSITIVE_INFINITY);
        expected[source] = 0;
        for (boolean changed = true; changed; ) {
            changed = false;
            for (int row = 0; row < g.rows(); row++) {
                for (int col = 0; col < g.cols(); col++) {
                    int u = g.index(row, col);
                    for (int dr = -1; dr <= 1; dr++) {
                        for (int dc = -1; dc <= 1; dc++) {
                            if ((dr != 0 || dc != 0) && g.contains(row + dr, col + dc)) {
                                int v = g.index(row + dr, col + dc);
                                double nd = expected[u] + ((double) r[u] + r[v]) / 2 * Math.hypot(dr, dc);
                                if (nd < expected[v] - 1e-12) { // NaN resistances never pass
                                    expected[v] = nd;
                                    changed = true;
                                }
                            }
                        }
                    }
                }
            }
        }
        for (int i = 0; i < g.cellCount(); i++) {
            if (Double.isInfinite(expected[i])) {
                assertThat(result.isReached(i)).as("cell %d", i).isFalse();
            } else {
                assertThat(result.costAt(i)).as("cell %d", i).isCloseTo(expected[i], within(1e-9 * (1 + expected[i])));
            }
        }
    }
}
