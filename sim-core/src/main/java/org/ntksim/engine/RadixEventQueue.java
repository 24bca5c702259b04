package org.ntksim.engine;

import java.util.Arrays;
import java.util.NoSuchElementException;

/**
 * A monotone {@link EventQueue}: a radix heap with 8-bit digits over primitive arrays, for
 * simulations (which never schedule before the current time). The fastest implementation on
 * large populations; allocates nothing per event in steady state.
 *
 * <p><b>Precondition.</b> Every scheduled time must be {@code >=} the time of the last polled
 * event ({@link Simulation} guarantees it); otherwise {@link #schedule} throws
 * {@link IllegalArgumentException}. {@link #clear()} resets that floor to 0.
 *
 * <p><b>Structure.</b> The earliest events form the <em>run</em>: every entry whose time lies in
 * the run's window, kept sorted by (time, scheduling order) and consumed from its head. Later
 * entries sit in buckets relative to a base time inside the window: an entry differs from the
 * base first in some 8-bit digit (level 0..7 of the 63-bit time) and lives in bucket
 * {@code 1 + (level << 8) + its digit at that level}. Every entry of a bucket is earlier than
 * every entry of a higher bucket and later than the whole window. Scheduling is an append to a
 * bucket (or, rarely, an insertion into the run). When the run is exhausted, the lowest
 * non-empty bucket (found with a two-level bitmap) is scanned for its earliest time, which
 * becomes the base; a bucket of at most 64 entries, or whose entries share one time, is sorted
 * in place and becomes the run (its window is the bucket's digit range); a larger one is moved
 * down around the base, level by level. An entry moves at most 8 times, in practice one to
 * three; all accesses are sequential appends and scans, which is what makes it fast on large
 * populations. Bucket arrays emptied by a move are kept as spares and reused. The only random
 * access is each event's slab record; when a run is formed, the records of all its entries are
 * read in one loop, so that their cache misses overlap instead of costing one miss per poll.
 *
 * <p><b>Ties are FIFO.</b> Every bucket is kept in scheduling order: an entry is appended either
 * when it is scheduled (after every entry already present) or when a higher bucket moves down,
 * which only happens while all lower buckets are empty. The run is sorted stably, and an entry
 * scheduled into it goes after every entry at the same time. When the run grows long by such
 * insertions, its later half goes back into buckets (never splitting a time) and the window
 * shrinks to what stays; the buckets held only times after the old window, so the moved entries
 * precede any entry of their time there. So equal times leave in the order they were
 * scheduled, as the contract requires, without comparing sequence numbers.
 *
 * <p><b>Handles and cancellation</b> are those of {@link EventSlab}: a slab slot per entry, odd
 * generation while pending, lazy removal. Cancelled entries are dropped when they reach the head
 * of the run or when their bucket is scanned; the base only ever moves to the time of a pending event.
 *
 * <p>Complexity: schedule O(1) (when it lands in the run's window, a shift of at most about 128
 * entries, more only if one time holds more); poll
 * amortised O(1) (at most 8 moves per entry, plus sorting runs of at most 64); cancel O(1);
 * {@link #peekTimeNs()} may scan a bucket, O(bucket size). Memory: 12 bytes per entry in
 * buckets, plus spare bucket arrays (bounded by the peak), plus a 32-byte slab record per
 * event. Not thread-safe.
 */
public final class RadixEventQueue implements EventQueue {

    /** Bits per digit. */
    private static final int DIGIT_BITS = 8;
    private static final int DIGIT_MASK = (1 << DIGIT_BITS) - 1;
    /** Digit levels needed for 63-bit times. */
    private static final int LEVELS = (63 + DIGIT_BITS - 1) / DIGIT_BITS;
    /**
     * Bucket 1 + (level << DIGIT_BITS) + digit holds the entries that first differ from the base
     * at that digit; physical bucket 0 receives the entries at the base time when a bucket moves down.
     */
    private static final int BUCKETS = 1 + (LEVELS << DIGIT_BITS);
    private static final int WORDS = (BUCKETS - 1 + 63) / 64;
    private static final long[] NO_TIMES = new long[0];
    private static final int[] NO_SLOTS = new int[0];
    private static final int DEFAULT_CAPACITY = 1024;
    private static final int INITIAL_BUCKET_CAPACITY = 16;

