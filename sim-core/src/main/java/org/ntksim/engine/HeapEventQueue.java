package org.ntksim.engine;

import java.util.Arrays;
import java.util.NoSuchElementException;

/**
 * A general {@link EventQueue}: a 4-ary min-heap over primitive arrays that allocates nothing
 * per event once it has grown to the peak population. Unlike {@link RadixEventQueue} it accepts
 * times in any order; on large populations the radix queue is faster (see benchmarks/README.md).
 *
 * <p><b>Layout.</b> Heap entry {@code i} is {@code times[i]} (the event time) and
 * {@code slots[i]}, the slot of the event's payload in an {@link EventSlab} (sequence number,
 * kind, target, argument and generation in one 32-byte record). Payloads never move; sifting
 * moves only the 12-byte heap entries, "with a hole" (one write per level, no swaps). The four
 * children of a node, compared together, are 32 contiguous bytes of {@code times}. The earliest
 * child is picked with branch-free arithmetic on times alone (a data-dependent branch there
 * mispredicts about half the time); only exact time ties read the sequence numbers, so ties stay
 * FIFO at a small cost.
 *
 * <p><b>Handles and lazy cancellation</b> are those of {@link EventSlab}: cancel marks the
 * payload in O(1) and leaves the heap entry, which {@link #poll} discards when it reaches the
 * root; its slot is reused only then, so a stale entry never aliases a newer event.
 *
 * <p>Complexity: schedule O(log<sub>4</sub> n), poll O(log<sub>4</sub> n) amortised over
 * cancelled entries, cancel O(1), size O(1). Memory: about 48 bytes per entry (heap + slab);
 * capacity doubles in a cold method. Not thread-safe.
 */
public final class HeapEventQueue implements EventQueue {

    private static final int DEFAULT_CAPACITY = 1024;

    /** times[i] = time of heap entry i. */
    private long[] times;
    /** slots[i] = slab slot of heap entry i. */
    private int[] slots;
    /** Number of heap entries, pending and cancelled; also the number of slab slots in use. */
    private int heapSize;
    /** Number of pending (not cancelled) events. */
    private int live;
    private long nextSeq;
    /** Payloads, free slots and generations; same capacity as the heap arrays. */
    private final EventSlab slab;

    /** Creates a queue with a default initial capacity; it grows as needed. */
    public HeapEventQueue() {
        this(DEFAULT_CAPACITY);
    }

    /**
     * @param initialCapacity number of events held before the first growth; use the expected
     *     peak population to avoid any allocation after construction
     */
    public HeapEventQueue(final int initialCapacity) {
        slab = new EventSlab(initialCapacity); // validates the capacity
        times = new long[initialCapacity];
        slots = new int[initialCapacity];
    }

    @Override
    public long schedule(final long timeNs, final int kind, final int target, final long arg) {
        if (timeNs < 0) {
            throw negativeTime(timeNs);
        }
        if (heapSize == slots.length) {
            grow();
        }
        final long handle = slab.allocate(nextSeq++, kind, target, arg);
        siftUp(heapSize++, timeNs, (int) (handle >>> 32));
        live++;
        return handle;
    }

    @Override
    public boolean cancel(final long handle) {
        if (!slab.cancel(handle)) {
            return false;
        }
        live--; // the heap entry stays and is discarded when it reaches the root
        return true;
    }

    @Override
    public boolean poll(final long limitNs, final EventCursor out) {
        while (heapSize > 0) {
            final long timeNs = times[0];
            if (timeNs > limitNs) {
                return false;
            }
            final int slot = slots[0];
            removeRoot();
            if (slab.isPending(slot)) {
                live--;
                slab.deliver(slot, timeNs, out);
                return true;
            }
            slab.release(slot);
        }
        return false;
    }

    @Override
    public long peekTimeNs() {
        while (heapSize > 0) {
            final int slot = slots[0];
            if (slab.isPending(slot)) {
                return times[0];
            }
            removeRoot();
            slab.release(slot);
        }
        throw new NoSuchElementException("event queue is empty");
    }

    @Override
    public int size() {
        return live;
    }

    @Override
    public boolean isEmpty() {
        return live == 0;
    }

