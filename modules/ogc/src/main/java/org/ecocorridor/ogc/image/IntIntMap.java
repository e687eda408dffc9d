package org.ecocorridor.ogc.image;

import java.util.Arrays;

/**
 * An open-addressing hash map from int to int (linear probing, load ≤ ½), for colour counts and
 * colour → palette index without boxing.
 *
 * <p>Not thread-safe.
 */
final class IntIntMap {
    private int[] keys;
    private int[] values;
    private boolean[] used;
    private int size;

    IntIntMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new int[cap];
        values = new int[cap];
        used = new boolean[cap];
    }

    int size() {
        return size;
    }

    private int slot(int key) {
        int mask = keys.length - 1;
        int h = key * 0x9E3779B9;
        int i = (h ^ (h >>> 16)) & mask;
        while (used[i] && keys[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    /** Adds {@code delta} to the value of {@code key} (absent = 0). */
    void add(int key, int delta) {
        int i = slot(key);
        if (!used[i]) {
            used[i] = true;
            keys[i] = key;
            values[i] = delta;
            if (++size * 2 > keys.length) {
                grow();
            }
        } else {
            values[i] += delta;
        }
    }

    void put(int key, int value) {
        int i = slot(key);
        if (!used[i]) {
            used[i] = true;
            keys[i] = key;
            size++;
            values[i] = value;
            if (size * 2 > keys.length) {
                grow();
            }
        } else {
            values[i] = value;
        }
    }

    /** The value, or {@code missing} when absent. */
    int get(int key, int missing) {
        int i = slot(key);
        return used[i] ? values[i] : missing;
    }

    boolean containsKey(int key) {
        return used[slot(key)];
    }

    /** The keys, in no particular order. */
    int[] keys() {
        int[] out = new int[size];
        int n = 0;
        for (int i = 0; i < keys.length; i++) {
            if (used[i]) {
                out[n++] = keys[i];
            }
        }
        return out;
    }

    private void grow() {
        int[] oldKeys = keys;
        int[] oldValues = values;
        boolean[] oldUsed = used;
        keys = new int[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        used = new boolean[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldUsed[i]) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }

    @Override
    public String toString() {
        return "IntIntMap" + Arrays.toString(keys());
    }
}
