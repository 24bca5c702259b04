package org.ntksim.engine;

import java.util.Arrays;
import java.util.NoSuchElementException;

/**
 * A monotone {@link EventQueue}: a radix heap over primitive arrays, for simulations (which
 * never schedule before the current time). Allocates nothing per event once its buckets have
 * grown to the workload's peak.
 *
 * <p><b>Precondition.</b> Every scheduled time must be {@code >=} the time of the last polled
 * event ({@link Simulation} guarantees it); otherwise {@link #schedule} throws
 * {@link IllegalArgumentException}. {@link #clear()} resets that floor to 0.
 *
 * <p><b>Structure.</b> Let {@code last} be the time of the last polled event. Bucket {@code b}
 * holds the entries whose time differs from {@code last} first in bit {@code b - 1}
 * ({@code b = 64 - numberOfLeadingZeros(time ^ last)}, at most 63 since times are {@code >= 0}); bucket 0 holds the entries at exactly
 * {@code last}. Polling takes bucket 0 in FIFO order; when it is empty, the lowest non-empty
 * bucket is scanned for its earliest time, which becomes {@code last}, and its entries are
 * redistributed into lower buckets. Each entry moves at most 63 times, in practice a few; all
 * accesses are sequential appends and scans, which is what makes it fast on large populations.
 *
 * <p><b>Ties are FIFO.</b> Every bucket is kept in scheduling order: an entry is appended either
 * when it is scheduled (after every entry already present) or when a higher bucket is
 * redistributed, which only happens while all lower buckets are empty. So equal times leave in
 * the order they were scheduled, as the contract requires, without storing sequence numbers in
 * the buckets.
 *
 * <p><b>Handles and cancellation</b> work as in {@link HeapEventQueue}: a slab slot per entry,
 * odd generation while pending, lazy removal. Cancelled entries are dropped when their bucket is
 * scanned or polled.
 *
 * <p>Complexity: schedule O(1); poll amortised O(number of bits by which times differ), i.e.
 * at most 63 moves per entry and a handful of moves in practice; cancel O(1). {@link #peekTimeNs()} may
 * scan a bucket: O(bucket size). Memory: 12 bytes per entry in buckets (bucket arrays only
 * grow, so up to a few times the peak population) plus a 36-byte slab entry. Not thread-safe.
 */
public final class RadixEventQueue implements EventQueue {

    /** Times are >= 0, so bit 63 never differs: buckets 0..63. */
    private static final int BUCKETS = 64;
    private static final int DEFAULT_CAPACITY = 1024;
    private static final int INITIAL_BUCKET_CAPACITY = 16;

    /** Time of the last polled event: the floor for new events. */
    private long last;
    /** Bit b set iff bucket b (b > 0) is non-empty; bit 0 is not maintained. */
    private long occupied;

    private final long[][] bucketTimes = new long[BUCKETS][];
    private final int[][] bucketSlots = new int[BUCKETS][];
    private final int[] bucketSize = new int[BUCKETS];
    /** Read position of bucket 0, which is consumed as a FIFO. */
    private int head0;

    /** Number of pending (not cancelled) events. */
    private int live;
    private long nextSeq;

    // Slab, indexed by slot.
    private long[] seqs;
    private int[] kinds;
    private int[] targets;
    private long[] args;
    private int[] gens;
    private int[] freeSlots;
    private int freeTop;
    /** Slots in use (pending or cancelled-but-still-in-a-bucket). */
    private int used;

    /** Creates a queue with a default initial capacity; it grows as needed. */
    public RadixEventQueue() {
        this(DEFAULT_CAPACITY);
    }

    /** @param initialCapacity number of events held before the slab first grows */
    public RadixEventQueue(final int initialCapacity) {
        if (initialCapacity < 1 || initialCapacity > (1 << 30)) {
            throw new IllegalArgumentException("initialCapacity must be in [1, 2^30], was " + initialCapacity);
        }
        for (int b = 0; b < BUCKETS; b++) {
            bucketTimes[b] = new long[INITIAL_BUCKET_CAPACITY];
            bucketSlots[b] = new int[INITIAL_BUCKET_CAPACITY];
        }
        seqs = new long[initialCapacity];
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
        if (timeNs < last) {
            throw beforeFloor(timeNs);
        }
        if (freeTop == 0) {
            growSlab();
        }
        final int slot = freeSlots[--freeTop];
        used++;
        final int gen = gens[slot] + 1; // even -> odd: pending
        gens[slot] = gen;
        kinds[slot] = kind;
        targets[slot] = target;
        args[slot] = arg;
        seqs[slot] = nextSeq++;
        append(64 - Long.numberOfLeadingZeros(timeNs ^ last), timeNs, slot);
        live++;
        return ((long) slot << 32) | (gen & 0xFFFF_FFFFL);
    }

    private void append(final int b, final long timeNs, final int slot) {
        final int n = bucketSize[b];
        if (n == bucketSlots[b].length) {
            growBucket(b);
        }
        bucketTimes[b][n] = timeNs;
        bucketSlots[b][n] = slot;
        bucketSize[b] = n + 1;
        occupied |= 1L << b;
    }

    @Override
    public boolean cancel(final long handle) {
        final long slotL = handle >>> 32;
        final int gen = (int) handle;
        if (slotL >= gens.length || (gen & 1) == 0 || gens[(int) slotL] != gen) {
            return false;
        }
        gens[(int) slotL] = gen + 1; // odd -> even: cancelled; dropped when its bucket is scanned
        live--;
        return true;
    }