    /** Largest bucket turned directly into the run by sorting it; larger ones are moved down a level. */
    private static final int SORT_THRESHOLD = 64;
    /** Pending run length beyond which an insertion into the run first spills the run's later half. */
    private static final int RUN_SPILL = 2 * SORT_THRESHOLD;

    /** Time of the last polled event: the floor for new events. */
    private long last;
    /** Reference time of the buckets: every bucket entry is in bucket {@code bucketOf(time, base)}. */
    private long base;
    /**
     * Inclusive end of the run's window. The run holds, sorted by (time, scheduling order), every
     * entry with time {@code <= runMax}; buckets hold the later ones.
     */
    private long runMax;
    /** Bit (b - 1) set iff bucket b (b > 0) is non-empty. */
    private final long[] occupied = new long[WORDS];
    /** Bit w set iff occupied[w] != 0. */
    private long summary;

    private final long[][] bucketTimes = new long[BUCKETS][];
    private final int[][] bucketSlots = new int[BUCKETS][];
    private final int[] bucketSize = new int[BUCKETS];
    /** Emptied large bucket arrays, reused by growing buckets so that steady state allocates nothing. */
    private final long[][] spareTimes = new long[BUCKETS][];
    private final int[][] spareSlots = new int[BUCKETS][];
    private int spares;
    /**
     * The physical bucket holding the run, consumed from {@link #runHead}. Turning a bucket into
     * the run is a field write, not an exchange of array references (which would cost GC write
     * barriers on the hot path). While it is the run, no entry can be bucketed there (its window
     * belongs to the run), and physical bucket 0 is never a level's bucket.
     */
    private int zero;
    /** Count of {@link #spillRunTail} narrowing the run. */
    private long runSpills;
    /** Read position in the run. */
    private int runHead;
    /**
     * The run's arrays and end, i.e. {@code bucketTimes[zero]}, {@code bucketSlots[zero]} and
     * {@code bucketSize[zero]}, cached so that a poll reads three fields instead of three
     * two-level array loads. Kept equal to those by every method that changes the run.
     */
    private long[] runTimes = NO_TIMES;
    private int[] runSlots = NO_SLOTS;
    private int runEnd;
    /**
     * Sink of {@link EventSlab#touch}: keeps the JIT from removing the loads that bring the
     * run's payload records into the cache. Its value means nothing.
     */
    private long touchSink;

    /** Number of pending (not cancelled) events. */
    private int live;
    /** Number of entries in the run and buckets, pending and cancelled; also the slab slots in use. */
    private int entries;
    private long nextSeq;
    /** Payloads, free slots and generations. */
    private final EventSlab slab;

    /** Creates a queue with a default initial capacity; it grows as needed. */
    public RadixEventQueue() {
        this(DEFAULT_CAPACITY);
    }

    /** @param initialCapacity number of events held before the slab first grows */
    public RadixEventQueue(final int initialCapacity) {
        slab = new EventSlab(initialCapacity); // validates the capacity
        Arrays.fill(bucketTimes, NO_TIMES); // allocated on first use
        Arrays.fill(bucketSlots, NO_SLOTS);
    }

    @Override
    public long schedule(final long timeNs, final int kind, final int target, final long arg) {
        if (timeNs < last) {
            throw beforeFloor(timeNs);
        }
        if (slab.isFull()) {
            slab.grow();
        }
        final long handle = slab.allocate(nextSeq++, kind, target, arg);
        final int slot = (int) (handle >>> 32);
        if (timeNs <= runMax && runEnd - runHead >= RUN_SPILL) {
            spillRunTail();
        }
        if (timeNs <= runMax) {
            insertIntoRun(timeNs, slot);
        } else {
            append(bucketOf(timeNs, base), timeNs, slot);
        }
        entries++;
        live++;
        return handle;
    }

