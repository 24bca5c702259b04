package org.ntksim.engine;

/**
 * A reusable holder filled by {@link EventQueue#poll}, so that popping an event allocates
 * nothing. Create one per loop and reuse it; its values are those of the last event polled
 * into it. Not thread-safe.
 */
public final class EventCursor implements java.io.Serializable {

    private long timeNs;
    private long seq;
    private int kind;
    private int target;
    private long arg;
    private long handle;

    void set(final long timeNs, final long seq, final int kind, final int target, final long arg,
            final long handle) {
        this.timeNs = timeNs;
        this.seq = seq;
        this.kind = kind;
        this.target = target;
        this.arg = arg;
        this.handle = handle;
    }

    /** @return the event's absolute time in ns */
    public long timeNs() {
        return timeNs;
    }

    /** @return the sequence number assigned when the event was scheduled */
    public long seq() {
        return seq;
    }

    /** @return the event kind */
    public int kind() {
        return kind;
    }

    /** @return the event target */
    public int target() {
        return target;
    }

    /** @return the event argument */
    public long arg() {
        return arg;
    }

    /** @return the handle {@link EventQueue#schedule} returned for this event */
    public long handle() {
        return handle;
    }

    @Override
    public String toString() {
        return "Event[t=" + timeNs + "ns, seq=" + seq + ", kind=" + kind + ", target=" + target + ", arg=" + arg
                + "]";
    }
}
