package org.ntksim.engine;

/**
 * Sees every executed event, just before its handler runs (tracing, fingerprints, statistics).
 * Must not schedule or cancel events.
 */
@FunctionalInterface
public interface EventObserver extends java.io.Serializable {

    /**
     * @param timeNs the event time (already the simulation's current time)
     * @param kind the event kind
     * @param target the event target
     * @param arg the event argument
     */
    void onEvent(long timeNs, int kind, int target, long arg);
}