    /** @return the bucket of {@code timeNs >= base}; 0 iff they are equal */
    private static int bucketOf(final long timeNs, final long base) {
        final long diff = timeNs ^ base;
        if (diff == 0) {
            return 0;
        }
        final int level = (63 - Long.numberOfLeadingZeros(diff)) >>> 3;
        return 1 + (level << DIGIT_BITS) + ((int) (timeNs >>> (level << 3)) & DIGIT_MASK);
    }

    private void append(final int b, final long timeNs, final int slot) {
        final int n = bucketSize[b];
        if (n == bucketSlots[b].length) {
            growBucket(b);
        }
        bucketTimes[b][n] = timeNs;
        bucketSlots[b][n] = slot;
        bucketSize[b] = n + 1;
        if (b != 0) {
            final int w = (b - 1) >>> 6;
            occupied[w] |= 1L << (b - 1);
            summary |= 1L << w;
        }
    }

    /**
     * The run is long and another entry lands inside its window: moves the later half of the run back
     * into buckets and narrows the window to what stays, so that an insertion never shifts more than
     * about {@link #RUN_SPILL} entries. Without it, a run formed from a small bucket of a high level
     * (a window of up to 2^24 ns when the events are milliseconds apart) collects every event
     * scheduled into that window and each insertion shifts all of them: quadratic in the number of
     * events per window, which dominated message-level QSPN runs of 10^4 nodes. Leaves the run as it
     * is when its whole later half shares one time.
     */
    private void spillRunTail() {
        final long[] times = runTimes;
        int cut = runHead + ((runEnd - runHead) >>> 1);
        // entries of one time stay together so that ties keep their scheduling order
        while (cut < runEnd && times[cut] == times[cut - 1]) {
            cut++;
        }
        if (cut == runEnd) {
            return;
        }
        final int[] slots = runSlots;
        final long base = this.base;
        // every moved time is > times[runHead] >= base, in a lower level than the run's own bucket
        // (or, when the run came from a redistributed bucket, the window is one time and never spills)
        for (int i = cut; i < runEnd; i++) {
            append(bucketOf(times[i], base), times[i], slots[i]);
        }
        runMax = times[cut - 1];
        runEnd = cut;
        bucketSize[zero] = cut;
        runSpills++;
    }

    /** How many times the run's later half was moved back into buckets (for tests). */
    long runSpills() {
        return runSpills;
    }

    /** Inserts into the run after every entry at or before {@code timeNs} (FIFO on ties). */
    private void insertIntoRun(final long timeNs, final int slot) {
        final int n = runEnd;
        if (n == runSlots.length) {
            growBucket(zero);
            runTimes = bucketTimes[zero];
            runSlots = bucketSlots[zero];
        }
        final long[] times = runTimes;
        final int[] slots = runSlots;
        int pos = n;
        while (pos > runHead && times[pos - 1] > timeNs) {
            times[pos] = times[pos - 1];
            slots[pos] = slots[pos - 1];
            pos--;
        }
        times[pos] = timeNs;
        slots[pos] = slot;
        bucketSize[zero] = n + 1;
        runEnd = n + 1;
    }

    @Override
    public boolean cancel(final long handle) {
        if (!slab.cancel(handle)) {
            return false;
        }
        live--; // the entry stays and is dropped when it reaches the head of the run or is scanned
        return true;
    }

    @Override
    public boolean poll(final long limitNs, final EventCursor out) {
        while (true) {
            final int head = runHead;
            if (head < runEnd) {
                final long timeNs = runTimes[head];
                if (timeNs > limitNs) {
                    return false;
                }
                runHead = head + 1;
                entries--;
                if (slab.deliverIfPending(runSlots[head], timeNs, out)) {
                    live--;
                    last = timeNs;
                    return true;
                }
                continue; // cancelled: deliverIfPending released its slot
            }
            if (!refill(limitNs)) {
                return false;
            }
        }
    }

