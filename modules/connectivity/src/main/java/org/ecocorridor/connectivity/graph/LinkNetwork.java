package org.ecocorridor.connectivity.graph;

import java.util.Arrays;

/**
 * Compressed adjacency (CSR) of a {@link PatchGraph} with one additive cost per link, and Dijkstra's
 * search (Dijkstra 1959) on it, which also returns the shortest-path tree.
 *
 * <p>Immutable after construction; searches use caller-supplied arrays and their own heap, so the
 * object is thread-safe.
 */
final class LinkNetwork {
    static final int NONE = -1;

    private final int nodeCount;
    private final int[] start;
    private final int[] neighbour;
    private final int[] link;
    private final double[] cost;

    /**
     * @param graph    the graph
     * @param linkCost additive cost of each link, indexed like {@link PatchGraph#links()}, finite ≥ 0
     */
    LinkNetwork(PatchGraph graph, double[] linkCost) {
        nodeCount = graph.patchCount();
        int linkCount = graph.links().size();
        start = new int[nodeCount + 1];
        for (int l = 0; l < linkCount; l++) {
            start[graph.linkFrom(l) + 1]++;
            start[graph.linkTo(l) + 1]++;
        }
        for (int i = 0; i < nodeCount; i++) {
            start[i + 1] += start[i];
        }
        neighbour = new int[2 * linkCount];
        link = new int[2 * linkCount];
        cost = new double[2 * linkCount];
        int[] next = Arrays.copyOf(start, nodeCount);
        for (int l = 0; l < linkCount; l++) {
            int a = graph.linkFrom(l);
            int b = graph.linkTo(l);
            put(next[a]++, b, l, linkCost[l]);
            put(next[b]++, a, l, linkCost[l]);
        }
    }

    private void put(int slot, int to, int linkIndex, double c) {
        neighbour[slot] = to;
        link[slot] = linkIndex;
        cost[slot] = c;
    }

    int nodeCount() {
        return nodeCount;
    }

    int firstSlot(int node) {
        return start[node];
    }

    int endSlot(int node) {
        return start[node + 1];
    }

    int neighbourAt(int slot) {
        return neighbour[slot];
    }

    int linkAt(int slot) {
        return link[slot];
    }

    double costAt(int slot) {
        return cost[slot];
    }

    /**
     * Dijkstra from {@code source}: {@code dist[j]} becomes the least total cost to j (+∞ if
     * unreachable); {@code parentNode[j]} and {@code parentLink[j]} the tree edge by which j was
     * reached last with a strict improvement ({@link #NONE} for the source and unreachable nodes).
     */
    void shortestPathTree(int source, double[] dist, int[] parentNode, int[] parentLink) {
        Arrays.fill(dist, Double.POSITIVE_INFINITY);
        Arrays.fill(parentNode, NONE);
        Arrays.fill(parentLink, NONE);
        dist[source] = 0;
        NodeHeap heap = new NodeHeap(nodeCount);
        heap.push(source, 0);
        while (!heap.isEmpty()) {
            double d = heap.peekKey();
            int u = heap.pop();
            if (d > dist[u]) {
                continue; // stale entry
            }
            for (int s = start[u]; s < start[u + 1]; s++) {
                int v = neighbour[s];
                double nd = d + cost[s];
                if (nd < dist[v]) {
                    dist[v] = nd;
                    parentNode[v] = u;
                    parentLink[v] = link[s];
                    heap.push(v, nd);
                }
            }
        }
    }
}
