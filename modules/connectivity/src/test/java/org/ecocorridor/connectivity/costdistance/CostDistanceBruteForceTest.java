package org.ecocorridor.connectivity.costdistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.ecocorridor.core.grid.FloatGrid;
import org.ecocorridor.core.grid.GridGeometry;
import org.ecocorridor.core.progress.ProgressListener;
import org.junit.jupiter.api.Test;

/**
 * Compares the Dijkstra search with Bellman–Ford relaxation over an explicit edge list built here from
 * the written specification (step cost = mean of touched cells x step length), on random small grids
 * with NoData holes, non-square cells, several sources, 8 and 16 neighbours.
 */
class CostDistanceBruteForceTest {

    /** Edge u -> v with its cost. */
    private record Edge(int from, int to, double cost) {
    }

    private static List<Edge> edges(GridGeometry g, float[] r, boolean sixteen, boolean cells) {
        int[][] queen = {{0, 1}, {1, 1}, {1, 0}, {1, -1}, {0, -1}, {-1, -1}, {-1, 0}, {-1, 1}};
        int[][] knight = {{1, 2}, {2, 1}, {2, -1}, {1, -2}, {-1, -2}, {-2, -1}, {-2, 1}, {-1, 2}};
        List<Edge> out = new ArrayList<>();
        for (int row = 0; row < g.rows(); row++) {
            for (int col = 0; col < g.cols(); col++) {
                int u = g.index(row, col);
                if (Float.isNaN(r[u])) {
                    continue;
                }
                for (int[] d : queen) {
                    int rr = row + d[0];
                    int cc = col + d[1];
                    if (!g.contains(rr, cc) || Float.isNaN(r[g.index(rr, cc)])) {
                        continue;
                    }
                    double len = length(g, d, cells);
                    out.add(new Edge(u, g.index(rr, cc), (r[u] + (double) r[g.index(rr, cc)]) / 2 * len));
                }
                if (sixteen) {
                    for (int[] d : knight) {
                        int rr = row + d[0];
                        int cc = col + d[1];
                        if (!g.contains(rr, cc) || Float.isNaN(r[g.index(rr, cc)])) {
                            continue;
                        }
                        // The segment between the two centres crosses these two cells.
                        int[] m1 = Math.abs(d[0]) == 2 ? new int[] {row + d[0] / 2, col} : new int[] {row, col + d[1] / 2};
                        int[] m2 = Math.abs(d[0]) == 2 ? new int[] {row + d[0] / 2, col + d[1]}
                                : new int[] {row + d[0], col + d[1] / 2};
                        float a = r[g.index(m1[0], m1[1])];
                        float b = r[g.index(m2[0], m2[1])];
                        if (Float.isNaN(a) || Float.isNaN(b)) {
                            continue;
                        }
                        double mean = ((double) r[u] + r[g.index(rr, cc)] + a + b) / 4;
                        out.add(new Edge(u, g.index(rr, cc), mean * length(g, d, cells)));
                    }
                }
            }
        }
        return out;
    }

    private static double length(GridGeometry g, int[] d, boolean cells) {
        double len = Math.sqrt(Math.pow(d[1] * g.cellWidth(), 2) + Math.pow(d[0] * g.cellHeight(), 2));
        return cells ? len / g.cellWidth() : len;
    }

