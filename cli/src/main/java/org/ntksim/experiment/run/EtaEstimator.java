package org.ntksim.experiment.run;

import java.util.ArrayDeque;
import java.util.Iterator;

/**
 * Time left, from the pace of the recent past: the work done over the last quarter of the elapsed
 * time (at least {@link #MIN_WINDOW_NS}), extrapolated to the work left. Runs whose steps get costlier
 * as they go (a growing network) make an average-since-start ETA too optimistic all along; the recent
 * pace is closer, and equals the average for steady work. Not thread-safe (the reporter locks).
 */
final class EtaEstimator {
    /** Shortest pace window: below it, single updates would make the ETA jump. */
    static final long MIN_WINDOW_NS = 30_000_000_000L;

    private record Sample(long timeNs, double work) {
    }

    private final long startNs;
    /** Samples oldest first, pruned to one at or before the start of the current window. */
    private final ArrayDeque<Sample> samples = new ArrayDeque<>();

    EtaEstimator(final long startNs) {
        this.startNs = startNs;
        samples.add(new Sample(startNs, 0));
    }

    /** Notes that {@code work} (in runs) was done at {@code nowNs}. */
    void record(final long nowNs, final double work) {
        samples.addLast(new Sample(nowNs, work));
        final long windowStart = nowNs - window(nowNs);
        while (samples.size() > 2 && second().timeNs() <= windowStart) {
            samples.removeFirst();
        }
    }

    private Sample second() {
        final Iterator<Sample> it = samples.iterator();
        it.next();
        return it.next();
    }

    private long window(final long nowNs) {
        return Math.max(MIN_WINDOW_NS, (nowNs - startNs) / 4);
    }

    /**
     * @return nanoseconds until {@code total} runs are done at the recent pace, or -1 when no work
     *     has been seen yet
     */
    long remainingNs(final long nowNs, final double work, final int total) {
        if (work <= 0) {
            return -1;
        }
        final long windowStart = nowNs - window(nowNs);
        Sample base = samples.peekFirst();
        for (final Sample s : samples) {
            if (s.timeNs() > windowStart) {
                break;
            }
            base = s;
        }
        final double doneInWindow = work - base.work();
        final long span = nowNs - base.timeNs();
        if (doneInWindow <= 0 || span <= 0) {
            // nothing reported in the window: the average since the start is all there is
            return (long) ((nowNs - startNs) * (total - work) / work);
        }
        return (long) (span * (total - work) / doneInWindow);
    }
}