    @Override
    public void clear() {
        for (int i = 0; i < heapSize; i++) {
            slab.invalidate(slots[i]);
        }
        heapSize = 0;
        live = 0;
        slab.releaseAll();
    }

    /** @return the number of events the queue holds before it grows again */
    public int capacity() {
        return slots.length;
    }

    /** @return whether the event in slot {@code a} precedes the one in slot {@code b}, both at the same time */
    private boolean seqBefore(final int a, final int b) {
        return slab.seq(a) < slab.seq(b);
    }

    /** Moves the entry (timeNs, slot) up from the hole at {@code start}. */
    private void siftUp(final int start, final long timeNs, final int slot) {
        final long[] times = this.times;
        final int[] slots = this.slots;
        int hole = start;
        while (hole > 0) {
            final int parent = (hole - 1) >>> 2;
            final long pt = times[parent];
            // Ties: the new event has the highest sequence number, so it stays below its parent.
            if (pt <= timeNs) {
                break;
            }
            times[hole] = pt;
            slots[hole] = slots[parent];
            hole = parent;
        }
        times[hole] = timeNs;
        slots[hole] = slot;
    }

    /**
     * Removes the root entry, refilling the hole with the last entry sifted down. The hot path
     * picks the earliest of four children with conditional moves on times only; exact ties
     * between times (rare in most models) take {@link #minChildWithTies}, which also compares
     * sequence numbers.
     */
    private void removeRoot() {
        final int n = --heapSize;
        if (n == 0) {
            return;
        }
        final long[] times = this.times;
        final int[] slots = this.slots;
        final long timeNs = times[n];
        final int slot = slots[n];
        int hole = 0;
        while (true) {
            final int c = 4 * hole + 1;
            int best;
            long bt;
            if (c + 3 < n) {
                final long t0 = times[c];
                final long t1 = times[c + 1];
                final long t2 = times[c + 2];
                final long t3 = times[c + 3];
                // Branch-free minimum of four (times are >= 0, so differences cannot overflow):
                // m is -1 when the right operand is earlier, 0 otherwise.
                final long d01 = t1 - t0;
                final long m01 = d01 >> 63;
                final int a = c + (int) (m01 & 1);
                final long ta = t0 + (d01 & m01);
                final long d23 = t3 - t2;
                final long m23 = d23 >> 63;
                final int b = c + 2 + (int) (m23 & 1);
                final long tb = t2 + (d23 & m23);
                final long dab = tb - ta;
                final long mab = dab >> 63;
                best = a + ((b - a) & (int) mab);
                bt = ta + (dab & mab);
                if ((t0 == t1) | (t2 == t3) | (ta == tb)) {
                    best = minChildWithTies(c, c + 4);
                    bt = times[best];
                }
            } else if (c < n) {
                best = minChildWithTies(c, n);
                bt = times[best];
            } else {
                break;
            }
            if (timeNs < bt || (timeNs == bt && seqBefore(slot, slots[best]))) {
                break;
            }
            times[hole] = bt;
            slots[hole] = slots[best];
            hole = best;
        }
        times[hole] = timeNs;
        slots[hole] = slot;
    }

    /** @return the index of the earliest entry in [from, to), comparing (time, seq) exactly */
    private int minChildWithTies(final int from, final int to) {
        final long[] times = this.times;
        int best = from;
        long bt = times[from];
        for (int c = from + 1; c < to; c++) {
            final long ct = times[c];
            if (ct < bt || (ct == bt && seqBefore(slots[c], slots[best]))) {
                best = c;
                bt = ct;
            }
        }
        return best;
    }

    static IllegalArgumentException negativeTime(final long timeNs) {
        return new IllegalArgumentException("event time must be >= 0 ns, was " + timeNs);
    }

    /** Doubles every array; cold path, kept out of {@link #schedule}. */
    private void grow() {
        slab.grow(); // all slots are in use (one per heap entry); checks the maximum capacity
        final int capacity = slab.capacity();
        times = Arrays.copyOf(times, capacity);
        slots = Arrays.copyOf(slots, capacity);
    }

    @Override
    public String toString() {
        return "HeapEventQueue[size=" + live + ", entries=" + heapSize + ", capacity=" + slots.length + "]";
    }
}
