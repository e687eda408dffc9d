package org.ecocorridor.connectivity.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.ecocorridor.core.progress.ProgressListener;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/**
 * Checks the fast removal evaluation against brute force on random graphs: for each removed patch
 * or link, a fresh Floyd–Warshall that maximises products of probabilities directly (no logarithms,
 * no Dijkstra, no shortcut), and PC recomputed from scratch. Random real-valued distances make
 * maximum-product paths unique, so betweenness can be checked as "k lies on the path of (i, j) when
 * p*_ik p*_kj = p*_ij".
 */
class BruteForceRemovalTest {
    private static final double TOL = 1e-9;

    /**
     * Odd repetitions draw real-valued distances (unique best paths); even ones draw 0, 1, 2 or 3 km,
     * which creates many tied paths and zero-length links (betweenness is then not checked, the
     * brute-force rule assumes unique paths).
     */
    @RepeatedTest(12)
    void dPcEqualsRelativePcDropWhenEachPatchOrLinkIsRemoved(RepetitionInfo info) {
        boolean ties = info.getCurrentRepetition() % 2 == 0;
        Random random = new Random(20_240_000L + info.getCurrentRepetition());
        int n = 5 + random.nextInt(8);
        List<Patch> patches = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            patches.add(new Patch(String.format("P%02d", i), 1 + 99 * random.nextDouble()));
        }
        List<PatchLink> links = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (random.nextDouble() < 0.35) {
                    double d = ties ? 1000 * random.nextInt(4) : 200 + 4000 * random.nextDouble();
                    links.add(new PatchLink(patches.get(i).id(), patches.get(j).id(), d));
                }
            }
        }
        DispersalKernel kernel = DispersalKernel.fromMedianDispersal(1500);
        PatchGraph graph = PatchGraph.of(patches, links);
        ConnectivityResult r = PatchGraphAnalysis.analyse(graph, new ConnectivityOptions(kernel, 5000),
                ProgressListener.NONE);

        double[] a = patches.stream().mapToDouble(Patch::attribute).toArray();
        double[][] full = maxProduct(n, links, kernel, -1, null);
        double pcNum = pcNumerator(a, full, -1);
        double iicNum = iicNumerator(a, hops(n, links, -1, null), -1);
        assertThat(r.pcNumerator()).isCloseTo(pcNum, within(TOL * pcNum));
        assertThat(r.iicNumerator()).isCloseTo(iicNum, within(TOL * iicNum));

        for (int k = 0; k < n; k++) {
            PatchImportance imp = r.patch(patches.get(k).id());
            double without = pcNumerator(a, maxProduct(n, links, kernel, k, null), k);
            assertThat(imp.dPC()).as("dPC of %s", k).isCloseTo(100 * (pcNum - without) / pcNum, within(TOL));
            assertThat(imp.dPCintra() + imp.dPCflux() + imp.dPCconnector()).isCloseTo(imp.dPC(), within(TOL));
            assertThat(imp.dPCconnector()).isGreaterThanOrEqualTo(-TOL);
            double iicWithout = iicNumerator(a, hops(n, links, k, null), k);
            assertThat(imp.dIIC()).isCloseTo(100 * (iicNum - iicWithout) / iicNum, within(TOL));
            if (!ties) {
                assertThat(imp.betweenness()).isCloseTo(bruteBetweenness(a, full, k), within(TOL * pcNum));
            }
        }
        for (PatchLink link : links) {
            double without = pcNumerator(a, maxProduct(n, links, kernel, -1, link), -1);
            assertThat(r.link(link.id()).dPC()).isCloseTo(100 * (pcNum - without) / pcNum, within(TOL));
            double iicWithout = iicNumerator(a, hops(n, links, -1, link), -1);
            assertThat(r.link(link.id()).dIIC()).isCloseTo(100 * (iicNum - iicWithout) / iicNum, within(TOL));
        }
    }

    /** Floyd–Warshall on products: p[i][j] = max over k of p[i][k] p[k][j]. */
    private static double[][] maxProduct(int n, List<PatchLink> links, DispersalKernel kernel, int skipNode,
            PatchLink skipLink) {
        double[][] p = new double[n][n];
        for (int i = 0; i < n; i++) {
            p[i][i] = 1;
        }
        for (PatchLink l : links) {
            int u = index(l.from());
            int v = index(l.to());
            if (l == skipLink || u == skipNode || v == skipNode) {
                continue;
            }
            double q = Math.exp(-kernel.alpha() * l.distance());
            p[u][v] = Math.max(p[u][v], q);
            p[v][u] = p[u][v];
        }
        for (int k = 0; k < n; k++) {
            if (k == skipNode) {
                continue;
            }
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    p[i][j] = Math.max(p[i][j], p[i][k] * p[k][j]);
                }
            }
        }
        return p;
    }

    private static int[][] hops(int n, List<PatchLink> links, int skipNode, PatchLink skipLink) {
        int inf = 1_000_000;
        int[][] h = new int[n][n];
        for (int i = 0; i < n; i++) {
            java.util.Arrays.fill(h[i], inf);
            h[i][i] = 0;
        }
        for (PatchLink l : links) {
            int u = index(l.from());
            int v = index(l.to());
            if (l != skipLink && u != skipNode && v != skipNode) {
                h[u][v] = 1;
                h[v][u] = 1;
            }
        }
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    if (k != skipNode) {
                        h[i][j] = Math.min(h[i][j], h[i][k] + h[k][j]);
                    }
                }
            }
        }
        return h;
    }

    private static double pcNumerator(double[] a, double[][] p, int skip) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a.length; j++) {
                if (i != skip && j != skip) {
                    sum += a[i] * a[j] * p[i][j];
                }
            }
        }
        return sum;
    }

    private static double iicNumerator(double[] a, int[][] h, int skip) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a.length; j++) {
                if (i != skip && j != skip && h[i][j] < 1_000_000) {
                    sum += a[i] * a[j] / (1.0 + h[i][j]);
                }
            }
        }
        return sum;
    }

    private static double bruteBetweenness(double[] a, double[][] p, int k) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            for (int j = i + 1; j < a.length; j++) {
                if (i != k && j != k && p[i][j] > 0 && Math.abs(p[i][k] * p[k][j] - p[i][j]) <= 1e-12 * p[i][j]) {
                    sum += a[i] * a[j] * p[i][j];
                }
            }
        }
        return sum;
    }

    private static int index(String id) {
        return Integer.parseInt(id.substring(1));
    }
}