    /**
     * The run is exhausted: takes the lowest non-empty bucket and, if its earliest live time is
     * {@code <= limitNs}, makes it the new run (sorting it if it is small or single-timed) or
     * moves its entries down a level around that time.
     *
     * @return whether the run now holds entries
     */
    private boolean refill(final long limitNs) {
        runHead = 0;
        bucketSize[zero] = 0;
        runEnd = 0;
        while (true) {
            final int b = lowestNonEmpty();
            if (b < 0) {
                return false;
            }
            // One sequential pass over the times. The earliest entry must be live, because
            // the buckets are re-based on it.
            final long[] times = bucketTimes[b];
            final int n = bucketSize[b];
            long min = times[0];
            long max = min;
            int minIndex = 0;
            for (int i = 1; i < n; i++) {
                final long t = times[i];
                if (t < min) {
                    min = t;
                    minIndex = i;
                }
                max = Math.max(max, t);
            }
            if (!slab.isPending(bucketSlots[b][minIndex])) {
                min = compactAndMin(b); // slow path: drop the cancelled entries of this bucket
                if (bucketSize[b] == 0) {
                    continue;
                }
                max = Long.MAX_VALUE; // unknown
            }
            if (min > limitNs) {
                return false;
            }
            base = min;
            if (min == max || bucketSize[b] <= SORT_THRESHOLD) {
                // The whole bucket becomes the run; its window is the bucket's digit range.
                if (min != max) {
                    sortBucket(b);
                }
                final int level = (b - 1) >>> DIGIT_BITS;
                runMax = min | ((1L << (level << 3)) - 1);
                zero = b;
                markEmpty(b);
            } else {
                runMax = min;
                zero = 0; // physical bucket 0 is empty and is no level's bucket
                redistribute(b);
            }
            runTimes = bucketTimes[zero];
            runSlots = bucketSlots[zero];
            runEnd = bucketSize[zero];
            // Load the payload records of the whole run now, in one loop of independent loads
            // whose cache misses overlap, rather than one dependent miss per poll.
            touchSink += slab.touch(runSlots, runEnd);
            return true;
        }
    }

    /** Stable insertion sort of a small bucket by time (entries at equal times keep their order). */
    private void sortBucket(final int b) {
        final long[] times = bucketTimes[b];
        final int[] slots = bucketSlots[b];
        final int n = bucketSize[b];
        for (int i = 1; i < n; i++) {
            final long t = times[i];
            final int slot = slots[i];
            int pos = i;
            while (pos > 0 && times[pos - 1] > t) {
                times[pos] = times[pos - 1];
                slots[pos] = slots[pos - 1];
                pos--;
            }
            times[pos] = t;
            slots[pos] = slot;
        }
    }

    /** @return the lowest non-empty bucket other than 0, or -1 */
    private int lowestNonEmpty() {
        if (summary == 0) {
            return -1;
        }
        final int w = Long.numberOfTrailingZeros(summary);
        return 1 + (w << 6) + Long.numberOfTrailingZeros(occupied[w]);
    }

    /** Drops cancelled entries of bucket b (keeping order) and returns its earliest time. */
    private long compactAndMin(final int b) {
        final long[] times = bucketTimes[b];
        final int[] slots = bucketSlots[b];
        final int n = bucketSize[b];
        long min = Long.MAX_VALUE;
        int kept = 0;
        for (int i = 0; i < n; i++) {
            final int slot = slots[i];
            if (!slab.isPending(slot)) {
                slab.release(slot);
                continue;
            }
            final long t = times[i];
            times[kept] = t;
            slots[kept] = slot;
            kept++;
            min = Math.min(min, t);
        }
        entries -= n - kept;
        bucketSize[b] = kept;
        if (kept == 0) {
            markEmpty(b);
        }
        return min;
    }

