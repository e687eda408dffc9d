package org.ecocorridor.connectivity.graph;

import java.util.function.DoubleUnaryOperator;

/**
 * All-pairs shortest paths with their trees, the numerator Σ<sub>i</sub>Σ<sub>j</sub> a<sub>i</sub>
 * a<sub>j</sub> f(c<sub>ij</sub>) of an index, and its loss when one node or one link is removed.
 *
 * <p>Two indices use it: PC with costs α d and f(c) = exp(−c) = p*<sub>ij</sub> (the maximum-product
 * probability, computed in log space), and IIC with unit costs and f(c) = 1 / (1 + c), c = nl<sub>ij</sub>.
 * Unreachable pairs have c = +∞ and f = 0.
 *
 * <h2>Removal by subtree</h2>
 * One shortest-path tree is kept per source. Removing a link that is not an edge of source i's tree,
 * or a node outside it, changes nothing from i: the tree still reaches every node at the same cost.
 * Otherwise only the nodes of the subtree below the removed element can change; they are
 * recomputed by a Dijkstra restricted to the subtree, seeded from their neighbours outside it (whose
 * costs are unchanged). So a removal costs the size of the affected subtrees, not n full searches.
 * The recomputed costs are never below the original ones (the original search took the minimum over
 * the same floating-point sums), so every loss term is ≥ 0 exactly. Memory: 32 n² bytes.
 *
 * <p>Not thread-safe (scratch arrays); one per analysis.
 */
final class RemovalPaths {
    static final DoubleUnaryOperator PROBABILITY = c -> Math.exp(-c);
    static final DoubleUnaryOperator INVERSE_HOPS = c -> 1 / (1 + c);

    private final LinkNetwork network;
    private final double[] a;
    private final DoubleUnaryOperator pairWeight;
    private final double[][] cost;
    private final double[][] weight;
    private final int[][] parentLink;
    private final int[][] preorder;
    private final int[][] position;
    private final int[][] subtreeEnd;
    private final double numerator;
    private final double[] scratch;
    private final NodeHeap heap;

    RemovalPaths(LinkNetwork network, double[] attributes, DoubleUnaryOperator pairWeight) {
        this.network = network;
        this.a = attributes;
        this.pairWeight = pairWeight;
        int n = network.nodeCount();
        cost = new double[n][n];
        weight = new double[n][n];
        parentLink = new int[n][n];
        preorder = new int[n][n];
        position = new int[n][n];
        subtreeEnd = new int[n][n];
        scratch = new double[n];
        heap = new NodeHeap(n);
        int[] parentNode = new int[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            network.shortestPathTree(i, cost[i], parentNode, parentLink[i]);
            for (int j = 0; j < n; j++) {
                weight[i][j] = pairWeight.applyAsDouble(cost[i][j]);
                sum += a[i] * a[j] * weight[i][j];
            }
            indexTree(i, parentNode);
        }
        numerator = sum;
    }

    double numerator() {
        return numerator;
    }

    double[][] costs() {
        return cost;
    }

    double[][] weights() {
        return weight;
    }

    /** Σ<sub>j≠k</sub> a<sub>j</sub> f(c<sub>kj</sub>): Graphab's flux F<sub>k</sub> for PC. */
    double flux(int k) {
        double sum = 0;
        for (int j = 0; j < a.length; j++) {
            if (j != k) {
                sum += a[j] * weight[k][j];
            }
        }
        return sum;
    }

    /**
     * Loss of the pairs not involving k when node k is removed: Σ<sub>i,j≠k</sub> a<sub>i</sub>
     * a<sub>j</sub> (f(c<sub>ij</sub>) − f(c<sub>ij,−k</sub>)), the "connector" part. The pairs involving
     * k are lost entirely: a<sub>k</sub>² + 2 a<sub>k</sub> {@link #flux}(k).
     */
    double connectorLoss(int k) {
        double loss = 0;
        for (int i = 0; i < a.length; i++) {
            if (i != k && position[i][k] >= 0) {
                loss += subtreeLoss(i, k, k, LinkNetwork.NONE);
            }
        }
        return loss;
    }

