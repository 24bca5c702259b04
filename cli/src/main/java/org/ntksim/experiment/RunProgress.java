package org.ntksim.experiment;

/**
 * How a long run reports how far it is, as a fraction in [0, 1]; the runner may show it (it adds
 * the fraction of unfinished runs to the count of finished ones for the ETA). Implementations are
 * thread-safe; models call it from their own run thread, rarely (say, at most every few ms).
 */
@FunctionalInterface
public interface RunProgress {
    /** Ignores all reports. */
    RunProgress NONE = fraction -> { };

    /** The run has done {@code fraction} (0..1) of its work. */
    void update(double fraction);

    /**
     * The run resumed from a snapshot with {@code fraction} of its work done by an earlier process: the
     * runner counts it as done before this campaign started, not as pace for its ETA.
     */
    default void resumed(final double fraction) {
        update(fraction);
    }
}
