package org.ntksim.fastpath;

/**
 * A priority queue of (non-negative int key, long value) pairs for Dijkstra: every pushed key must be
 * ≥ the last popped key. {@link #pop} returns the value and {@link #lastKey} its key. Equal keys pop
 * in no particular order. Two implementations, chosen by the largest arc cost: {@link BucketQueue}
 * for small costs, {@link RadixQueue} otherwise.
 */
abstract class MonotoneQueue {
    abstract void clear();

    abstract boolean isEmpty();

    abstract void push(int key, long value);

    /**
     * Pushes the pair if {@code take}. For the relaxation loop, whose test is data-dependent and badly
     * predicted: an implementation may write the pair in any case and count it only if taken.
     */
    abstract void pushIf(int key, long value, boolean take);

    /** Removes and returns the value of an entry with the minimum key. */
    abstract long pop();

    /** The key of the entry last popped. */
    abstract int lastKey();
}
