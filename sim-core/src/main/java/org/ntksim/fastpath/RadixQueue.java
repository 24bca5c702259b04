package org.ntksim.fastpath;

import java.util.Arrays;

/**
 * A monotone radix heap of (non-negative int key, long value) pairs for Dijkstra: every pushed key
 * must be ≥ the last popped key. Bucket i holds the entries whose key first differs from the last
 * popped key at bit i - 1 (bucket 0: equal keys). Push O(1); pop amortized O(log C). Equal keys pop
 * in no particular order. Buckets grow and are then reused: no allocation once warm. Not thread-safe.
 */
final class RadixQueue extends MonotoneQueue {
    private final int[][] keys = new int[33][];
    private final long[][] values = new long[33][];
    private final int[] sizes = new int[33];
    private int last;
    private int size;

    RadixQueue() {
        for (int i = 0; i < keys.length; i++) {
            keys[i] = new int[16];
            values[i] = new long[16];
        }
    }

    @Override
    void clear() {
        Arrays.fill(sizes, 0);
        last = 0;
        size = 0;
    }

    @Override
    boolean isEmpty() {
        return size == 0;
    }

    @Override
    void push(final int key, final long value) {
        append(bucketOf(key), key, value);
        size++;
    }

    @Override
    void pushIf(final int key, final long value, final boolean take) {
        if (take) {
            push(key, value);
        }
    }

    private int bucketOf(final int key) {
        return key == last ? 0 : 32 - Integer.numberOfLeadingZeros(key ^ last);
    }

    private void append(final int b, final int key, final long value) {
        final int s = sizes[b];
        if (s == keys[b].length) {
            grow(b);
        }
        keys[b][s] = key;
        values[b][s] = value;
        sizes[b] = s + 1;
    }

    private void grow(final int b) {
        keys[b] = Arrays.copyOf(keys[b], keys[b].length * 2);
        values[b] = Arrays.copyOf(values[b], values[b].length * 2);
    }

    @Override
    long pop() {
        if (sizes[0] == 0) {
            int i = 1;
            while (sizes[i] == 0) {
                i++;
            }
            final int[] bucketKeys = keys[i];
            final long[] bucketValues = values[i];
            final int n = sizes[i];
            int min = bucketKeys[0];
            for (int k = 1; k < n; k++) {
                min = Math.min(min, bucketKeys[k]);
            }
            last = min;
            sizes[i] = 0;
            for (int k = 0; k < n; k++) {
                append(bucketOf(bucketKeys[k]), bucketKeys[k], bucketValues[k]);
            }
        }
        size--;
        final int s = --sizes[0];
        return values[0][s];
    }

    @Override
    int lastKey() {
        return last;
    }
}
