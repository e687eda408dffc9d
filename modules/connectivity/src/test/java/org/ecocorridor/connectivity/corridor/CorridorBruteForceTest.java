package org.ecocorridor.connectivity.corridor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.ecocorridor.connectivity.costdistance.CostDistance;
import org.ecocorridor.connectivity.costdistance.CostDistanceOptions;
import org.ecocorridor.connectivity.costdistance.LeastCostPath;
import org.ecocorridor.core.grid.FloatGrid;
import org.ecocorridor.core.grid.GridGeometry;
import org.ecocorridor.core.progress.ProgressListener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the corridor pipeline on random landscapes against all-pairs shortest paths computed here with
 * Floyd–Warshall on the 8-neighbour graph (step cost = mean resistance x step length), and checks the
 * NLCC identities: NLCC = 0 on every least-cost-path cell and the minimum NLCC of a link is 0.
 */
class CorridorBruteForceTest {
    private static final ExecutorService POOL = Executors.newFixedThreadPool(2);

    @AfterAll
    static void shutdown() {
        POOL.shutdownNow();
    }

    private static double[][] floyd(GridGeometry g, float[] r) {
        int n = g.cellCount();
        double[][] d = new double[n][n];
        for (double[] row : d) {
            Arrays.fill(row, Double.POSITIVE_INFINITY);
        }
        for (int u = 0; u < n; u++) {
            if (Float.isNaN(r[u])) {
                continue;
            }
            d[u][u] = 0;
            int row = g.rowOfIndex(u);
            int col = g.colOfIndex(u);
            for (int dr = -1; dr <= 1; dr++) {
                for (int dc = -1; dc <= 1; dc++) {
                    if ((dr != 0 || dc != 0) && g.contains(row + dr, col + dc)) {
                        int v = g.index(row + dr, col + dc);
                        if (!Float.isNaN(r[v])) {
                            double len = Math.hypot(dr * g.cellHeight(), dc * g.cellWidth());
                            d[u][v] = (r[u] + (double) r[v]) / 2 * len;
                        }
                    }
                }
            }
        }
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < n; i++) {
                if (d[i][k] == Double.POSITIVE_INFINITY) {
                    continue;
                }
                for (int j = 0; j < n; j++) {
                    double via = d[i][k] + d[k][j];
                    if (via < d[i][j]) {
                        d[i][j] = via;
                    }
                }
            }
        }
        return d;
    }

    private static Landscape random(Random random) {
        Landscape l = new Landscape(16, 13, 50, 1);
        for (int i = 0; i < l.resistance.length; i++) {
            l.resistance[i] = random.nextDouble() < 0.08 ? Float.NaN : 1 + random.nextInt(40);
        }
        l.core(1, 1, 2, 1, 2).core(2, 9, 11, 3, 4).core(3, 2, 4, 12, 14);
        for (int id = 1; id <= 3; id++) {
            for (int c : l.cellsOf(id)) {
                l.resistance[c] = 1; // cores passable
            }
        }
        return l;
    }

    /** Minimum distance from any cell of the core to each cell. */
    private static double[] fromCore(double[][] d, List<Integer> cells) {
        double[] out = new double[d.length];
        Arrays.fill(out, Double.POSITIVE_INFINITY);
        for (int s : cells) {
            for (int v = 0; v < d.length; v++) {
                out[v] = Math.min(out[v], d[s][v]);
            }
        }
        return out;
    }

    @Test
    void linkDistancesAndMosaicMatchFloydWarshall() {
        Random random = new Random(99);
        for (int trial = 0; trial < 6; trial++) {
            Landscape l = random(random);
            CorridorNetwork net = new CorridorNetworkBuilder(POOL).build(l.resistanceGrid(), l.coreAreas(),
                    CorridorOptions.defaults(Double.POSITIVE_INFINITY)
                            .withAdjacency(AdjacencyMethod.COST_WEIGHTED_AND_EUCLIDEAN)
                            .withDropLinksThroughIntermediateCores(false),
                    ProgressListener.NONE);

            double[][] d = floyd(l.grid, l.resistance);
            double[][] cwd = new double[4][];
            for (int id = 1; id <= 3; id++) {
                cwd[id] = fromCore(d, l.cellsOf(id));
            }
            for (CorridorLink link : net.links()) {
                double expected = l.cellsOf(link.coreB()).stream().mapToDouble(b -> cwd[link.coreA()][b]).min().orElseThrow();
                if (Double.isInfinite(expected)) {
                    assertThat(link.droppedCode()).isEqualTo(-12);
                    continue;
                }
                assertThat(link.costWeightedDistance()).as("trial %d link %s", trial, link)
                        .isCloseTo(expected, within(1e-9 * expected));
            }
            // Mosaic = min over kept links of CWD_A + CWD_B - LCD. The pipeline stores CWDs as floats (relative
            // rounding 2^-24 = 6e-8 each) and the mosaic as float: allow 3e-7 of the magnitudes involved.
            FloatGrid mosaic = net.mosaic();
            for (int cell = 0; cell < l.grid.cellCount(); cell++) {
                double min = Double.POSITIVE_INFINITY;
                double scale = 0;
                for (CorridorLink link : net.links()) {
                    double v = cwd[link.coreA()][cell] + cwd[link.coreB()][cell] - link.costWeightedDistance();
                    if (link.isKept() && v < min) {
                        min = v;
                        scale = cwd[link.coreA()][cell] + cwd[link.coreB()][cell] + link.costWeightedDistance();
                    }
                }
                if (Double.isInfinite(min)) {
                    assertThat(mosaic.values()[cell]).isNaN();
                } else {
                    assertThat((double) mosaic.values()[cell]).as("trial %d cell %d", trial, cell)
                            .isCloseTo(min, within(3e-7 * scale));
                }
            }
        }
    }

    @Test
    void nlccIsZeroAlongTheLeastCostPathAndItsMinimumIsZero() {
        Random random = new Random(5);
        for (int trial = 0; trial < 6; trial++) {
            Landscape l = random(random);
            CorridorNetwork net = new CorridorNetworkBuilder(Runnable::run).build(l.resistanceGrid(), l.coreAreas(),
                    CorridorOptions.defaults(Double.POSITIVE_INFINITY).withDropLinksThroughIntermediateCores(false),
                    ProgressListener.NONE);
            for (LinkPath lp : net.leastCostPaths()) {
                CorridorLink link = net.links().get(lp.linkId() - 1);
                FloatGrid a = cwd(l, link.coreA());
                FloatGrid b = cwd(l, link.coreB());
                FloatGrid nlcc = Nlcc.compute(a, b);
                float min = Float.POSITIVE_INFINITY;
                for (float v : nlcc.values()) {
                    min = Math.min(min, Float.isNaN(v) ? min : v);
                }
                assertThat(min).isEqualTo(0f);
                LeastCostPath path = lp.path();
                // Float CWDs of about 10^3: rounding of a few ulps (6e-8 relative).
                for (int cell : path.cells()) {
                    assertThat(nlcc.values()[cell]).isCloseTo(0f, within((float) (1e-6 * link.costWeightedDistance())));
                }
                // And the normalising constant equals the double LCD within float rounding.
                assertThat(Nlcc.normalisation(a.values(), b.values()))
                        .isCloseTo(link.costWeightedDistance(), within(1e-6 * link.costWeightedDistance()));
            }
        }
    }

    private static FloatGrid cwd(Landscape l, int core) {
        int[] cells = l.cellsOf(core).stream().mapToInt(Integer::intValue).toArray();
        return CostDistance.compute(l.resistanceGrid(), cells, CostDistanceOptions.defaults(), ProgressListener.NONE)
                .accumulatedCost();
    }

    @Test
    void resultsDoNotDependOnTheExecutor() {
        Landscape l = random(new Random(17));
        CorridorOptions options = CorridorOptions.defaults(300).withAdjacency(AdjacencyMethod.COST_WEIGHTED_AND_EUCLIDEAN);

        CorridorNetwork serial = new CorridorNetworkBuilder(Runnable::run).build(l.resistanceGrid(), l.coreAreas(),
                options, ProgressListener.NONE);
        CorridorNetwork parallel = new CorridorNetworkBuilder(POOL).build(l.resistanceGrid(), l.coreAreas(), options,
                ProgressListener.NONE);

        assertThat(parallel.links()).isEqualTo(serial.links());
        assertThat(parallel.leastCostPaths()).isEqualTo(serial.leastCostPaths());
        assertThat(parallel.corridors()).hasSameSizeAs(serial.corridors());
        for (int i = 0; i < serial.corridors().size(); i++) {
            assertThat(parallel.corridors().get(i).geometry().equalsExact(serial.corridors().get(i).geometry())).isTrue();
        }
        assertThat(parallel.mosaic().values()).containsExactly(serial.mosaic().values());
    }
}
