package org.ntksim.engine;

import java.util.Arrays;
import java.util.NoSuchElementException;

/**
 * The fast {@link EventQueue}: a 4-ary min-heap over primitive arrays that allocates nothing per
 * event once it has grown to the peak population.
 *
 * <p><b>Layout.</b> Heap entry {@code i} is the pair {@code keys[2i] = timeNs},
 * {@code keys[2i+1] = seq} (adjacent, so the four children of a node, compared together, span
 * 64 bytes) and {@code slots[i]}, the index of the event's payload in a slab of parallel arrays
 * ({@code kind[]}, {@code target[]}, {@code arg[]}, {@code gen[]}). Payloads never move; sifting
 * moves only the 20-byte heap entries, "with a hole" (one write per level, no swaps).
 *
 * <p><b>Handles and lazy cancellation.</b> A handle is {@code (slot << 32) | generation}. The
 * generation of a slot is odd while its event is pending and even otherwise; {@link #cancel}
 * makes it even in O(1) and leaves the entry in the heap, and {@link #poll} discards entries whose
 * slot generation is even. A slot returns to the free list only when its heap entry is removed,
 * so a stale entry can never alias a newer event. A handle could alias a later event of the same
 * slot only after 2<sup>31</sup> reuses of that slot.
 *
 * <p>Complexity: schedule O(log<sub>4</sub> n), poll O(log<sub>4</sub> n) amortised over
 * cancelled entries, cancel O(1), size O(1). Memory: about 40 bytes per entry (heap + slab),
 * capacity doubles in a cold method. Not thread-safe.
 */
public final class HeapEventQueue implements EventQueue {

    private static final int DEFAULT_CAPACITY = 1024;

    /** keys[2i] = time of heap entry i, keys[2i+1] = its sequence number. */
    private long[] keys;
    /** slots[i] = slab slot of heap entry i. */
    private int[] slots;
    /** Number of heap entries, pending and cancelled. */
    private int heapSize;
    /** Number of pending (not cancelled) events. */
    private int live;
    private long nextSeq;

    // Slab, indexed by slot; capacity == slots.length (every heap entry owns exactly one slot).
    private int[] kinds;
    private int[] targets;
    private long[] args;
    private int[] gens;
    /** Stack of free slots: freeSlots[0 .. freeTop). */
    private int[] freeSlots;
    private int freeTop;

    /** Creates a queue with a default initial capacity; it grows as needed. */
    public HeapEventQueue() {
        this(DEFAULT_CAPACITY);
    }

    /**
     * @param initialCapacity number of events held before the first growth; use the expected
     *     peak population to avoid any allocation after construction
     */
    public HeapEventQueue(final int initialCapacity) {
        if (initialCapacity < 1 || initialCapacity > (1 << 29)) {
            throw new IllegalArgumentException("initialCapacity must be in [1, 2^29], was " + initialCapacity);
        }
        keys = new long[2 * initialCapacity];
        slots = new int[initialCapacity];
        kinds = new int[initialCapacity];
        targets = new int[initialCapacity];
        args = new long[initialCapacity];
        gens = new int[initialCapacity];
        freeSlots = new int[initialCapacity];
        for (int i = 0; i < initialCapacity; i++) {
            freeSlots[i] = initialCapacity - 1 - i;
        }
        freeTop = initialCapacity;
    }

    @Override
    public long schedule(final long timeNs, final int kind, final int target, final long arg) {
        if (heapSize == slots.length) {
            grow();
        }
        final int slot = freeSlots[--freeTop];
        final int gen = gens[slot] + 1; // even -> odd: pending
        gens[slot] = gen;
        kinds[slot] = kind;
        targets[slot] = target;
        args[slot] = arg;
        siftUp(heapSize++, timeNs, nextSeq++, slot);
        live++;
        return ((long) slot << 32) | (gen & 0xFFFF_FFFFL);
    }

    @Override
    public boolean cancel(final long handle) {
        final long slotL = handle >>> 32;
        final int gen = (int) handle;
        if (slotL >= gens.length || (gen & 1) == 0 || gens[(int) slotL] != gen) {
            return false;
        }
        gens[(int) slotL] = gen + 1; // odd -> even: cancelled; the heap entry is discarded at poll
        live--;
        return true;
    }