    /** Moves every entry of bucket b (all live, all {@code >= last}) into lower buckets, in order. */
    private void redistribute(final int b) {
        final long[] times = bucketTimes[b];
        final int[] slots = bucketSlots[b];
        final int n = bucketSize[b];
        final long base = this.base;
        for (int i = 0; i < n; i++) {
            final long t = times[i];
            append(bucketOf(t, base), t, slots[i]);
        }
        bucketSize[b] = 0;
        markEmpty(b);
        recycle(b);
    }

    private void markEmpty(final int b) {
        final int w = (b - 1) >>> 6;
        final long word = occupied[w] & ~(1L << (b - 1));
        occupied[w] = word;
        if (word == 0) {
            summary &= ~(1L << w);
        }
    }

    @Override
    public long peekTimeNs() {
        while (runHead < runEnd) {
            final int slot = runSlots[runHead];
            if (slab.isPending(slot)) {
                return runTimes[runHead];
            }
            runHead++;
            entries--;
            slab.release(slot);
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
            for (int i = b == zero ? runHead : 0; i < bucketSize[b]; i++) {
                slab.invalidate(slots[i]); // outstanding handles no longer match
            }
            bucketSize[b] = 0;
        }
        slab.releaseAll();
        runHead = 0;
        zero = 0;
        runTimes = bucketTimes[0];
        runSlots = bucketSlots[0];
        runEnd = 0;
        base = 0;
        runMax = 0;
        Arrays.fill(occupied, 0L);
        summary = 0;
        live = 0;
        entries = 0;
        last = 0;
    }

    private IllegalArgumentException beforeFloor(final long timeNs) {
        if (timeNs < 0) {
            return HeapEventQueue.negativeTime(timeNs);
        }
        return new IllegalArgumentException("RadixEventQueue needs monotone times: " + timeNs
                + " ns is before the last polled event at " + last + " ns");
    }

    /**
     * Bucket b needs room: moves it into a spare array of at least twice its capacity if one
     * exists, else into a new one. Cold path.
     */
    private void growBucket(final int b) {
        final int n = bucketSize[b];
        final long[] oldTimes = bucketTimes[b];
        final int[] oldSlots = bucketSlots[b];
        final int needed = Math.max(INITIAL_BUCKET_CAPACITY, 2 * oldSlots.length);
        long[] times = null;
        int[] slots = null;
        for (int i = spares - 1; i >= 0; i--) {
            if (spareSlots[i].length >= needed) {
                times = spareTimes[i];
                slots = spareSlots[i];
                spares--;
                spareTimes[i] = spareTimes[spares];
                spareSlots[i] = spareSlots[spares];
                spareTimes[spares] = null;
                spareSlots[spares] = null;
                break;
            }
        }
        if (times == null) {
            times = new long[needed];
            slots = new int[needed];
        }
        System.arraycopy(oldTimes, 0, times, 0, n);
        System.arraycopy(oldSlots, 0, slots, 0, n);
        bucketTimes[b] = times;
        bucketSlots[b] = slots;
        addSpare(oldTimes, oldSlots);
    }

    /** Bucket b was just emptied: lends its arrays to the spares if they are worth keeping. */
    private void recycle(final int b) {
        if (bucketSlots[b].length > INITIAL_BUCKET_CAPACITY && spares < BUCKETS) {
            addSpare(bucketTimes[b], bucketSlots[b]);
            bucketTimes[b] = NO_TIMES;
            bucketSlots[b] = NO_SLOTS;
        }
    }

    private void addSpare(final long[] times, final int[] slots) {
        if (slots.length > INITIAL_BUCKET_CAPACITY && spares < BUCKETS) {
            spareTimes[spares] = times;
            spareSlots[spares] = slots;
            spares++;
        }
    }

    @Override
    public String toString() {
        return "RadixEventQueue[size=" + live + ", entries=" + entries + ", last=" + last + "ns]";
    }
}
