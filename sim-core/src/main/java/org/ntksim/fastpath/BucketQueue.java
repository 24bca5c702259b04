package org.ntksim.fastpath;

import java.util.Arrays;

/**
 * Dial's bucket queue for Dijkstra with small integer arc costs: a circle of {@code 2^k > maxStep}
 * buckets, where {@code maxStep} bounds how far a pushed key may lie beyond the last popped key (the
 * largest arc cost, or the largest seed key). Push and pop are O(1) plus the scan over empty buckets,
 * at most {@code maxStep} per pop. Buckets grow and are then reused: no allocation once warm.
 * Not thread-safe.
 */
final class BucketQueue extends MonotoneQueue {
    private final int[][] buckets;
    private final int[] sizes;
    private final int mask;
    private int current;
    private int size;

    BucketQueue(final int maxStep) {
        if (maxStep < 0 || maxStep >= 1 << 20) {
            throw new IllegalArgumentException("maxStep must be in [0, 2^20), was " + maxStep);
        }
        final int count = Integer.highestOneBit(Math.max(1, maxStep)) << 1;
        buckets = new int[count][];
        for (int i = 0; i < count; i++) {
            buckets[i] = new int[16];
        }
        sizes = new int[count];
        mask = count - 1;
    }

    /** The largest step this queue accepts. */
    int maxStep() {
        return mask;
    }

    @Override
    void clear() {
        Arrays.fill(sizes, 0);
        current = 0;
        size = 0;
    }

    @Override
    boolean isEmpty() {
        return size == 0;
    }

    @Override
    void push(final int key, final int value) {
        final int b = key & mask;
        final int s = sizes[b];
        if (s == buckets[b].length) {
            buckets[b] = Arrays.copyOf(buckets[b], s * 2);
        }
        buckets[b][s] = value;
        sizes[b] = s + 1;
        size++;
    }

    @Override
    long pop() {
        int b = current & mask;
        while (sizes[b] == 0) {
            current++;
            b = current & mask;
        }
        size--;
        return ((long) current << 32) | (buckets[b][--sizes[b]] & 0xffffffffL);
    }
}
