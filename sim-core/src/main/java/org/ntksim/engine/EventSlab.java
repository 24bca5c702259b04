package org.ntksim.engine;

import java.util.Arrays;

/**
 * Payloads of the events held by an {@link EventQueue} implementation, one record per slot,
 * plus the free list of slots and the generation counters behind handles.
 *
 * <p><b>Layout: array of structs in one {@code long[]}.</b> Slot {@code s} occupies the four
 * longs at {@code 4 * s + PAD}: sequence number, {@code kind << 32 | target}, argument and
 * generation. Polling reads every field of one event whose slot is effectively random, so one
 * 32-byte record (one cache line) beats five parallel arrays (five cache misses on large
 * populations). {@code PAD} = 2 keeps records from straddling cache lines when the array starts
 * on a line boundary plus its 16-byte header (true for G1 humongous arrays, i.e. large queues).
 *
 * <p><b>Handles.</b> A handle is {@code (slot << 32) | generation}. The generation is odd while
 * the event is pending and even otherwise, so a handle is always {@code > 0} and a stale handle
 * (event already polled or cancelled) never matches. A handle could alias a later event of the
 * same slot only after 2<sup>31</sup> reuses of that slot. The owning queue releases a slot only
 * when it drops the slot's last reference, so stale queue entries never alias newer events.
 *
 * <p>Package-private helper; not thread-safe.
 */
final class EventSlab implements java.io.Serializable {

    private static final int STRIDE = 4;
    private static final int PAD = 2;
    private static final int SEQ = 0;
    private static final int KIND_TARGET = 1;
    private static final int ARG = 2;
    private static final int GEN = 3;
    /** Largest capacity: the record array must stay below 2^31 longs. */
    static final int MAX_CAPACITY = 1 << 28;

    private long[] records;
    private int[] freeSlots;
    private int freeTop;
    private int capacity;

    EventSlab(final int initialCapacity) {
        if (initialCapacity < 1 || initialCapacity > MAX_CAPACITY) {
            throw new IllegalArgumentException("initialCapacity must be in [1, " + MAX_CAPACITY + "], was "
                    + initialCapacity);
        }
        capacity = initialCapacity;
        records = new long[STRIDE * initialCapacity + PAD];
        freeSlots = new int[initialCapacity];
        releaseAll();
    }

    int capacity() {
        return capacity;
    }

    boolean isFull() {
        return freeTop == 0;
    }

    private static int base(final int slot) {
        return STRIDE * slot + PAD;
    }

    /**
     * Stores a new pending event; the caller checked {@link #isFull()} first.
     *
     * @return its handle; the slot is {@code (int) (handle >>> 32)}
     */
    long allocate(final long seq, final int kind, final int target, final long arg) {
        final int slot = freeSlots[--freeTop];
        final long[] r = records;
        final int base = base(slot);
        final long gen = (r[base + GEN] + 1) & 0xFFFF_FFFFL; // even -> odd: pending
        r[base + SEQ] = seq;
        r[base + KIND_TARGET] = ((long) kind << 32) | (target & 0xFFFF_FFFFL);
        r[base + ARG] = arg;
        r[base + GEN] = gen;
        return ((long) slot << 32) | gen;
    }

    boolean isPending(final int slot) {
        return (records[base(slot) + GEN] & 1) != 0;
    }

    long seq(final int slot) {
        return records[base(slot) + SEQ];
    }

    /**
     * Marks the event of {@code handle} cancelled if it is pending.
     *
     * @return whether it was pending
     */
    boolean cancel(final long handle) {
        final long slot = handle >>> 32;
        final long gen = handle & 0xFFFF_FFFFL;
        if (slot >= capacity || (gen & 1) == 0) {
            return false;
        }
        final int at = base((int) slot) + GEN;
        if (records[at] != gen) {
            return false;
        }
        records[at] = gen + 1; // odd -> even
        return true;
    }

    /** Copies the pending event of {@code slot} into {@code out}, marks it no longer pending and releases the slot. */
    void deliver(final int slot, final long timeNs, final EventCursor out) {
        final long[] r = records;
        final int base = base(slot);
        final long gen = r[base + GEN];
        final long kindTarget = r[base + KIND_TARGET];
        out.set(timeNs, r[base + SEQ], (int) (kindTarget >>> 32), (int) kindTarget, r[base + ARG],
                ((long) slot << 32) | gen);
        r[base + GEN] = (gen + 1) & 0xFFFF_FFFFL;
        freeSlots[freeTop++] = slot;
    }

    /**
     * If the event of {@code slot} is pending, copies it into {@code out}, marks it no longer
     * pending and releases the slot; otherwise (cancelled) only releases the slot. Either way the
     * caller has dropped its last reference to the slot.
     *
     * @return whether the event was pending (and delivered)
     */
    boolean deliverIfPending(final int slot, final long timeNs, final EventCursor out) {
        final long[] r = records;
        final int base = base(slot);
        final long gen = r[base + GEN];
        freeSlots[freeTop++] = slot;
        if ((gen & 1) == 0) {
            return false;
        }
        final long kindTarget = r[base + KIND_TARGET];
        out.set(timeNs, r[base + SEQ], (int) (kindTarget >>> 32), (int) kindTarget, r[base + ARG],
                ((long) slot << 32) | gen);
        r[base + GEN] = (gen + 1) & 0xFFFF_FFFFL;
        return true;
    }

    /**
     * Reads the generation of the first {@code n} slots of {@code slots}, so that their records
     * are in the cache when they are delivered: the loads are independent, so their misses
     * overlap. Changes nothing.
     *
     * @return a value of no meaning (the sum of the generations) that the caller must keep, so
     *     that the JIT cannot drop the loads
     */
    long touch(final int[] slots, final int n) {
        final long[] r = records;
        long sum = 0;
        for (int i = 0; i < n; i++) {
            sum += r[base(slots[i]) + GEN];
        }
        return sum;
    }

    /** Returns a slot whose event is no longer pending (cancelled) to the free list. */
    void release(final int slot) {
        freeSlots[freeTop++] = slot;
    }

    /** Invalidates the handle of {@code slot} if its event is pending (used by clear). */
    void invalidate(final int slot) {
        final int at = base(slot) + GEN;
        if ((records[at] & 1) != 0) {
            records[at] = (records[at] + 1) & 0xFFFF_FFFFL;
        }
    }

    /** Marks every slot free; the caller has invalidated the pending ones. */
    void releaseAll() {
        for (int i = 0; i < capacity; i++) {
            freeSlots[i] = capacity - 1 - i;
        }
        freeTop = capacity;
    }

    /** Doubles the capacity; call only when {@link #isFull()}. Cold path. */
    void grow() {
        final int oldCapacity = capacity;
        if (oldCapacity >= MAX_CAPACITY) {
            throw new IllegalStateException("event queue is full (" + oldCapacity + " events)");
        }
        final int newCapacity = Math.min(2 * oldCapacity, MAX_CAPACITY);
        records = Arrays.copyOf(records, STRIDE * newCapacity + PAD);
        freeSlots = new int[newCapacity];
        for (int i = oldCapacity; i < newCapacity; i++) {
            freeSlots[newCapacity - 1 - i] = i;
        }
        freeTop = newCapacity - oldCapacity;
        capacity = newCapacity;
    }
}
