package org.ntksim.engine;

/**
 * An order-sensitive 64-bit hash of (time, kind, target) over every executed event, in the spirit
 * of OMNeT++'s fingerprints. Two runs with the same fingerprint executed (with overwhelming
 * probability) the same events in the same order; pin it in golden tests so that any change of
 * event order is noticed and deliberate.
 *
 * <p>The argument is not hashed on purpose: it often holds ids whose numbering is an
 * implementation detail. Not thread-safe.
 */
public final class EventFingerprint implements EventObserver {

    private static final long INITIAL = 0x6A09E667F3BCC909L;

    private long hash = INITIAL;
    private long events;

    @Override
    public void onEvent(final long timeNs, final int kind, final int target, final long arg) {
        long h = hash ^ timeNs;
        h *= 0x9E3779B97F4A7C15L;
        h = Long.rotateLeft(h, 29) ^ (((long) kind << 32) | (target & 0xFFFF_FFFFL));
        h *= 0xBF58476D1CE4E5B9L;
        hash = h ^ (h >>> 31);
        events++;
    }

    /** @return the fingerprint of the events seen so far */
    public long value() {
        return hash;
    }

    /** @return the number of events seen so far */
    public long events() {
        return events;
    }

    /** Forgets all events seen. */
    public void reset() {
        hash = INITIAL;
        events = 0;
    }

    @Override
    public String toString() {
        return String.format("EventFingerprint[0x%016xL after %d events]", hash, events);
    }
}