    @Override
    public boolean poll(final long limitNs, final EventCursor out) {
        final long[] keys = this.keys;
        while (heapSize > 0) {
            final long timeNs = keys[0];
            if (timeNs > limitNs) {
                return false;
            }
            final long seq = keys[1];
            final int slot = slots[0];
            removeRoot();
            freeSlots[freeTop++] = slot;
            final int gen = gens[slot];
            if ((gen & 1) != 0) {
                gens[slot] = gen + 1;
                live--;
                out.set(timeNs, seq, kinds[slot], targets[slot], args[slot],
                        ((long) slot << 32) | (gen & 0xFFFF_FFFFL));
                return true;
            }
        }
        return false;
    }

    @Override
    public long peekTimeNs() {
        while (heapSize > 0) {
            final int slot = slots[0];
            if ((gens[slot] & 1) != 0) {
                return keys[0];
            }
            removeRoot();
            freeSlots[freeTop++] = slot;
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
            final int slot = slots[i];
            if ((gens[slot] & 1) != 0) {
                gens[slot]++; // invalidate outstanding handles
            }
        }
        heapSize = 0;
        live = 0;
        final int capacity = slots.length;
        for (int i = 0; i < capacity; i++) {
            freeSlots[i] = capacity - 1 - i;
        }
        freeTop = capacity;
    }

    /** @return the number of events the queue holds before it grows again */
    public int capacity() {
        return slots.length;
    }

    /** Moves entry (timeNs, seq, slot) up from the hole at {@code hole}. */
    private void siftUp(final int start, final long timeNs, final long seq, final int slot) {
        final long[] keys = this.keys;
        final int[] slots = this.slots;
        int hole = start;
        while (hole > 0) {
            final int parent = (hole - 1) >>> 2;
            final long pt = keys[2 * parent];
            if (pt < timeNs || (pt == timeNs && keys[2 * parent + 1] < seq)) {
                break;
            }
            keys[2 * hole] = pt;
            keys[2 * hole + 1] = keys[2 * parent + 1];
            slots[hole] = slots[parent];
            hole = parent;
        }
        keys[2 * hole] = timeNs;
        keys[2 * hole + 1] = seq;
        slots[hole] = slot;
    }

    /** Removes the root entry, refilling the hole with the last entry sifted down. */
    private void removeRoot() {
        final int n = --heapSize;
        if (n == 0) {
            return;
        }
        final long[] keys = this.keys;
        final int[] slots = this.slots;
        final long timeNs = keys[2 * n];
        final long seq = keys[2 * n + 1];
        final int slot = slots[n];
        int hole = 0;
        while (true) {
            final int first = 4 * hole + 1;
            if (first >= n) {
                break;
            }
            int best = first;
            long bt = keys[2 * first];
            long bs = keys[2 * first + 1];
            final int end = Math.min(first + 4, n);
            for (int c = first + 1; c < end; c++) {
                final long ct = keys[2 * c];
                if (ct < bt || (ct == bt && keys[2 * c + 1] < bs)) {
                    best = c;
                    bt = ct;
                    bs = keys[2 * c + 1];
                }
            }
            if (timeNs < bt || (timeNs == bt && seq < bs)) {
                break;
            }
            keys[2 * hole] = bt;
            keys[2 * hole + 1] = bs;
            slots[hole] = slots[best];
            hole = best;
        }
        keys[2 * hole] = timeNs;
        keys[2 * hole + 1] = seq;
        slots[hole] = slot;
    }

    /** Doubles every array; cold path, kept out of {@link #schedule}. */
    private void grow() {
        final int oldCapacity = slots.length;
        if (oldCapacity >= (1 << 29)) {
            throw new IllegalStateException("event queue is full (" + oldCapacity + " events)");
        }
        final int capacity = oldCapacity * 2;
        keys = Arrays.copyOf(keys, 2 * capacity);
        slots = Arrays.copyOf(slots, capacity);
        kinds = Arrays.copyOf(kinds, capacity);
        targets = Arrays.copyOf(targets, capacity);
        args = Arrays.copyOf(args, capacity);
        gens = Arrays.copyOf(gens, capacity);
        // All old slots are in use (heapSize == oldCapacity), so the free stack holds only new ones.
        freeSlots = new int[capacity];
        for (int i = 0; i < oldCapacity; i++) {
            freeSlots[i] = capacity - 1 - i;
        }
        freeTop = oldCapacity;
    }

    @Override
    public String toString() {
        return "HeapEventQueue[size=" + live + ", entries=" + heapSize + ", capacity=" + slots.length + "]";
    }
}
