package org.ecocorridor.connectivity.graph;

import java.util.Arrays;

/**
 * Graphab's betweenness centrality weighted by the PC flux of each pair:
 * <pre>
 *   BC<sub>k</sub> = Σ<sub>i&lt;j; i,j≠k</sub> a<sub>i</sub> a<sub>j</sub> p*<sub>ij</sub> · σ<sub>ij</sub>(k) / σ<sub>ij</sub>
 * </pre>
 * with σ<sub>ij</sub> the number of maximum-product (least −ln p) paths from i to j and
 * σ<sub>ij</sub>(k) those through k (Graphab 2 documentation, "BC"; β = 1). Ties share the pair's
 * weight equally, as in Brandes (2001, J. Math. Sociol. 25:163–177), whose accumulation is used:
 * one pass per source over the nodes in order of cost. Costs are equal when they differ by less than
 * 10<sup>−12</sup> relative; a zero-length link between two nodes at the same cost is oriented from
 * the lower to the higher patch index.
 *
 * <p>Not thread-safe; one per analysis.
 */
final class WeightedBetweenness {
    private static final double TIE = 1e-12;

    private WeightedBetweenness() {
    }

    static double[] compute(LinkNetwork network, double[] a, double[][] logCost, double[][] probability) {
        int n = a.length;
        double[] bc = new double[n];
        Integer[] order = new Integer[n];
        int[] position = new int[n];
        double[] sigma = new double[n];
        double[] delta = new double[n];
        for (int s = 0; s < n; s++) {
            double[] cost = logCost[s];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            int source = s;
            Arrays.sort(order, (x, y) -> compareFromSource(cost, source, x, y));
            for (int p = 0; p < n; p++) {
                position[order[p]] = p;
            }
            Arrays.fill(sigma, 0);
            Arrays.fill(delta, 0);
            sigma[s] = 1;
            for (int p = 1; p < n; p++) {
                int w = order[p];
                if (cost[w] == Double.POSITIVE_INFINITY) {
                    break;
                }
                for (int slot = network.firstSlot(w); slot < network.endSlot(w); slot++) {
                    int u = network.neighbourAt(slot);
                    if (isPredecessor(cost, position, u, w, network.costAt(slot))) {
                        sigma[w] += sigma[u];
                    }
                }
            }
            for (int p = n - 1; p > 0; p--) {
                int w = order[p];
                if (cost[w] == Double.POSITIVE_INFINITY || sigma[w] == 0) {
                    continue;
                }
                double carried = a[s] * a[w] * probability[s][w] + delta[w];
                for (int slot = network.firstSlot(w); slot < network.endSlot(w); slot++) {
                    int u = network.neighbourAt(slot);
                    if (isPredecessor(cost, position, u, w, network.costAt(slot))) {
                        delta[u] += sigma[u] / sigma[w] * carried;
                    }
                }
                bc[w] += delta[w];
            }
        }
        for (int k = 0; k < n; k++) {
            bc[k] /= 2; // every unordered pair was counted from both ends
        }
        return bc;
    }

    /** Orders by cost, the source first, then by index. */
    private static int compareFromSource(double[] cost, int source, int x, int y) {
        if (cost[x] != cost[y]) {
            return Double.compare(cost[x], cost[y]);
        }
        if (x == source || y == source) {
            return x == source ? (y == source ? 0 : -1) : 1;
        }
        return Integer.compare(x, y);
    }

    private static boolean isPredecessor(double[] cost, int[] position, int u, int w, double step) {
        if (position[u] >= position[w] || cost[u] == Double.POSITIVE_INFINITY) {
            return false;
        }
        double target = cost[w];
        return Math.abs(cost[u] + step - target) <= TIE * Math.max(1, target);
    }
}