    private static double[] bellmanFord(int n, List<Edge> edges, int[] sources) {
        double[] dist = new double[n];
        Arrays.fill(dist, Double.POSITIVE_INFINITY);
        for (int s : sources) {
            dist[s] = 0;
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Edge e : edges) {
                double nd = dist[e.from()] + e.cost();
                if (nd < dist[e.to()] - 1e-12) {
                    dist[e.to()] = nd;
                    changed = true;
                }
            }
        }
        return dist;
    }

    @Test
    void matchesBellmanFordOnRandomGrids() {
        Random random = new Random(20261121);
        for (int trial = 0; trial < 60; trial++) {
            int cols = 3 + random.nextInt(12);
            int rows = 3 + random.nextInt(12);
            double cw = 10 + random.nextInt(3) * 10;
            double ch = trial % 3 == 0 ? cw * 1.5 : cw;
            GridGeometry g = new GridGeometry(cols, rows, 0, rows * ch, cw, ch, 0);
            float[] r = new float[g.cellCount()];
            for (int i = 0; i < r.length; i++) {
                r[i] = random.nextDouble() < 0.15 ? Float.NaN : 1 + random.nextInt(100) / 4f;
            }
            int[] sources = pickSources(random, r, 1 + random.nextInt(3));
            if (sources.length == 0) {
                continue;
            }
            boolean sixteen = trial % 2 == 1;
            boolean cells = trial % 4 >= 2;
            CostDistanceOptions options = CostDistanceOptions.defaults()
                    .withNeighbourhood(sixteen ? Neighbourhood.SIXTEEN : Neighbourhood.EIGHT)
                    .withUnits(cells ? CostUnits.CELLS : CostUnits.MAP);
            int[] ids = new int[sources.length];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = 100 + i;
            }

            CostDistanceResult result = CostDistance.compute(new FloatGrid(g, r), sources, ids, options,
                    ProgressListener.NONE);

            List<Edge> edges = edges(g, r, sixteen, cells);
            double[] expected = bellmanFord(g.cellCount(), edges, sources);
            double[][] perSource = new double[sources.length][];
            for (int s = 0; s < sources.length; s++) {
                perSource[s] = bellmanFord(g.cellCount(), edges, new int[] {sources[s]});
            }
            assertThat(result.reachedCount()).isEqualTo((int) java.util.Arrays.stream(expected)
                    .filter(d -> d < Double.POSITIVE_INFINITY).count());
            for (int i = 0; i < g.cellCount(); i++) {
                if (Double.isInfinite(expected[i])) {
                    assertThat(result.isReached(i)).as("trial %d cell %d", trial, i).isFalse();
                    continue;
                }
                assertThat(result.costAt(i)).as("trial %d cell %d", trial, i)
                        .isCloseTo(expected[i], within(1e-9 * (1 + expected[i])));
                // Allocation names a source whose own distance to the cell is the minimum.
                int allocated = result.allocationAt(i) - 100;
                assertThat(perSource[allocated][i]).isCloseTo(expected[i], within(1e-9 * (1 + expected[i])));
            }
        }
    }

    /**
     * Costs that agree to float precision and zero-resistance cells: the queue orders cells by float keys,
     * so the search must correct labels to stay exact.
     */
    @Test
    void staysExactWhenCostsTieToFloatPrecision() {
        Random random = new Random(77);
        for (int trial = 0; trial < 20; trial++) {
            GridGeometry g = new GridGeometry(12, 11, 0, 11, 1, 1, 0);
            float[] r = new float[g.cellCount()];
            for (int i = 0; i < r.length; i++) {
                double u = random.nextDouble();
                r[i] = u < 0.2 ? 0f : u < 0.25 ? Float.NaN : (float) (1000 + random.nextInt(3) * 1e-4);
            }
            int[] sources = pickSources(random, r, 2);
            if (sources.length == 0) {
                continue;
            }
            boolean sixteen = trial % 2 == 0;
            CostDistanceResult result = CostDistance.compute(new FloatGrid(g, r), sources,
                    CostDistanceOptions.defaults().withNeighbourhood(sixteen ? Neighbourhood.SIXTEEN : Neighbourhood.EIGHT),
                    ProgressListener.NONE);
            double[] expected = bellmanFord(g.cellCount(), edges(g, r, sixteen, false), sources);
            assertThat(result.reachedCount()).isEqualTo((int) java.util.Arrays.stream(expected)
                    .filter(d -> d < Double.POSITIVE_INFINITY).count());
            for (int i = 0; i < g.cellCount(); i++) {
                if (Double.isInfinite(expected[i])) {
                    assertThat(result.isReached(i)).isFalse();
                } else {
                    assertThat(result.costAt(i)).as("trial %d cell %d", trial, i)
                            .isCloseTo(expected[i], within(1e-9 * (1 + expected[i])));
                }
            }
        }
    }

    private static int[] pickSources(Random random, float[] r, int count) {
        return random.ints(count * 4L, 0, r.length).filter(i -> !Float.isNaN(r[i])).distinct().limit(count).toArray();
    }

    @Test
    void backDirectionsChainStepCostsToTheSource() {
        Random random = new Random(5);
        GridGeometry g = new GridGeometry(15, 12, 0, 1200, 100, 100, 32652);
        float[] r = new float[g.cellCount()];
        for (int i = 0; i < r.length; i++) {
            r[i] = random.nextDouble() < 0.1 ? Float.NaN : 1 + random.nextInt(20);
        }
        int[] sources = pickSources(random, r, 2);
        for (Neighbourhood nb : Neighbourhood.values()) {
            CostDistanceResult result = CostDistance.compute(new FloatGrid(g, r), sources,
                    CostDistanceOptions.defaults().withNeighbourhood(nb), ProgressListener.NONE);
            List<Edge> edges = edges(g, r, nb == Neighbourhood.SIXTEEN, false);
            for (int v = 0; v < g.cellCount(); v++) {
                int u = result.predecessorOf(v);
                if (u < 0) {
                    continue;
                }
                final int from = u;
                final int to = v;
                double step = edges.stream().filter(e -> e.from() == from && e.to() == to)
                        .mapToDouble(Edge::cost).findFirst().orElseThrow();
                assertThat(result.costAt(v)).isCloseTo(result.costAt(u) + step, within(1e-9 * result.costAt(v)));
                assertThat(result.allocationAt(v)).isEqualTo(result.allocationAt(u));
            }
        }
    }
}
