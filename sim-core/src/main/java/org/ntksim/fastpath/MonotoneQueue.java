package org.ntksim.fastpath;

/**
 * A priority queue of (non-negative int key, int value) pairs for Dijkstra: every pushed key must be
 * ≥ the last popped key. {@link #pop} returns the pair packed in a long, key in the high 32 bits.
 * Equal keys pop in no particular order. Two implementations, chosen by the largest arc cost:
 * {@link BucketQueue} for small costs, {@link RadixQueue} otherwise.
 */
abstract class MonotoneQueue {
    abstract void clear();

    abstract boolean isEmpty();

    abstract void push(int key, int value);

    /** Removes and returns an entry with the minimum key (packed: key in the high 32 bits). */
    abstract long pop();
}
