package org.ntksim.fastpath;

import java.util.Arrays;

/**
 * Dial's bucket queue for Dijkstra with small integer arc costs: a circle of {@code 2^k > maxStep}
 * buckets, where {@code maxStep} bounds how far a pushed key may lie beyond the last popped key (the
 * largest arc cost, or the largest seed key). Push and pop are O(1) plus the scan over empty buckets,
 * at most {@code maxStep} per pop. The buckets are stacks in one flat array, {@code capacity} slots
 * each, so {@link #pushIf} can store unconditionally and add the branch-free 0 or 1 to the size.
 * Capacity grows (every bucket at once) and is then reused: no allocation once warm. The fields are
 * package-private because the router's hot loop ({@code FastPathRouter.settleOnBuckets}) runs the same
 * push and pop on them with everything in locals. Not thread-safe.
 */
final class BucketQueue extends MonotoneQueue {
    long[] slots;
    final int[] sizes;
    final int mask;
    int shift;
    int current;
    int size;

    BucketQueue(final int maxStep) {
        if (maxStep < 0 || maxStep >= 1 << 20) {
            throw new IllegalArgumentException("maxStep must be in [0, 2^20), was " + maxStep);
        }
        final int count = Integer.highestOneBit(Math.max(1, maxStep)) << 1;
        shift = 4;
        slots = new long[count << shift];
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
    void push(final int key, final long value) {
        pushIf(key, value, true);
    }

    @Override
    void pushIf(final int key, final long value, final boolean take) {
        final int b = key & mask;
        final int s = sizes[b];
        if (s == (1 << shift) - 1) {
            grow();      // keeps one spare slot per bucket: the untaken store needs it
        }
        slots[(b << shift) + s] = value;
        final int one = take ? 1 : 0;
        sizes[b] = s + one;
        size += one;
    }

    void grow() {
        final int count = mask + 1;
        final int old = 1 << shift;
        final long[] bigger = new long[count << (shift + 1)];
        for (int b = 0; b < count; b++) {
            System.arraycopy(slots, b << shift, bigger, b << (shift + 1), old);
        }
        slots = bigger;
        shift++;
    }

    @Override
    long pop() {
        int b = current & mask;
        while (sizes[b] == 0) {
            current++;
            b = current & mask;
        }
        size--;
        final int s = sizes[b] - 1;
        sizes[b] = s;
        return slots[(b << shift) + s];
    }

    @Override
    int lastKey() {
        return current;
    }
}
