package org.ntksim.fastpath;

import java.util.Arrays;

/**
 * A monotone radix heap of (non-negative int key, int value) pairs packed in longs, for Dijkstra:
 * every pushed key must be ≥ the last popped key. Bucket i holds the entries whose key first differs
 * from the last popped key at bit i - 1 (bucket 0: equal keys). Push O(1); pop amortized O(log C).
 * Equal keys pop in no particular order. Buckets grow and are then reused: no allocation once warm.
 * Not thread-safe.
 */
final class RadixQueue extends MonotoneQueue {
    private final long[][] buckets = new long[33][];
    private final int[] sizes = new int[33];
    private int last;
    private int size;

    RadixQueue() {
        for (int i = 0; i < buckets.length; i++) {
            buckets[i] = new long[16];
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
    void push(final int key, final int value) {
        final int b = key == last ? 0 : 32 - Integer.numberOfLeadingZeros(key ^ last);
        append(b, ((long) key << 32) | (value & 0xffffffffL));
        size++;
    }

    private void append(final int b, final long e) {
        final int s = sizes[b];
        if (s == buckets[b].length) {
            grow(b);
        }
        buckets[b][s] = e;
        sizes[b] = s + 1;
    }

    private void grow(final int b) {
        buckets[b] = Arrays.copyOf(buckets[b], buckets[b].length * 2);
    }

    @Override
    long pop() {
        if (sizes[0] == 0) {
            int i = 1;
            while (sizes[i] == 0) {
                i++;
            }
            final long[] bucket = buckets[i];
            final int n = sizes[i];
            long min = bucket[0];
            for (int k = 1; k < n; k++) {
                if (bucket[k] < min) {
                    min = bucket[k];
                }
            }
            last = (int) (min >>> 32);
            sizes[i] = 0;
            for (int k = 0; k < n; k++) {
                final long e = bucket[k];
                final int key = (int) (e >>> 32);
                append(key == last ? 0 : 32 - Integer.numberOfLeadingZeros(key ^ last), e);
            }
        }
        size--;
        return buckets[0][--sizes[0]];
    }
}
