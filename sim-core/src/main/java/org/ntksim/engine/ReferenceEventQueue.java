package org.ntksim.engine;

import it.unimi.dsi.fastutil.longs.Long2ObjectOpenHashMap;
import java.util.Comparator;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;

/**
 * The obviously correct {@link EventQueue}: a {@link PriorityQueue} of event objects, plus a map
 * from handle to event for O(1) lazy cancellation. The handle is the event's sequence number
 * plus one. Allocates one object per event; use it as the oracle in tests and as the baseline in
 * benchmarks, and {@link RadixEventQueue} or {@link HeapEventQueue} in simulations.
 *
 * <p>Complexity: schedule and poll O(log n), cancel O(1) expected. Not thread-safe.
 */
public final class ReferenceEventQueue implements EventQueue {

    private static final Comparator<Entry> ORDER =
            Comparator.comparingLong((Entry e) -> e.timeNs).thenComparingLong(e -> e.seq);

    private final PriorityQueue<Entry> heap = new PriorityQueue<>(ORDER);
    private final Long2ObjectOpenHashMap<Entry> pending = new Long2ObjectOpenHashMap<>();
    private long nextSeq;

    private static final class Entry {
        final long timeNs;
        final long seq;
        final int kind;
        final int target;
        final long arg;
        boolean cancelled;

        Entry(final long timeNs, final long seq, final int kind, final int target, final long arg) {
            this.timeNs = timeNs;
            this.seq = seq;
            this.kind = kind;
            this.target = target;
            this.arg = arg;
        }
    }

    @Override
    public long schedule(final long timeNs, final int kind, final int target, final long arg) {
        if (timeNs < 0) {
            throw HeapEventQueue.negativeTime(timeNs);
        }
        final Entry e = new Entry(timeNs, nextSeq++, kind, target, arg);
        heap.add(e);
        pending.put(e.seq + 1, e);
        return e.seq + 1;
    }

    @Override
    public boolean cancel(final long handle) {
        final Entry e = pending.remove(handle);
        if (e == null) {
            return false;
        }
        e.cancelled = true;
        return true;
    }

    @Override
    public boolean poll(final long limitNs, final EventCursor out) {
        discardCancelledHead();
        final Entry e = heap.peek();
        if (e == null || e.timeNs > limitNs) {
            return false;
        }
        heap.poll();
        pending.remove(e.seq + 1);
        out.set(e.timeNs, e.seq, e.kind, e.target, e.arg, e.seq + 1);
        return true;
    }

    @Override
    public long peekTimeNs() {
        discardCancelledHead();
        final Entry e = heap.peek();
        if (e == null) {
            throw new NoSuchElementException("event queue is empty");
        }
        return e.timeNs;
    }

    private void discardCancelledHead() {
        while (!heap.isEmpty() && heap.peek().cancelled) {
            heap.poll();
        }
    }

    @Override
    public int size() {
        return pending.size();
    }

    @Override
    public void clear() {
        heap.clear();
        pending.clear();
    }

    @Override
    public String toString() {
        return "ReferenceEventQueue[size=" + size() + "]";
    }
}
