package org.ecocorridor.connectivity.graph;

import java.util.Arrays;

/**
 * A binary min-heap of (node, key) pairs with lazy deletion: a node may be pushed again with a smaller
 * key, and callers skip popped entries whose key is above the node's current distance.
 *
 * <p>Not thread-safe; one per search (reusable after {@link #clear()}).
 */
final class NodeHeap {
    private int[] nodes;
    private double[] keys;
    private int size;

    NodeHeap(int capacity) {
        nodes = new int[Math.max(4, capacity)];
        keys = new double[nodes.length];
    }

    void clear() {
        size = 0;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** Key of the entry {@link #pop()} will return. */
    double peekKey() {
        return keys[0];
    }

    void push(int node, double key) {
        if (size == nodes.length) {
            nodes = Arrays.copyOf(nodes, 2 * size);
            keys = Arrays.copyOf(keys, 2 * size);
        }
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (keys[parent] <= key) {
                break;
            }
            nodes[i] = nodes[parent];
            keys[i] = keys[parent];
            i = parent;
        }
        nodes[i] = node;
        keys[i] = key;
    }

    int pop() {
        int top = nodes[0];
        int lastNode = nodes[--size];
        double lastKey = keys[size];
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && keys[child + 1] < keys[child]) {
                child++;
            }
            if (keys[child] >= lastKey) {
                break;
            }
            nodes[i] = nodes[child];
            keys[i] = keys[child];
            i = child;
        }
        nodes[i] = lastNode;
        keys[i] = lastKey;
        return top;
    }
}
