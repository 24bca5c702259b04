package org.ntksim.engine;

/**
 * The future event set: a priority queue of events ordered by (time, sequence).
 *
 * <p>An event is {@code (timeNs, seq, kind, target, arg)}. The queue assigns {@code seq} itself,
 * from a counter incremented at every {@link #schedule}, so events with equal times are popped
 * in the order they were scheduled (FIFO on ties). Two correct implementations therefore pop
 * exactly the same sequence for the same calls; the contract test checks this.
 *
 * <p>{@link #schedule} returns a handle, an opaque {@code long} that is always {@code > 0}
 * ({@link #NO_HANDLE} can thus mean "none"). {@link #cancel} is lazy and O(1): the event stays in
 * the queue, is never popped, and no longer counts in {@link #size()}. Cancelling an event that
 * was already popped or cancelled, or a handle the queue never issued, returns {@code false}.
 * Handles may be recycled after about 2<sup>31</sup> events reuse the same internal slot, so do
 * not keep a handle alive for that long after its event has run.
 *
 * <p>Times are {@code >= 0} (simulated time starts at 0). {@link Simulation} guarantees that
 * times are monotone (never before the last polled event); {@link RadixEventQueue} relies on it
 * and throws otherwise, {@link HeapEventQueue} and {@link ReferenceEventQueue} accept any order.
 * Not thread-safe.
 */
public interface EventQueue extends java.io.Serializable {

    /** Never returned by {@link #schedule}; use it for "no event pending". */
    long NO_HANDLE = 0L;

    /**
     * Inserts an event.
     *
     * @param timeNs absolute event time, {@code >= 0}
     * @param kind event kind, dispatched by {@link Simulation} to its handler
     * @param target entity the event is for (e.g. a node index), opaque to the queue
     * @param arg free payload, opaque to the queue (e.g. a packet id)
     * @return a handle {@code > 0} usable with {@link #cancel}
     * @throws IllegalArgumentException if {@code timeNs < 0}
     */
    long schedule(long timeNs, int kind, int target, long arg);

    /**
     * Cancels a pending event in O(1).
     *
     * @return {@code true} if the event was pending and is now cancelled; {@code false} if it
     *     was already popped or cancelled, or if the handle is not one of this queue's
     */
    boolean cancel(long handle);

    /**
     * Removes the earliest pending event if its time is {@code <= limitNs} and copies it into
     * {@code out}. Cancelled events met on the way are discarded.
     *
     * @return {@code true} if an event was copied into {@code out}; {@code false} if the queue
     *     is empty or its earliest event is later than {@code limitNs} ({@code out} unchanged)
     */
    boolean poll(long limitNs, EventCursor out);

    /** Same as {@code poll(Long.MAX_VALUE, out)}. */
    default boolean poll(final EventCursor out) {
        return poll(Long.MAX_VALUE, out);
    }

    /**
     * @return the time of the earliest pending event
     * @throws java.util.NoSuchElementException if the queue is empty
     */
    long peekTimeNs();

    /** @return the number of pending (scheduled, not popped, not cancelled) events */
    int size();

    /** @return {@code size() == 0} */
    default boolean isEmpty() {
        return size() == 0;
    }

    /** Removes all events; their handles become invalid ({@link #cancel} returns false). */
    void clear();
}