    @Override
    public boolean poll(final long limitNs, final EventCursor out) {
        while (true) {
            if (head0 < bucketSize[0]) {
                if (last > limitNs) {
                    return false;
                }
                final int slot = bucketSlots[0][head0++];
                freeSlot(slot);
                final int gen = gens[slot];
                if ((gen & 1) != 0) {
                    gens[slot] = gen + 1;
                    live--;
                    out.set(last, seqs[slot], kinds[slot], targets[slot], args[slot],
                            ((long) slot << 32) | (gen & 0xFFFF_FFFFL));
                    return true;
                }
                continue;
            }
            if (!refill(limitNs)) {
                return false;
            }
        }
    }

    /**
     * Bucket 0 is exhausted: finds the earliest live entry of the lowest non-empty bucket and,
     * if it is {@code <= limitNs}, makes it the new {@code last} and redistributes the bucket.
     *
     * @return whether bucket 0 now holds entries
     */
    private boolean refill(final long limitNs) {
        head0 = 0;
        bucketSize[0] = 0;
        while (true) {
            final int b = lowestNonEmpty();
            if (b < 0) {
                return false;
            }
            final long min = compactAndMin(b);
            if (bucketSize[b] == 0) {
                continue; // only cancelled entries
            }
            if (min > limitNs) {
                return false;
            }
            last = min;
            redistribute(b);
            return true;
        }
    }

    /** @return the lowest non-empty bucket other than 0, or -1 */
    private int lowestNonEmpty() {
        final long mask = occupied & ~1L;
        return mask == 0 ? -1 : Long.numberOfTrailingZeros(mask);
    }

    /** Drops cancelled entries of bucket b (keeping order) and returns its earliest time. */
    private long compactAndMin(final int b) {
        final long[] times = bucketTimes[b];
        final int[] slots = bucketSlots[b];
        final int[] gens = this.gens;
        final int n = bucketSize[b];
        long min = Long.MAX_VALUE;
        int kept = 0;
        for (int i = 0; i < n; i++) {
            final int slot = slots[i];
            if ((gens[slot] & 1) == 0) {
                freeSlot(slot);
                continue;
            }
            final long t = times[i];
            times[kept] = t;
            slots[kept] = slot;
            kept++;
            min = Math.min(min, t);
        }
        bucketSize[b] = kept;
        if (kept == 0) {
            occupied &= ~(1L << b);
        }
        return min;
    }

    /** Moves every entry of bucket b (all live, all {@code >= last}) into lower buckets, in order. */
    private void redistribute(final int b) {
        final long[] times = bucketTimes[b];
        final int[] slots = bucketSlots[b];
        final int n = bucketSize[b];
        final long last = this.last;
        for (int i = 0; i < n; i++) {
            final long t = times[i];
            append(64 - Long.numberOfLeadingZeros(t ^ last), t, slots[i]);
        }
        bucketSize[b] = 0;
        occupied &= ~(1L << b);
    }

    @Override
    public long peekTimeNs() {
        while (head0 < bucketSize[0]) {
            final int slot = bucketSlots[0][head0];
            if ((gens[slot] & 1) != 0) {
                return last;
            }
            head0++;
            freeSlot(slot);
        }
        while (true) {
            final int b = lowestNonEmpty();
            if (b < 0) {
                throw new NoSuchElementException("event queue is empty");
            }
            final long min = compactAndMin(b);
            if (bucketSize[b] > 0) {
                return min;
            }
        }
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
        for (int b = 0; b < BUCKETS; b++) {
            final int[] slots = bucketSlots[b];
            for (int i = b == 0 ? head0 : 0; i < bucketSize[b]; i++) {
                final int slot = slots[i];
                if ((gens[slot] & 1) != 0) {
                    gens[slot]++; // invalidate outstanding handles
                }
                freeSlot(slot);
            }
            bucketSize[b] = 0;
        }
        head0 = 0;
        occupied = 0;
        live = 0;
        last = 0;
    }

    private void freeSlot(final int slot) {
        freeSlots[freeTop++] = slot;
        used--;
    }

    private IllegalArgumentException beforeFloor(final long timeNs) {
        if (timeNs < 0) {
            return HeapEventQueue.negativeTime(timeNs);
        }
        return new IllegalArgumentException("RadixEventQueue needs monotone times: " + timeNs
                + " ns is before the last polled event at " + last + " ns");
    }

    private void growBucket(final int b) {
        final int capacity = 2 * bucketSlots[b].length;
        bucketTimes[b] = Arrays.copyOf(bucketTimes[b], capacity);
        bucketSlots[b] = Arrays.copyOf(bucketSlots[b], capacity);
    }

    /** All slots are in use: doubles the slab. Cold path. */
    private void growSlab() {
        final int oldCapacity = gens.length;
        if (oldCapacity >= (1 << 30)) {
            throw new IllegalStateException("event queue is full (" + oldCapacity + " events)");
        }
        final int capacity = 2 * oldCapacity;
        seqs = Arrays.copyOf(seqs, capacity);
        kinds = Arrays.copyOf(kinds, capacity);
        targets = Arrays.copyOf(targets, capacity);
        args = Arrays.copyOf(args, capacity);
        gens = Arrays.copyOf(gens, capacity);
        freeSlots = new int[capacity];
        for (int i = oldCapacity; i < capacity; i++) {
            freeSlots[capacity - 1 - i] = i;
        }
        freeTop = capacity - oldCapacity;
    }

    @Override
    public String toString() {
        return "RadixEventQueue[size=" + live + ", entries=" + used + ", last=" + last + "ns]";
    }
}