    /** Loss of the numerator when link l, joining u and v, is removed. */
    double linkLoss(int l, int u, int v) {
        double loss = 0;
        for (int i = 0; i < a.length; i++) {
            if (parentLink[i][v] == l) {
                loss += subtreeLoss(i, v, LinkNetwork.NONE, l);
            } else if (parentLink[i][u] == l) {
                loss += subtreeLoss(i, u, LinkNetwork.NONE, l);
            }
        }
        return loss;
    }

    /** Recomputes the subtree of {@code root} in source i's tree without the removed element. */
    private double subtreeLoss(int i, int root, int skipNode, int skipLink) {
        int[] order = preorder[i];
        int[] pos = position[i];
        double[] c = cost[i];
        int from = pos[root];
        int to = subtreeEnd[i][root];
        heap.clear();
        for (int p = from; p < to; p++) {
            int w = order[p];
            if (w == skipNode) {
                continue;
            }
            double best = Double.POSITIVE_INFINITY;
            for (int s = network.firstSlot(w); s < network.endSlot(w); s++) {
                int x = network.neighbourAt(s);
                if (x == skipNode || network.linkAt(s) == skipLink || (pos[x] >= from && pos[x] < to)) {
                    continue;
                }
                best = Math.min(best, c[x] + network.costAt(s));
            }
            scratch[w] = best;
            if (best < Double.POSITIVE_INFINITY) {
                heap.push(w, best);
            }
        }
        while (!heap.isEmpty()) {
            double d = heap.peekKey();
            int u = heap.pop();
            if (d > scratch[u]) {
                continue;
            }
            for (int s = network.firstSlot(u); s < network.endSlot(u); s++) {
                int x = network.neighbourAt(s);
                if (x == skipNode || network.linkAt(s) == skipLink || pos[x] < from || pos[x] >= to) {
                    continue;
                }
                double nd = d + network.costAt(s);
                if (nd < scratch[x]) {
                    scratch[x] = nd;
                    heap.push(x, nd);
                }
            }
        }
        double loss = 0;
        for (int p = from; p < to; p++) {
            int w = order[p];
            if (w != skipNode) {
                loss += a[i] * a[w] * (weight[i][w] - pairWeight.applyAsDouble(scratch[w]));
            }
        }
        return loss;
    }

    /** Preorder of source i's tree, so that every subtree is the contiguous range [position, subtreeEnd). */
    private void indexTree(int i, int[] parentNode) {
        int n = a.length;
        int[] childStart = new int[n + 1];
        for (int v = 0; v < n; v++) {
            if (parentNode[v] != LinkNetwork.NONE) {
                childStart[parentNode[v] + 1]++;
            }
        }
        for (int v = 0; v < n; v++) {
            childStart[v + 1] += childStart[v];
        }
        int[] children = new int[n];
        int[] next = java.util.Arrays.copyOf(childStart, n);
        for (int v = 0; v < n; v++) {
            if (parentNode[v] != LinkNetwork.NONE) {
                children[next[parentNode[v]]++] = v;
            }
        }
        int[] pos = position[i];
        java.util.Arrays.fill(pos, -1);
        java.util.Arrays.fill(subtreeEnd[i], -1);
        int[] stack = new int[n];
        int top = 0;
        int count = 0;
        stack[top++] = i;
        while (top > 0) {
            int v = stack[--top];
            pos[v] = count;
            preorder[i][count++] = v;
            for (int k = childStart[v + 1] - 1; k >= childStart[v]; k--) {
                stack[top++] = children[k];
            }
        }
        int[] size = new int[n];
        for (int p = count - 1; p >= 0; p--) {
            int v = preorder[i][p];
            size[v]++;
            subtreeEnd[i][v] = p + size[v];
            if (parentNode[v] != LinkNetwork.NONE) {
                size[parentNode[v]] += size[v];
            }
        }
    }
}
